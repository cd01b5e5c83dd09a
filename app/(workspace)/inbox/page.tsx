import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { listNotifications, notificationPrefs } from '@/lib/data/notifications';
import { guard } from '@/lib/page-guard';
import { smtpUrl } from '@/lib/config';
import { formatDateTime } from '@/lib/format';
import { NOTIFICATION_KIND_LABELS } from '@/lib/labels';
import { MarkReadButton, NotificationPrefsForm } from './inbox-forms';
import './inbox.css';

export const metadata = { title: 'Inbox' };

type Props = { searchParams: Promise<{ before?: string; unread?: string }> };

export default async function InboxPage({ searchParams }: Props) {
  const { before, unread } = await searchParams;
  const userId = await currentUserId();
  const unreadOnly = unread === '1';
  const [inbox, prefs] = await Promise.all([guard(listNotifications(userId, { before, unreadOnly })), guard(notificationPrefs(userId))]);
  return (
    <main id="main" className="inbox">
      <h1>Inbox</h1>
      <div className="inbox-bar">
        <p role="status">{inbox.unread === 0 ? 'Nothing unread.' : `${inbox.unread} unread.`}</p>
        <nav aria-label="Inbox filter" className="inbox-filter">
          {unreadOnly ? <Link href="/inbox">Show all</Link> : <Link href="/inbox?unread=1">Show unread only</Link>}
        </nav>
        {inbox.unread > 0 && <MarkReadButton label="Mark all read" />}
      </div>
      {inbox.notifications.length === 0 ? (
        <p className="empty">
          {unreadOnly
            ? 'No unread notifications.'
            : 'No notifications yet. You will hear here when a claim is assigned to you, sent back, awaits your ruling or is ruled, and when readers write in.'}
        </p>
      ) : (
        <ol className="inbox-list">
          {inbox.notifications.map((n) => (
            <li key={n.id} className={n.read ? 'read' : 'unread'}>
              <p className="inbox-kind">
                {!n.read && <span className="unread-dot">Unread: </span>}
                {NOTIFICATION_KIND_LABELS[n.kind]} · <time dateTime={n.createdAt}>{formatDateTime(new Date(n.createdAt))}</time>
              </p>
              <p>
                <Link href={n.url}>{n.text}</Link>
              </p>
              {!n.read && <MarkReadButton id={n.id} label="Mark read" />}
            </li>
          ))}
        </ol>
      )}
      {inbox.nextBefore && (
        <p>
          <Link href={`/inbox?before=${inbox.nextBefore}${unreadOnly ? '&unread=1' : ''}`}>Older notifications</Link>
        </p>
      )}
      <section aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">What you are told about</h2>
        <NotificationPrefsForm muted={prefs.notifyMuted} email={prefs.notifyEmail} emailAvailable={smtpUrl() !== null} />
      </section>
    </main>
  );
}
