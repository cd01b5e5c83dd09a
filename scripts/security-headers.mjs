// The Content-Security-Policy of every page, with a fresh nonce per request, which Next.js reads
// from the request's own CSP header and puts on its scripts (so every page renders per request).
// scripts/server.mjs sets it on each page request before Next sees it; under `next dev`, where
// that server is not in front, proxy.ts sets it instead. Done here rather than in proxy.ts for
// every page because running the proxy costs a page 0.7–1.5 ms of server CPU (Next builds a
// web Request and Response around it and carries the changed headers over): issue 15 goal 2,
// docs/benchmarks.md "Signed-in pages".
import { randomBytes } from 'node:crypto';

/**
 * The policy for one response. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's own scripts load its chunks); nothing may frame the app. Development needs eval (React's
 * error overlay) and inline styles (its dev tools).
 */
export function contentSecurityPolicy(nonce, { dev, https }) {
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

export const HSTS = 'max-age=63072000; includeSubDomains';

/** A fresh nonce: 18 random bytes, base64. */
export const newNonce = () => randomBytes(18).toString('base64');

/** What is not a page: the JSON APIs and the build's static files, which run no scripts. */
const NOT_A_PAGE = /^\/(?:api\/|_next\/static\/|_next\/image|favicon\.ico)/;

/**
 * For scripts/server.mjs: a page request gets a new policy on the request (where Next reads the
 * nonce) and on the response, and HSTS when the public address is https. A policy a client sent
 * is dropped from every request: only this server chooses a nonce.
 */
export function securePage(req, res, { https }) {
  delete req.headers['content-security-policy'];
  delete req.headers['content-security-policy-report-only'];
  if (NOT_A_PAGE.test(req.url ?? '/')) return;
  const csp = contentSecurityPolicy(newNonce(), { dev: false, https });
  req.headers['content-security-policy'] = csp;
  res.setHeader('Content-Security-Policy', csp);
  if (https) res.setHeader('Strict-Transport-Security', HSTS);
}
