import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const metadata = { title: 'Sign in' };

/** Only same-site paths, so a crafted link cannot send people elsewhere after sign-in. */
function safeNext(next: string | string[] | undefined): string {
  const v = Array.isArray(next) ? next[0] : next;
  return v && v.startsWith('/') && !v.startsWith('//') ? v : '/dashboard';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [{ next }, user] = await Promise.all([searchParams, currentUser()]);
  const target = safeNext(next);
  if (user) redirect(target);
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Claimdesk</h1>
      <p className="muted">For newsroom staff. Readers can browse the published fact-checks without an account.</p>
      <LoginForm next={target} />
    </main>
  );
}
