// scripts/security-headers.mjs behind a real Node http server: what Next receives (the request's
// policy, where it reads the nonce) and what the client receives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { securePage } from '../../scripts/security-headers.mjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server that runs securePage, then answers with the policy the request now carries. */
async function serve(https: boolean): Promise<string> {
  const server = http.createServer((req, res) => {
    securePage(req, res, { https });
    res.end(
      JSON.stringify({
        seen: req.headers['content-security-policy'] ?? null,
        reportOnly: req.headers['content-security-policy-report-only'] ?? null,
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return {
    csp: res.headers.get('content-security-policy'),
    hsts: res.headers.get('strict-transport-security'),
    ...((await res.json()) as { seen: string | null; reportOnly: string | null }),
  };
}

const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1];

describe('securePage', () => {
  it('gives a page the same strict policy on the request and the response, with a new nonce each time', async () => {
    const base = await serve(false);
    const a = await get(`${base}/claims?status=open`);
    const b = await get(`${base}/claims?status=open`);
    expect(a.csp).toBe(a.seen);
    expect(nonceOf(a.csp)).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(nonceOf(b.csp)).not.toBe(nonceOf(a.csp));
    expect(a.csp).toContain("script-src 'self' 'nonce-");
    expect(a.csp).toContain("'strict-dynamic'");
    expect(a.csp).toContain("frame-ancestors 'none'");
    expect(a.csp).not.toContain('unsafe-eval');
    expect(a.csp).not.toContain('unsafe-inline');
    expect(a.csp).not.toContain('upgrade-insecure-requests');
    expect(a.hsts).toBeNull();
  });

  it('adds HSTS and upgrade-insecure-requests when the public address is https', async () => {
    const a = await get(`${await serve(true)}/`);
    expect(a.hsts).toBe('max-age=63072000; includeSubDomains');
    expect(a.csp).toContain('upgrade-insecure-requests');
  });

  it('leaves the JSON APIs and static files alone, and never lets a client choose the policy', async () => {
    const base = await serve(false);
    const sent = { 'content-security-policy': "script-src 'nonce-chosen'", 'content-security-policy-report-only': "script-src 'nonce-chosen'" };
    for (const path of ['/api/claims', '/_next/static/chunks/a.js', '/_next/image?url=x', '/favicon.ico']) {
      const r = await get(base + path, sent);
      expect(r, path).toEqual({ csp: null, hsts: null, seen: null, reportOnly: null });
    }
    const page = await get(`${base}/dashboard`, sent);
    expect(nonceOf(page.seen)).not.toBe('chosen');
    expect(page.seen).toBe(page.csp);
    expect(page.reportOnly).toBeNull();
  });
});
