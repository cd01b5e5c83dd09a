import { NextResponse, type NextRequest } from 'next/server';

// Optimistic redirect only: a signed-out visitor to a workspace page goes to /login instead of
// rendering a page that would refuse anyway. It only looks for the session cookie; the real
// checks are in lib/data (see lib/auth/actor.ts) and do not rely on this file running.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(req: NextRequest) {
  // Page visits only. Server actions (POST) are answered by the data layer's own refusal, which
  // the e2e suite exercises directly, rather than by a redirect that would hide whether it works.
  if (req.method !== 'GET' && req.method !== 'HEAD') return NextResponse.next();
  if (SESSION_COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = '/login';
  url.search = `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/dashboard/:path*', '/articles/:path*', '/claims/:path*', '/admin/:path*'],
};
