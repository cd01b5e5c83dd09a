import { publicBaseUrl } from '@/lib/config';

const FALLBACK = '/dashboard';

/**
 * Where to go after signing in: a path on this site, or the dashboard. The value is resolved
 * against the site's own origin the way a browser would and kept only if it stays there.
 * Backslashes and control characters are refused outright: browsers read `/\evil.example` and
 * `/<tab>/evil.example` as `//evil.example`, another site, although they start with one slash.
 */
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || value.length > 2048 || !value.startsWith('/')) return FALLBACK;
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(value)) return FALLBACK;
  const origin = new URL(publicBaseUrl()).origin;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return FALLBACK;
  }
  // Back to the sign-in page would send a signed-in visitor round in a redirect loop.
  if (url.origin !== origin || url.pathname === '/login') return FALLBACK;
  return url.pathname + url.search + url.hash;
}
