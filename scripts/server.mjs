// The production HTTP server: Next's request handler, with the reader's hot pages
// (/fact-checks/<slug> and /api/fact-checks/<slug>) answered from an in-memory copy of the bytes
// Next produced. A miss renders from the database through Next; a hit costs what a bare http
// server's answer costs (Next's own pipeline takes ~0.7 ms of CPU per request even when cached).
// This is the only cache of those pages, which is what lets one NOTIFY invalidate it everywhere.
//
// Invalidation: lib/public-cache.ts runs after every committed change to an article with a
// public fact-check. It clears this process's copy directly and sends a PostgreSQL NOTIFY, which every instance
// LISTENs for, so a cluster of app servers drops stale pages together. While the LISTEN
// connection is down nothing is served from (or stored in) the copy: no invalidation may be missed.
// Env: PORT (3000), HOST (127.0.0.1), DATABASE_URL.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const CHANNEL = 'claimdesk_public_cache';
const MAX_ENTRIES = 1000;
const CACHEABLE = /^\/(?:api\/)?fact-checks\/[A-Za-z0-9-]+$/;
// Browsers and CDNs must come back each time: only this server knows when a page went stale.
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
const DROP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

const entries = new Map(); // key → { status, headers, body }
let generation = 0;
let listening = false;

function clear() {
  generation++;
  entries.clear();
}
// Same-process invalidation (server actions run in this process), before any response is sent.
// The key is lib/public-cache.ts's PUBLIC_CACHE_KEY: Next's bundle is a separate module graph,
// so a registered symbol on globalThis is the one handle both sides share.
globalThis[Symbol.for('claimdesk.publicCache')] = { clear };

function keyOf(req) {
  if (req.method !== 'GET' || !listening) return null;
  const url = req.url ?? '';
  if (!CACHEABLE.test(url)) return null; // query strings never match
  // Client-side navigations ask for React payloads, not the document: leave those to Next.
  const h = req.headers;
  if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action']) return null;
  return `${url}|${/\bgzip\b/.test(h['accept-encoding'] ?? '') ? 'gzip' : 'identity'}`;
}

/** Lets Next answer, keeping a copy of a 200 (the same for every reader: these pages read no session). */
function handleAndCapture(req, res, handle, key) {
  const startGeneration = generation;
  const chunks = [];
  const keep = (chunk, enc) => {
    if (chunk && typeof chunk !== 'function')
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8'));
  };
  const { write, end, setHeader } = res;
  res.setHeader = function (name, value) {
    return setHeader.call(this, name, String(name).toLowerCase() === 'cache-control' ? PUBLIC_CACHE_CONTROL : value);
  };
  res.write = function (chunk, enc, cb) {
    keep(chunk, enc);
    return write.call(this, chunk, enc, cb);
  };
  res.end = function (chunk, enc, cb) {
    keep(chunk, enc);
    const result = end.call(this, chunk, enc, cb);
    const headers = res.getHeaders();
    // Never a page rendered while an invalidation happened: it may hold the old verdicts.
    if (res.statusCode === 200 && !headers['set-cookie'] && generation === startGeneration && listening) {
      const stored = {};
      for (const [k, v] of Object.entries(headers)) if (!DROP_HEADERS.has(k)) stored[k] = v;
      const body = Buffer.concat(chunks);
      stored['content-length'] = String(body.length);
      stored['cache-control'] = PUBLIC_CACHE_CONTROL;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
      entries.set(key, { status: 200, headers: stored, body });
    }
    return result;
  };
  return handle(req, res);
}

async function listen(databaseUrl) {
  let delay = 500;
  for (;;) {
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      clear(); // anything may have changed while we were not listening
      listening = true;
      delay = 500;
      client.on('notification', clear);
      await new Promise((resolve) => {
        client.on('error', resolve);
        client.on('end', resolve);
      });
    } catch {
      /* retried below */
    }
    listening = false;
    clear();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

async function main() {
  const app = next({ dev: false, dir: root, hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  if (process.env.DATABASE_URL) void listen(process.env.DATABASE_URL);

  const server = http.createServer((req, res) => {
    const key = keyOf(req);
    const hit = key ? entries.get(key) : undefined;
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, 'x-claimdesk-cache': 'HIT' });
      res.end(hit.body);
      return;
    }
    if (key) return handleAndCapture(req, res, handle, key);
    return handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : e);
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`▲ Claimdesk ready on http://${host}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
