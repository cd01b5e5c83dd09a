import Link from '@/app/components/link';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { headerCounts } from '@/lib/data/feedback';
import { InboxLink } from '@/app/components/inbox-link';
import { NavLinks } from '@/app/components/nav-links';
import { SignOutButton } from '@/app/components/sign-out-button';
import { PasswordChangeGate } from './account/password-change-gate';

export const dynamic = 'force-dynamic';

// This check only decides what to render; every page and action below authorizes again in lib/data.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // After an admin's reset only /account is open (the data layer refuses everything else meanwhile).
  const locked = user.mustChangePassword;
  const { feedback: newFeedback, unread } = locked ? { feedback: 0, unread: 0 } : await headerCounts(user.id);
  const links = [
    { href: '/dashboard', label: 'Dashboard' },
    { href: '/articles', label: 'Articles' },
    { href: '/claims', label: 'Claims' },
    { href: '/claimants', label: 'Claimants' },
    { href: '/feedback', label: newFeedback ? `Feedback (${newFeedback} new)` : 'Feedback' },
    ...(can(user, 'article.import') ? [{ href: '/articles/new', label: 'Import article' }] : []),
    ...(can(user, 'user.manage') ? [{ href: '/admin/users', label: 'Users' }] : []),
    ...(can(user, 'site.edit') ? [{ href: '/admin/pages', label: 'Site pages' }] : []),
    ...(can(user, 'webhook.manage') ? [{ href: '/admin/webhooks', label: 'Webhooks' }] : []),
    { href: '/account', label: 'Account' },
  ];
  return (
    <>
      <header className="topbar">
        <Link href="/dashboard" className="brand">
          Claimdesk
        </Link>
        <NavLinks links={locked ? links.filter((l) => l.href === '/account') : links} />
        {!locked && (
          // A plain GET form: the search page reads the URL, so this works before any script loads.
          <form method="get" action="/search" role="search" aria-label="Search the archive" className="header-search">
            <label htmlFor="header-q" className="visually-hidden">
              Search claims
            </label>
            <input id="header-q" name="q" type="search" placeholder="Search claims…" maxLength={200} />
          </form>
        )}
        <div className="who">
          {!locked && <InboxLink initialUnread={unread} />}
          <span>
            {user.name} <span className="role-badge">{user.role}</span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <PasswordChangeGate locked={locked}>{children}</PasswordChangeGate>
    </>
  );
}
