'use client';

import Link from '@/app/components/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/** How often an open, visible tab asks for the unread count. */
const POLL_MS = 60_000;

/**
 * The header's inbox link with its unread count. The layout renders the count; the link then
 * keeps it current by asking GET /api/notifications on each client navigation (layouts are not
 * re-rendered then), when the tab becomes visible again and every minute while it is visible.
 * Not on the page's first load: the count the layout rendered was read with the page.
 */
export function InboxLink({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  const loaded = useRef(false);
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
    if (loaded.current) refresh();
    loaded.current = true;
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
