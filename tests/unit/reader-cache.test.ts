// scripts/reader-cache.mjs behind a real Node http server, with a stand-in for Next's request
// handler that renders a page the way Next does (headers, chunks, and compression when the
// request allows it), counts its renders and can fail like a render whose database is down.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReaderCache, negotiate, type ReaderCache } from '../../scripts/reader-cache.mjs';

const SLUG = 'a-fact-check-1a2b3c4d';
const PAGE = `/fact-checks/${SLUG}`;
const API = `/api/fact-checks/${SLUG}`;

type Site = {
  version: number;
  published: boolean;
  /** Retracted: the page says it is gone (as app/(public)/fact-checks/[slug] does), the API answers 410. */
  retracted: boolean;
  down: boolean;
  hang: boolean;
  delayMs: number;
  renders: number;
  acceptEncodings: string[];
};

const page = (v: number) =>
  `<!DOCTYPE html><html><head><meta name="claimdesk-version" content="${v}"/></head><body>Version ${v}.${' Text.'.repeat(300)}</body></html>`;

const GONE_PAGE = '<!DOCTYPE html><html><head><meta name="claimdesk-status" content="410"/></head><body>Retracted: why.</body></html>';

/** What Next would answer; compresses with deflate when asked, as Next's compression does. */
function fakeNext(site: Site) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    site.renders++;
    site.acceptEncodings.push(String(req.headers['accept-encoding'] ?? ''));
    const { version, down, published, hang } = site; // read at the start, as a render reads the database
    await new Promise((r) => setTimeout(r, site.delayMs));
    // As Next does: a response whose reader has gone is left alone, never ended.
    if (res.destroyed || hang) return;
    if (down) {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/html');
      res.end('Internal Server Error: database unreachable');
      return;
    }
    if (site.retracted) {
      const api = req.url!.startsWith('/api/');
      res.writeHead(api ? 410 : 200, { 'content-type': api ? 'application/json' : 'text/html; charset=utf-8' });
      res.end(api ? JSON.stringify({ error: 'retracted' }) : GONE_PAGE);
      return;
    }
    if (!published) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('Not found');
      return;
    }
    const api = req.url!.startsWith('/api/');
    const body = Buffer.from(api ? JSON.stringify({ version, text: 'x'.repeat(2000) }) : page(version));
    res.setHeader('content-type', api ? 'application/json' : 'text/html; charset=utf-8');
    res.setHeader('vary', 'rsc, next-router-state-tree');
    if (api) res.setHeader('x-claimdesk-version', String(version));
    const deflate = /\bdeflate\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (deflate) res.setHeader('content-encoding', 'deflate');
    const out = deflate ? zlib.deflateSync(body) : body;
    res.flushHeaders();
    res.write(out.subarray(0, 100));
    res.end(out.subarray(100));
  };
}

let site: Site;
let cache: ReaderCache;
let server: http.Server;
let base: string;

