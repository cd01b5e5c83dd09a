import { isIP } from 'node:net';

// Which address a request came from, for sign-in throttling and the sign-in audit trail.
//
// Next.js gives route handlers (and proxy.ts) headers only, never the socket, and it fills
// X-Forwarded-For from the socket only when the client sent none (`??=` in its base server), so
// that header cannot tell a client's claim from the connection. scripts/server.mjs therefore
// writes the socket's address into PEER_HEADER on every request, replacing anything a client sent.
// REVIEWERS: X-Forwarded-For is client-controlled unless proxies we trust wrote it; read it only
// through TRUST_PROXY_HOPS, counting from the right, never its first value.

export const PEER_HEADER = 'x-claimdesk-peer';

type HeaderBag = Headers | Record<string, unknown> | undefined;

function read(headers: HeaderBag, name: string): string | undefined {
  const v = headers instanceof Headers ? headers.get(name) : headers?.[name];
  if (Array.isArray(v)) return v.join(',');
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** One address as a throttling key: IPv4-mapped IPv6 as plain IPv4; anything not an IP is "unknown". */
function normalize(address: string | undefined): string {
  const a = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return a && isIP(a) ? a.toLowerCase() : 'unknown';
}

/**
 * The client's address. With no trusted proxies it is the connection's own address. With N
 * trusted proxies, each of which appends the address it was reached from, it is the Nth address
 * from the right of [X-Forwarded-For…, connection]: entries further left were written by the client.
 * Without PEER_HEADER (under `next dev`, which does not run scripts/server.mjs) the last
 * X-Forwarded-For entry stands in for the connection, which is only trustworthy in development.
 */
export function clientAddress(headers: HeaderBag, trustedHops: number): string {
  const peer = read(headers, PEER_HEADER);
  const forwarded = (read(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  if (chain.length === 0) return 'unknown';
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normalize(chain[index]);
}
