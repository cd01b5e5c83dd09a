'use client';

import Link from '@/app/components/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/** How often an open, visible tab asks for the unread count. */
const POLL_MS = 60_000;

/**
 * The header's inbox link with its unread count. The layout renders the count; the link then
 * keeps it current by asking GET /api/notifications on each navigation and every minute while
 * the tab is visible (layouts are not re-rendered on client navigation).
 */
export function InboxLink({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      fetch('/api/notifications?limit=1', { cache: 'no-store' })
        .then((r) => (r.ok ? (r.json() as Promise<{ unread: number }>) : null))
        .then((body) => {
          if (!cancelled && body && Number.isInteger(body.unread)) setUnread(body.unread);
        })
        .catch(() => {}); // offline for a moment: the count stays as it was
    };
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [pathname]);
  const current = pathname === '/inbox' || pathname.startsWith('/inbox/');
  return (
    <Link href="/inbox" className="inbox-link" aria-current={current ? 'page' : undefined} aria-label={unread ? `Inbox, ${unread} unread` : 'Inbox'}>
      Inbox
      {unread > 0 && (
        <span className="count-badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
