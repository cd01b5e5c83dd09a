import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/safe-next';
import { LoginForm } from './login-form';

export const metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [{ next }, user] = await Promise.all([searchParams, currentUser()]);
  // Only paths on this site, so a crafted link cannot send people elsewhere after sign-in.
  const target = safeNextPath(next);
  if (user) redirect(target);
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Claimdesk</h1>
      <p className="muted">For newsroom staff. Readers can browse the published fact-checks without an account.</p>
      <LoginForm next={target} />
    </main>
  );
}
