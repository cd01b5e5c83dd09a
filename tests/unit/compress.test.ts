// scripts/compress.mjs behind a real Node http server, with a handler that writes the way Next
// does: a chunk, then res.flush(), for every chunk.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import compression from 'compression';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROTLI_QUALITY, compressed, GZIP_LEVEL } from '../../scripts/compress.mjs';

type Handler = (req: IncomingMessage, res: ServerResponse & { flush?: () => void }) => void | Promise<void>;
type Wrap = (req: IncomingMessage, res: ServerResponse, then: () => void) => void;

// The middleware as Next applies it: a flush per chunk. (Its types are Express's; the server hands it plain Node objects.)
const plain = compression() as unknown as Wrap;
const servers: http.Server[] = [];

async function serve(wrap: Wrap, handler: Handler): Promise<string> {
  const server = http.createServer((req, res) => wrap(req, res, () => void handler(req, res)));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** The raw (compressed) bytes of a gzip response, and a callback for each decompressed piece as it arrives. */
function get(url: string, onText: (text: string) => void = () => {}): Promise<{ raw: Buffer; text: string; encoding?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const raw: Buffer[] = [];
        const gunzip = zlib.createGunzip();
        let text = '';
        res.on('data', (d: Buffer) => {
          raw.push(d);
          gunzip.write(d);
        });
        gunzip.on('data', (d: Buffer) => {
          text += d.toString();
          onText(text);
        });
        res.on('end', () => gunzip.end());
        gunzip.on('end', () => resolve({ raw: Buffer.concat(raw), text, encoding: res.headers['content-encoding'] }));
        gunzip.on('error', reject);
      })
      .on('error', reject);
  });
}

// Something like a page's HTML and React data, in the small pieces a render writes.
const CHUNKS = Array.from(
  { length: 40 },
  (_, i) =>
    `<tr><td><a href="/claims/c${i}">Claim ${i}: the two countries signed a "no-limits" partnership</a></td><td>Mr Putin</td><td class="muted">Xi tells Putin China and Russia should be friends of steel</td></tr>` +
    `<script>self.__next_f.push([1,"${i}:[\\"$\\",\\"tr\\",\\"c${i}\\",{\\"children\\":[\\"Claim ${i}\\"]}]\\n"])</script>`,
);

const writeLikeNext: Handler = (_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  for (const c of CHUNKS) {
    res.write(c);
    res.flush?.();
  }
  res.end();
};

