import { NextResponse, type NextRequest } from 'next/server';
import { IS_PRODUCTION, publicBaseUrl } from '@/lib/config';
import { BODY_TOO_LARGE, MAX_ACTION_BODY_BYTES } from '@/lib/validation/limits';
import { contentSecurityPolicy, HSTS, newNonce } from '@/scripts/security-headers.mjs';

// Three jobs, none of them a security boundary for data (lib/data authorizes every read and write
// from the database and does not rely on this file running):
// 1. a server action request over the size limit gets 413 (below);
// 2. a signed-out visitor to a workspace page goes to /login rather than to a page that would
//    refuse anyway. That only looks for the session cookie;
// 3. under `next dev`, every page gets its Content-Security-Policy here. In production
//    scripts/server.mjs sets it before Next sees the request (scripts/security-headers.mjs), and
//    the matcher below keeps this file from running for every page: running it costs a page
//    0.7–1.5 ms of server CPU.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const WORKSPACE = /^\/(?:dashboard|articles|claims|admin|preview|feedback|account)(?:\/|$)/;

// From the configured public address, not from the request: X-Forwarded-Proto is the client's to
// set, and scripts/server.mjs replays a reader's page with its headers to everyone.
const HTTPS = publicBaseUrl().startsWith('https://');

function withSecurityHeaders(req: NextRequest): NextResponse {
  const csp = contentSecurityPolicy(newNonce(), { dev: !IS_PRODUCTION, https: HTTPS });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set('Content-Security-Policy', csp);
  if (HTTPS) res.headers.set('Strict-Transport-Security', HSTS);
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
  // The server in front already set this page's policy (on the request, where Next reads it).
  if (req.headers.has('content-security-policy')) return NextResponse.next();
  return withSecurityHeaders(req);
}

// Pages only: not the JSON APIs or the build's static files, which run no scripts. Of those, only
// the requests with something to do here: a server action (its size), a workspace page without a
// session cookie (SESSION_COOKIES), and a page the server in front has given no policy (`next
// dev`). A signed-in page view under scripts/server.mjs matches none of them. (Next reads this
// object without running the file: literals only. What is not a page must stay what NOT_A_PAGE in
// scripts/security-headers.mjs says.)
export const config = {
  matcher: [
    { source: '/((?!api/|_next/static/|_next/image|favicon\\.ico).*)', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/(dashboard|articles|claims|admin|preview|feedback|account)/:path*',
      missing: [
        { type: 'cookie', key: 'next-auth.session-token' },
        { type: 'cookie', key: '__Secure-next-auth.session-token' },
      ],
    },
    { source: '/((?!api/|_next/static/|_next/image|favicon\\.ico).*)', missing: [{ type: 'header', key: 'content-security-policy' }] },
  ],
};
