import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER } from '@/lib/auth/client-address';

const from = (peer: string | undefined, forwardedFor?: string) => ({
  ...(peer ? { [PEER_HEADER]: peer } : {}),
  ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
});

describe('the client address used for sign-in throttling', () => {
  it('is the connection’s address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    for (let i = 0; i < 40; i++) expect(clientAddress(from('203.0.113.9', `10.0.${i}.1`), 0)).toBe('203.0.113.9');
    // Claiming the newsroom's own address does not make a stranger the newsroom.
    expect(clientAddress(from('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
    expect(clientAddress(new Headers(from('203.0.113.9', '198.51.100.1')), 0)).toBe('203.0.113.9');
  });

  it('counts trusted proxies from the right, so entries a client prepends are never used', () => {
    // client → proxy (appends the client's address) → app, which sees the proxy as its peer.
    expect(clientAddress(from('10.1.1.1', '198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(from('10.1.1.1', '6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7');
    // Two proxies: CDN appends the client, the load balancer appends the CDN.
    expect(clientAddress(from('10.1.1.2', '6.6.6.6, 198.51.100.7, 192.0.2.50'), 2)).toBe('198.51.100.7');
    // Fewer hops than configured: the furthest address there is.
    expect(clientAddress(from('10.1.1.1'), 1)).toBe('10.1.1.1');
  });

  it('writes IPv4-mapped IPv6 as IPv4 and never uses a value that is not an address', () => {
    expect(clientAddress(from('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientAddress(from('2001:DB8::1'), 0)).toBe('2001:db8::1');
    expect(clientAddress(from('10.1.1.1', 'evil, <script>'), 1)).toBe('unknown');
    expect(clientAddress({}, 0)).toBe('unknown');
    expect(clientAddress(undefined, 0)).toBe('unknown');
  });

  it('falls back to the last X-Forwarded-For entry only when no server wrote the connection’s address (next dev)', () => {
    expect(clientAddress(from(undefined, '198.51.100.1, 127.0.0.1'), 0)).toBe('127.0.0.1');
  });
});