beforeEach(async () => {
  site = { version: 1, published: true, retracted: false, down: false, hang: false, delayMs: 5, renders: 0, acceptEncodings: [] };
  const next = fakeNext(site);
  cache = createReaderCache({ handle: next, renderTimeoutMs: 1000 });
  cache.setListening(true);
  server = http.createServer((req, res) => {
    if (!cache.handle(req, res)) void next(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(base + path, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('compression', () => {
  it('never serves one reader’s encoding to another: a deflate request cannot poison the copy', async () => {
    const deflateFirst = await get(PAGE, { 'accept-encoding': 'deflate' });
    expect(deflateFirst.headers['content-encoding']).toBeUndefined();
    expect(deflateFirst.body.toString()).toBe(page(1));
    expect(site.acceptEncodings).toEqual(['identity']); // Next renders identity bytes only

    const plain = await get(PAGE, {});
    expect(plain.headers['x-claimdesk-cache']).toBe('HIT');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page(1));

    const gz = await get(PAGE, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(page(1));
    const br = await get(PAGE, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(page(1));
    for (const r of [deflateFirst, plain, gz, br]) {
      expect(r.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
    }
    expect(site.renders).toBe(1);
  });

  it('honours q=0 and prefers brotli, then gzip', () => {
    expect(negotiate('gzip, br;q=0')).toBe('gzip');
    expect(negotiate('br;q=0.5, gzip')).toBe('br');
    expect(negotiate('deflate')).toBe('identity');
    expect(negotiate('*')).toBe('br');
    expect(negotiate('gzip;q=0, *;q=0')).toBe('identity');
    expect(negotiate(undefined)).toBe('identity');
  });
});

describe('a miss', () => {
  it('renders once while every other request for the page waits for that render', async () => {
    site.delayMs = 150;
    const all = await Promise.all(Array.from({ length: 20 }, () => get(PAGE, { 'accept-encoding': 'gzip' })));
    expect(site.renders).toBe(1);
    expect(all.map((r) => r.headers['x-claimdesk-cache']).sort()).toEqual(['MISS', ...Array(19).fill('SHARED')]);
    for (const r of all) expect(zlib.gunzipSync(r.body).toString()).toBe(page(1));
  });

  it('does not leave the others waiting when the reader whose request renders leaves first', async () => {
    site.delayMs = 150;
    const leaving = http.get(base + PAGE, { agent: false });
    leaving.on('error', () => {});
    await new Promise((r) => setTimeout(r, 30));
    const waiting = get(PAGE);
    await new Promise((r) => setTimeout(r, 30));
    leaving.destroy(); // Next then stops without ending the response
    const r = await waiting;
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe(page(1));
    expect(site.renders).toBe(2);
    site.delayMs = 5;
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('HIT');
  });

  it('gives up on a render that never ends: a 504, or the last good copy', async () => {
    site.hang = true;
    const t0 = Date.now();
    expect((await get(API)).status).toBe(504);
    expect(Date.now() - t0).toBeLessThan(3000);
    site.hang = false;
    await get(PAGE);
    cache.update([{ slug: SLUG, version: 2 }]);
    site.hang = true;
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('STALE');
  });

  it('shares a 404 too, and keeps none', async () => {
    site.published = false;
    site.delayMs = 100;
    const all = await Promise.all(Array.from({ length: 5 }, () => get(PAGE)));
    expect(all.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(site.renders).toBe(1);
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('MISS');
  });
});

describe('updates', () => {
  it('keep a copy of the version readers should see, and drop copies of any other', async () => {
    await get(PAGE);
    await get(API);
    cache.update([{ slug: SLUG, version: 1 }]); // a workspace edit: readers still see version 1
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('HIT');
    expect((await get(API)).headers['x-claimdesk-cache']).toBe('HIT');
    expect(site.renders).toBe(2);

    site.version = 2; // an editor published version 2
    cache.update([{ slug: SLUG, version: 2 }]);
    const fresh = await get(PAGE);
    expect(fresh.headers['x-claimdesk-cache']).toBe('MISS');
    expect(fresh.body.toString()).toBe(page(2));
    expect(JSON.parse((await get(API)).body.toString())).toMatchObject({ version: 2 });
    cache.update([{ slug: 'another-fact-check-00000000', version: 7 }]);
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('HIT');
  });

  it('keep the claims’ own pages with their fact-check’s, and drop them together', async () => {
    const CLAIM = `${PAGE}/claims/3`;
    await get(CLAIM);
    expect((await get(CLAIM)).headers['x-claimdesk-cache']).toBe('HIT');
    expect((await get(`${PAGE}/claims/03`)).headers['x-claimdesk-cache']).toBeUndefined(); // not a claim number: Next answers
    site.version = 2;
    cache.update([{ slug: SLUG, version: 2 }]);
    const fresh = await get(CLAIM);
    expect(fresh.headers['x-claimdesk-cache']).toBe('MISS');
    expect(fresh.body.toString()).toBe(page(2));
    // Another fact-check whose slug starts the same way is another fact-check.
    cache.update([{ slug: SLUG.slice(0, -1), version: 9 }]);
    expect((await get(CLAIM)).headers['x-claimdesk-cache']).toBe('HIT');
  });

  it('keep the public lists until any fact-check’s version changes, and only their own page parameters', async () => {
    const lists = ['/', '/fact-checks', '/fact-checks?after=WyIyMDI1Il0', '/api/claim-reviews?after=abc_-1&limit=50', '/feed.xml'];
    for (const path of lists) {
      await get(path);
      expect((await get(path)).headers['x-claimdesk-cache'], path).toBe('HIT');
    }
    // Anything else in the query string is Next's to answer, every time: nobody can fill the cache.
    for (const path of ['/?x=1', '/fact-checks?after=a&after=b', '/api/claim-reviews?limit=0', '/fact-checks?page=2']) {
      await get(path);
      expect((await get(path)).headers['x-claimdesk-cache'], path).toBeUndefined();
    }
    cache.update([{ slug: SLUG, version: 1 }]); // first word of this fact-check: may have changed, lists go
    await get('/');
    cache.update([{ slug: SLUG, version: 1 }]); // a workspace edit: nothing readers see changed
    expect((await get('/')).headers['x-claimdesk-cache']).toBe('HIT');
    cache.update([{ slug: 'another-fact-check-00000000', version: 2 }]); // another fact-check was published
    expect((await get('/')).headers['x-claimdesk-cache']).toBe('MISS');
  });

  it('never keep a list render that began before a publication', async () => {
    site.delayMs = 150;
    const slow = get('/fact-checks');
    await new Promise((r) => setTimeout(r, 50));
    cache.update([{ slug: SLUG, version: 2 }]);
    await slow;
    site.delayMs = 5;
    expect((await get('/fact-checks')).headers['x-claimdesk-cache']).toBe('MISS');
  });

  it('never keep a render that began before readers were told of a newer version', async () => {
    site.delayMs = 150;
    const slow = get(PAGE); // renders version 1…
    await new Promise((r) => setTimeout(r, 50));
    site.version = 2;
    cache.update([{ slug: SLUG, version: 2 }]); // …while version 2 is published
    expect((await slow).body.toString()).toBe(page(1));
    site.delayMs = 5;
    const next = await get(PAGE);
    expect(next.headers['x-claimdesk-cache']).toBe('MISS');
    expect(next.body.toString()).toBe(page(2));
  });

  it('serve nothing from the copy while the LISTEN connection is down', async () => {
    await get(PAGE);
    cache.setListening(false);
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('MISS');
    expect((await get(PAGE)).headers['x-claimdesk-cache']).toBe('MISS');
    expect(site.renders).toBe(3);
  });
});

describe('when a render fails', () => {
  it('readers get the last good copy (stale-if-error), even with the copy dropped and LISTEN down', async () => {
    await get(PAGE);
    site.version = 2;
    cache.update([{ slug: SLUG, version: 2 }]);
    cache.setListening(false);
    site.down = true;
    const stale = await get(PAGE, { 'accept-encoding': 'gzip' });
    expect(stale.status).toBe(200);
    expect(stale.headers['x-claimdesk-cache']).toBe('STALE');
    expect(zlib.gunzipSync(stale.body).toString()).toBe(page(1));
    expect((await get(API)).status).toBe(500); // never rendered before: nothing to fall back on
  });

  it('a retracted fact-check’s notice goes out as a 410, is never kept, and ends any stale copy', async () => {
    await get(PAGE);
    await get(API);
    site.retracted = true;
    // Even before (or without) being told: the copy is dropped by update(), but a render that says gone is enough.
    cache.update([{ slug: SLUG, version: 0 }]);
    for (const path of [PAGE, PAGE, API]) {
      const r = await get(path);
      expect(r.status).toBe(410);
      expect(r.headers['x-claimdesk-cache']).toBe('MISS');
    }
    expect((await get(PAGE)).body.toString()).toBe(GONE_PAGE);
    expect(site.renders).toBe(6);
    site.down = true;
    expect((await get(PAGE)).status).toBe(500);
    expect((await get(API)).status).toBe(500);
  });

  it('a 410 rendered before this instance was told ends the last good copy too', async () => {
    await get(PAGE);
    site.version = 2;
    cache.update([{ slug: SLUG, version: 2 }]); // drops the copy, keeps the last good one for errors
    site.retracted = true; // retracted, and this instance has not heard yet
    expect((await get(PAGE)).status).toBe(410);
    site.retracted = false;
    site.down = true;
    expect((await get(PAGE)).status).toBe(500);
  });

  it('an unpublished fact-check is never served stale', async () => {
    await get(PAGE);
    cache.update([{ slug: SLUG, version: 0 }]);
    site.down = true;
    expect((await get(PAGE)).status).toBe(500);
  });
});
