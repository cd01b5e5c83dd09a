'use client';

import { redirect, usePathname } from 'next/navigation';

const REQUIRED_PATH = '/account?required=1';

/**
 * While a reset password awaits its change (`locked`), any workspace page but /account sends the
 * user there. Client-side because a layout cannot see the path, and because the workspace layout
 * is not rendered again on client navigation; the server's refusal is in lib/auth/actor.ts, which
 * no page or action gets past. Always rendered, locked or not, so that the change itself (which
 * unlocks it) does not remount the page and lose its success message.
 */
export function PasswordChangeGate({ locked, children }: { locked: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  // During the server render this answers with a redirect; in the browser Next replaces the URL.
  if (locked && pathname !== '/account') redirect(REQUIRED_PATH);
  return children;
}
