'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';

export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (!res || res.error) {
        setError(res?.error && res.error !== 'CredentialsSignin' ? res.error : 'Wrong email or password.');
        return;
      }
      // A full navigation so the server renders the workspace with the new session cookie.
      window.location.assign(next);
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    // method="post": if the script has not loaded yet, a submit must never put the password in a URL.
    <form className="form" method="post" onSubmit={onSubmit} noValidate aria-describedby={error ? 'login-error' : undefined}>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div aria-live="polite">
        {error && (
          <p id="login-error" className="alert error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
