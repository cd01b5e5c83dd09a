import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { getOwnAccount } from '@/lib/data/account';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/format';
import { NameForm, PasswordForm } from './account-forms';

export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const account = await guard(getOwnAccount(await currentUserId()));
  return (
    <main id="main">
      <h1>Your account</h1>
      {account.mustChangePassword && (
        <p className="alert warn" id="password-required">
          <strong>Choose a new password to continue.</strong> An admin reset your password. Until you change it here, the rest of the workspace is
          closed to you. Use the temporary password you were given as the current one.
        </p>
      )}
      <p>
        Signed in as {account.email} ({account.role}).
        {account.passwordChangedAt && ` Password last changed ${formatDateTime(account.passwordChangedAt)}.`}
      </p>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <PasswordForm />
      </section>
      {!account.mustChangePassword && (
        <p>
          <Link href="/settings/tokens">API tokens</Link> let programs use the workspace API as you.
        </p>
      )}
      {!account.mustChangePassword && (
        <section aria-labelledby="name-heading">
          <h2 id="name-heading">Your name</h2>
          <NameForm name={account.name} />
        </section>
      )}
    </main>
  );
}
