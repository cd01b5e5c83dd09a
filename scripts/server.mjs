// The production HTTP server: Next's request handler, with the reader's hot pages
// (/fact-checks/<slug> and /api/fact-checks/<slug>) answered from an in-memory copy of the bytes
// Next produced (scripts/reader-cache.mjs: per-reader compression, single flight on a miss,
// stale-if-error). A hit costs what a bare http server's answer costs (Next's own pipeline takes
// ~0.7 ms of CPU per request even when cached).
//
// Invalidation: readers see published snapshots, so a copy goes stale only when an editor
// publishes a new version or unpublishes. lib/public-cache.ts runs after every committed change
// and tells this process's copy directly, and every instance through a PostgreSQL NOTIFY on
// LISTEN, which version readers should see of the fact-checks the change touched; copies of any
// other version are dropped. While the LISTEN connection is down nothing is served from the copy
// (no invalidation may be missed), except the last good copy when a render fails.
// Env: PORT (3000), HOST (127.0.0.1), DATABASE_URL.
import http from 'node:http';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import next from 'next';
import pg from 'pg';
import { compressed } from './compress.mjs';
import { createReaderCache } from './reader-cache.mjs';
import { securePage } from './security-headers.mjs';
import { SERVER_V8_FLAGS } from './server-env.mjs';

v8.setFlagsFromString(SERVER_V8_FLAGS); // before anything compiles WebAssembly (see server-env.mjs)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const CHANNEL = 'claimdesk_public_cache';

/** A notification's states (lib/public-cache.ts); an empty or unreadable payload means "anything may have changed". */
function statesOf(payload) {
  try {
    const states = JSON.parse(payload);
    return Array.isArray(states) && states.every((s) => typeof s?.slug === 'string' && Number.isInteger(s?.version)) ? states : null;
  } catch {
    return null;
  }
}

async function listen(databaseUrl, cache) {
  let delay = 500;
  for (;;) {
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      cache.setListening(true); // starts from nothing: anything may have changed while we were not listening
      delay = 500;
      client.on('notification', (n) => {
        const states = statesOf(n.payload ?? '');
        if (states) cache.update(states);
        else cache.clear();
      });
      await new Promise((resolve) => {
        client.on('error', resolve);
        client.on('end', resolve);
      });
    } catch {
      /* retried below */
    }
    cache.setListening(false);
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

/**
 * A path whose percent-encoding does not decode (`%`, `%zz`, `%ff`, an encoded lone surrogate)
 * names nothing: a 400 here, rather than an exception deep in Next's router.
 */
function malformedPath(url) {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]);
    return false;
  } catch {
    return true;
  }
}

function badRequest(req, res) {
  const api = (req.url ?? '').startsWith('/api/');
  const body = api
    ? JSON.stringify({ error: 'bad_request', message: 'The address is not valid: its percent-encoding does not decode.' })
    : 'Bad request: the address is not valid.';
  res.writeHead(400, { 'content-type': api ? 'application/json' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * The favicon as the pages link it, /favicon.ico?favicon.<hash>.ico. Next answers it with
 * `max-age=0, must-revalidate` and no validator, so every page view fetched it again (1.5 ms of
 * server CPU each). The hash is the icon's content's, so that address never changes content: its
 * 200 may be kept for a year. The bare /favicon.ico keeps Next's header.
 */
const HASHED_FAVICON = /^\/favicon\.ico\?favicon\.[\w-]+\.ico$/;
function keepHashedFavicon(req, res) {
  if (!HASHED_FAVICON.test(req.url ?? '')) return;
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 200) this.setHeader('cache-control', 'public, max-age=31536000, immutable');
    return writeHead.call(this, status, ...rest);
  };
}

async function main() {
  const app = next({ dev: false, dir: root, hostname: host, port });
  const nextHandle = app.getRequestHandler();
  // From the configured public address (lib/config.ts publicBaseUrl), not from the request.
  const https = (process.env.CLAIMDESK_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  // Every request Next answers: a page gets its Content-Security-Policy here, not in proxy.ts.
  const handle = (req, res) => {
    securePage(req, res, { https });
    return nextHandle(req, res);
  };
  await app.prepare();
  const cache = createReaderCache({ handle });
  // Same-process updates (server actions run in this process), before any response is sent.
  // The key is lib/public-cache.ts's PUBLIC_CACHE_KEY: Next's bundle is a separate module graph,
  // so a registered symbol on globalThis is the one handle both sides share.
  globalThis[Symbol.for('claimdesk.publicCache')] = { update: (states) => cache.update(states), clear: () => cache.clear() };
  if (process.env.DATABASE_URL) void listen(process.env.DATABASE_URL, cache);

  const server = http.createServer((req, res) => {
    // The connection's own address, for lib/auth/client-address.ts: Next.js hands the app headers
    // only. Set on every request, replacing anything a client sent under this name.
    req.headers['x-claimdesk-peer'] = req.socket.remoteAddress ?? '';
    if (malformedPath(req.url)) return badRequest(req, res);
    if (cache.handle(req, res)) return;
    keepHashedFavicon(req, res);
    compressed(req, res, () => handle(req, res));
  });
  server.keepAliveTimeout = 65_000;
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : e);
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`▲ Claimdesk ready on http://${host}:${port}`));
  // The background worker (lib/jobs/runner.ts) stops taking jobs and lets running ones finish or
  // hands them back to the queue, while the server stops taking connections.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const jobs = globalThis[Symbol.for('claimdesk.shutdown')]?.() ?? Promise.resolve();
    const closed = new Promise((resolve) => server.close(resolve));
    Promise.allSettled([jobs, closed]).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