describe('compressed responses', () => {
  it('sends chunks written in one turn as one compressed piece, smaller than a flush per chunk', async () => {
    const coalesced = await get(await serve(compressed, writeLikeNext));
    const perChunk = await get(await serve(plain, writeLikeNext));
    expect(coalesced.encoding).toBe('gzip');
    expect(perChunk.encoding).toBe('gzip');
    expect(coalesced.text).toBe(CHUNKS.join(''));
    expect(perChunk.text).toBe(CHUNKS.join(''));
    // A full flush per chunk restarts the compressor's dictionary every time.
    expect(coalesced.raw.length).toBeLessThan(perChunk.raw.length * 0.8);
  });

  it('hands the compressor one write for a response written in one turn, not one per chunk', async () => {
    // Every write to a zlib stream is its own trip to the thread pool and its own piece of output.
    // (Flushes and the end also pass through _transform, with no bytes.)
    const transform = vi.spyOn(zlib.Gzip.prototype, '_transform');
    const writesWithBytes = () => transform.mock.calls.filter(([chunk]) => (chunk as Buffer).length > 0).length;
    try {
      const coalesced = await get(await serve(compressed, writeLikeNext));
      const coalescedWrites = writesWithBytes();
      transform.mockClear();
      await get(await serve(plain, writeLikeNext));
      expect(coalesced.text).toBe(CHUNKS.join(''));
      expect(coalescedWrites).toBe(1);
      expect(writesWithBytes()).toBe(CHUNKS.length);
    } finally {
      transform.mockRestore();
    }
  });

  it('keeps backpressure: a slow client makes writes report false until drain, and nothing is lost', async () => {
    // Random bytes do not compress, so the response is as large as what is written.
    const parts = Array.from({ length: 64 }, () => randomBytes(64 * 1024).toString('base64'));
    const tail = Array.from({ length: 10 }, (_, i) => `small part ${i}. `);
    let refused = 0;
    let refusedSmall = 0;
    let callbacks = 0;
    const url = await serve(compressed, async (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      for (const part of parts) {
        const ok = res.write(part, () => callbacks++);
        res.flush?.();
        if (!ok) {
          refused++;
          await new Promise((r) => res.once('drain', r));
        }
        await new Promise((r) => setImmediate(r));
      }
      // Once drained, writes are welcome again (a layer that stayed refusing would hang here).
      for (const part of tail) {
        if (!res.write(part)) refusedSmall++;
        await new Promise((r) => setImmediate(r));
      }
      res.end();
    });
    const received = await new Promise<Buffer>((resolve, reject) =>
      http
        .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const raw: Buffer[] = [];
          res.pause();
          setTimeout(() => res.resume(), 300);
          res.on('data', (d: Buffer) => raw.push(d));
          res.on('end', () => resolve(zlib.gunzipSync(Buffer.concat(raw))));
        })
        .on('error', reject),
    );
    const digest = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
    const sent = parts.join('') + tail.join('');
    expect(received.length).toBe(sent.length);
    expect(digest(received)).toBe(digest(sent));
    expect(refused).toBeGreaterThan(0);
    expect(refusedSmall).toBe(0);
    expect(callbacks).toBe(parts.length);
  });

  it('calls the callbacks of writes made in the turn the response ends in', async () => {
    const called: string[] = [];
    const url = await serve(compressed, (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write('<p>one</p>'.repeat(200), () => called.push('one'));
      res.write('<p>two</p>'.repeat(200), () => called.push('two'));
      res.end();
    });
    const { text } = await get(url);
    expect(text).toBe('<p>one</p>'.repeat(200) + '<p>two</p>'.repeat(200));
    expect(called).toEqual(['one', 'two']);
  });

  it('still streams: what was written before a pause reaches the client before the rest is written', async () => {
    let arrived: () => void = () => {};
    const firstPartArrived = new Promise<void>((r) => (arrived = r));
    let sawFirstBeforeRest = false;
    const url = await serve(compressed, async (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write('<p>shell</p>'.repeat(20));
      res.flush?.();
      res.write('<p>fallback</p>');
      res.flush?.();
      // A Suspense boundary resolving later: the rest is written only once the client has the shell.
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000));
      sawFirstBeforeRest = (await Promise.race([firstPartArrived, timeout])) !== 'timeout';
      res.end('<p>the late part</p>');
    });
    const { text } = await get(url, (t) => {
      if (t.endsWith('<p>fallback</p>')) arrived();
    });
    expect(sawFirstBeforeRest).toBe(true);
    expect(text).toBe('<p>shell</p>'.repeat(20) + '<p>fallback</p><p>the late part</p>');
  });

  it('leaves a response uncompressed when the client does not ask for it', async () => {
    const url = await serve(compressed, writeLikeNext);
    const res = await new Promise<{ text: string; encoding?: string }>((resolve) =>
      http.get(url, (r) => {
        let text = '';
        r.on('data', (d: Buffer) => (text += d.toString()));
        r.on('end', () => resolve({ text, encoding: r.headers['content-encoding'] }));
      }),
    );
    expect(res.encoding).toBeUndefined();
    expect(res.text).toBe(CHUNKS.join(''));
  });

  it('compresses at the app’s levels: brotli for a browser, gzip for a client that only takes gzip', async () => {
    const body = CHUNKS.join('');
    const url = await serve(compressed, (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(body);
    });
    const raw = (acceptEncoding: string) =>
      new Promise<{ raw: Buffer; encoding?: string }>((resolve, reject) =>
        http
          .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (r) => {
            const parts: Buffer[] = [];
            r.on('data', (d: Buffer) => parts.push(d));
            r.on('end', () => resolve({ raw: Buffer.concat(parts), encoding: r.headers['content-encoding'] }));
          })
          .on('error', reject),
      );
    const quality = (q: number) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } });

    const browser = await raw('gzip, deflate, br, zstd');
    expect(browser.encoding).toBe('br');
    expect(zlib.brotliDecompressSync(browser.raw).toString()).toBe(body);
    expect(browser.raw).toEqual(zlib.brotliCompressSync(body, quality(BROTLI_QUALITY)));
    // The middleware's default would give other bytes: the check above sees the level.
    expect(browser.raw).not.toEqual(zlib.brotliCompressSync(body, quality(4)));

    const gzipOnly = await raw('gzip');
    expect(gzipOnly.encoding).toBe('gzip');
    expect(zlib.gunzipSync(gzipOnly.raw).toString()).toBe(body);
    expect(gzipOnly.raw).toEqual(zlib.gzipSync(body, { level: GZIP_LEVEL }));
    expect(gzipOnly.raw).not.toEqual(zlib.gzipSync(body, { level: 6 }));
  });
});
