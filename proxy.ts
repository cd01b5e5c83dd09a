import { NextResponse, type NextRequest } from 'next/server';
import { IS_PRODUCTION, publicBaseUrl } from '@/lib/config';
import { BODY_TOO_LARGE, MAX_ACTION_BODY_BYTES } from '@/lib/validation/limits';

// Two jobs, neither of them a security boundary for data (lib/data authorizes every read and write
// from the database and does not rely on this file running):
// 1. every page gets a Content-Security-Policy with a fresh nonce, which Next.js reads from the
//    request's CSP header and puts on its own scripts (so every page renders per request);
// 2. a signed-out visitor to a workspace page goes to /login rather than to a page that would
//    refuse anyway. That only looks for the session cookie.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const WORKSPACE = /^\/(?:dashboard|articles|claims|admin|preview|feedback|account)(?:\/|$)/;

/**
 * The policy for one response. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's own scripts load its chunks); nothing may frame the app. Development needs eval (React's
 * error overlay) and inline styles (its dev tools).
 */
export function contentSecurityPolicy(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

// From the configured public address, not from the request: X-Forwarded-Proto is the client's to
// set, and scripts/server.mjs replays a reader's page with its headers to everyone.
const HTTPS = publicBaseUrl().startsWith('https://');

function withSecurityHeaders(req: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: !IS_PRODUCTION, https: HTTPS });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set('Content-Security-Policy', csp);
  if (HTTPS) res.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return res;
}

/**
 * A server action request over the size limit. Next itself answers those with a 500 after reading
 * the body up to the limit; this answers 413 at once, as text/plain, which Next's client hands to
 * the calling form as the error's message (the import form shows it and keeps the text).
 */
function tooLarge(req: NextRequest): NextResponse | null {
  if (req.method !== 'POST' || !req.headers.has('next-action')) return null;
  const length = Number(req.headers.get('content-length') ?? 0);
  if (!(length > MAX_ACTION_BODY_BYTES)) return null;
  return new NextResponse(BODY_TOO_LARGE, { status: 413, headers: { 'content-type': 'text/plain' } });
}

export function proxy(req: NextRequest) {
  const refused = tooLarge(req);
  if (refused) return refused;
  // Page visits only. Server actions (POST) are answered by the data layer's own refusal, which
  // the e2e suite exercises directly, rather than by a redirect that would hide whether it works.
  const isVisit = req.method === 'GET' || req.method === 'HEAD';
  if (isVisit && WORKSPACE.test(req.nextUrl.pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.search = `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return withSecurityHeaders(req);
}

export const config = {
  // Every page; not the JSON APIs or the build's static files, which run no scripts.
  matcher: ['/((?!api/|_next/static/|_next/image|favicon\\.ico).*)'],
};
