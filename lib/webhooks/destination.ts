import 'server-only';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { webhooksAllowPrivate } from '@/lib/config';

// Where a webhook may be sent. A receiver must be on the public internet: an address in a
// loopback, private, link-local, carrier-grade NAT, multicast or other special-purpose range
// (ipaddr.js's classification: anything but "unicast") is refused, unless the server is started
// with CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE=1 (lib/config.ts). The check is made on the address the
// connection actually uses: the name is resolved once, by the lookup the request connects with,
// so a name that resolves to a public address when checked and to a private one when used (DNS
// rebinding) cannot slip between the two. Redirects are not followed.

export class DestinationRefused extends Error {
  override name = 'DestinationRefused';
}

/** ipaddr.js's name for an address's range; "unicast" is the public internet. */
export function addressRange(address: string): string {
  return ipaddr.process(address).range();
}

function refusal(host: string, address: string): DestinationRefused {
  const where = host === address ? address : `${host} (${address})`;
  return new DestinationRefused(
    `Refused: ${where} is not a public internet address (${addressRange(address)}). Webhooks are sent to public addresses only.`,
  );
}

/** dns.lookup, failing with DestinationRefused when any address the name resolves to is not public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as dns.LookupAddress[];
    const bad = webhooksAllowPrivate() ? undefined : list.find((a) => addressRange(a.address) !== 'unicast');
    if (bad) return callback(refusal(hostname, bad.address) as NodeJS.ErrnoException, '', 0);
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const first = list[0]!;
    callback(null, first.address, first.family);
  });
};

/** The URL's host as an address or a name (an IPv6 literal without its brackets). */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Why `url` can be refused before any lookup (a literal non-public address, or a `localhost`
 * name, which resolves to loopback by definition), or null: an admin saving one is told at once.
 * Any other name is checked when a delivery resolves it (publicLookup).
 */
export function refusedAtSave(url: string): string | null {
  if (webhooksAllowPrivate()) return null;
  const host = hostOf(new URL(url)).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return `${host} is this server itself. Webhooks are sent to public internet addresses only.`;
  }
  if (isIP(host) && addressRange(host) !== 'unicast') {
    return `${host} is not a public internet address (${addressRange(host)}). Webhooks are sent to public internet addresses only.`;
  }
  return null;
}

export type WebhookResponse = { status: number; ok: boolean; text: string };

/**
 * POSTs `body` to `url` (http or https) and reads at most `maxChars` of the answer. Throws
 * DestinationRefused for a non-public address, before anything is sent.
 */
export function postWebhook(
  url: string,
  init: { headers: Record<string, string>; body: string; signal: AbortSignal; maxChars: number },
): Promise<WebhookResponse> {
  const target = new URL(url);
  const host = hostOf(target);
  // A literal address is not looked up: checked here.
  if (isIP(host) && !webhooksAllowPrivate() && addressRange(host) !== 'unicast') return Promise.reject(refusal(host, host));
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...init.headers, 'Content-Length': String(Buffer.byteLength(init.body)) },
        lookup: publicLookup,
        signal: init.signal,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < init.maxChars) text += chunk;
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve({ status, ok: status >= 200 && status < 300, text: text.slice(0, init.maxChars) });
        });
        res.on('error', reject);
        // Cut off before its end (the deadline, a reset): a failed attempt, not a short answer.
        res.on('close', () => {
          if (!res.complete) reject(new Error('The answer was cut off before its end.'));
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
