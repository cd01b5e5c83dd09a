// The in-memory copy of the reader's hot pages that scripts/server.mjs answers from:
// /fact-checks/<slug>, its claims' pages /fact-checks/<slug>/claims/<n>, /api/fact-checks/<slug>,
// and the public lists (/, /fact-checks, /api/fact-checks, /api/claim-reviews, /feed.xml, each
// page of them). Plain Node (no Next, no database), so the unit tests drive it with a stand-in for
// Next's handler (tests/unit/reader-cache.test.ts).
//
// - A copy holds the identity bytes Next rendered, and the version of the fact-check they show
//   (the page's <meta name="claimdesk-version">, the JSON's X-Claimdesk-Version header). Each
//   response is compressed for the reader who asked (br, gzip or none; once per copy and
//   encoding), with Vary: Accept-Encoding: one reader's encoding never reaches another.
// - update(states) is told which version readers should see of some fact-checks (lib/public-cache.ts,
//   directly or through NOTIFY) and drops only copies of another version: workspace edits, which
//   publish nothing, leave every copy in place. A list shows every fact-check, so its copies go
//   when any fact-check's version changes (a publication, a correction, a retraction).
// - A miss renders once: requests for the same page arriving meanwhile wait for that render and
//   get its bytes (single flight), so a dropped copy never costs one render per waiting reader.
// - When a render fails (5xx: typically the database is unreachable) and this page was rendered
//   before, readers get the last good copy (stale-if-error), unless the fact-check was unpublished.
// - A retracted fact-check's page says in a meta tag that it is gone (lib/public-cache.ts
//   STATUS_META: an App Router page cannot set 410 itself): it is sent with status 410, and like
//   a 404 it is never kept and ends any stale-if-error copy. The JSON API sets its own 410.
import zlib from 'node:zlib';

const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
const CACHEABLE = /^\/(?:api\/)?fact-checks\/([a-z0-9][a-z0-9-]{0,99})(?:\/claims\/[1-9]\d{0,5})?$/;
/** The fact-check a cached path belongs to. */
const slugOf = (key) => CACHEABLE.exec(key)?.[1];
// The public lists (the home page, the index, the JSON lists, the Atom feed): one copy per page,
// kept until any fact-check's published version changes. Only their own page parameters make a
// key (anything else in the query string goes to Next uncached, so no one can fill the cache).
const LISTS = new Map([
  ['/', []],
  ['/fact-checks', ['after']],
  ['/api/fact-checks', ['after', 'limit']],
  ['/api/claim-reviews', ['after', 'limit']],
  ['/feed.xml', []],
]);
const LIST_PARAM = { after: /^[A-Za-z0-9_-]{1,400}$/, limit: /^[1-9]\d{0,2}$/ };

/** The cache key of a list page request, or null. */
function listKey(url) {
  const q = url.indexOf('?');
  const params = LISTS.get(q === -1 ? url : url.slice(0, q));
  if (!params) return null;
  if (q === -1) return url;
  const seen = new Set();
  for (const pair of url.slice(q + 1).split('&')) {
    const [k, v = ''] = pair.split('=');
    if (!params.includes(k) || seen.has(k) || !LIST_PARAM[k].test(v)) return null;
    seen.add(k);
  }
  return url;
}
// Set per response here; the rest of Next's headers are kept with the copy.
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-claimdesk-cache']);
const VERSION_HEADER = 'x-claimdesk-version'; // lib/public-cache.ts VERSION_HEADER
const VERSION_META = /<meta name="claimdesk-version" content="(\d+)"/; // lib/public-cache.ts VERSION_META
const GONE_META = '<meta name="claimdesk-status" content="410"'; // lib/public-cache.ts STATUS_META
const MIN_COMPRESS = 1024;

/** The encoding to send: brotli, else gzip, else none (deflate is never chosen: clients disagree on what it means). */
export function negotiate(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qv = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, qv ? Number(qv.slice(2)) : 1);
  }
  const ok = (name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

function compress(body, encoding) {
  if (encoding === 'br') return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  return zlib.gzipSync(body, { level: 6 });
}

function withVary(vary) {
  const list = String(vary ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return list.some((v) => v.toLowerCase() === 'accept-encoding') ? list.join(', ') : [...list, 'Accept-Encoding'].join(', ');
}

/** The version a rendered 200 shows, or null (then it is never kept: nothing could say when it went stale). */
function versionOf(headers, body) {
  const raw =
    headers[VERSION_HEADER] ??
    (String(headers['content-type'] ?? '').includes('text/html') ? VERSION_META.exec(body.toString('utf8'))?.[1] : undefined);
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

/** A rendered page that says it is gone (a retracted fact-check) goes out as a 410. */
function withStatus(result) {
  const html = result.status === 200 && String(result.headers['content-type'] ?? '').includes('text/html');
  return html && result.body.includes(GONE_META) ? { ...result, status: 410 } : result;
}

const OWN = Symbol('the response methods render() replaced');

/** A response for a render that did not finish. */
const failed = (status, text) => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(text) });

/** `handle(req, res)` is Next's request handler. */
export function createReaderCache({ handle, maxEntries = 1000, renderTimeoutMs = 20_000 }) {
  const entries = new Map(); // path → copy served to readers
  const lastGood = new Map(); // path → the last 200 rendered, for stale-if-error; survives invalidation
  const flights = new Map(); // path → the render in progress
  const versions = new Map(); // slug → the version readers should see, as last told
  let generation = 0; // moves on clear(): a render that began before it is not kept
  let listGeneration = 0; // moves when any published version changes: a list render that began before it is not kept
  let listening = false;

  const remember = (map, key, value) => {
    map.delete(key);
    if (map.size >= maxEntries) map.delete(map.keys().next().value);
    map.set(key, value);
  };

  /** The cache key (the path) and slug of a request this cache answers, or null. */
  function match(req) {
    if (req.method !== 'GET') return null;
    // Client-side navigations ask for React payloads, not the document: leave those to Next.
    const h = req.headers;
    if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action']) return null;
    const m = CACHEABLE.exec(req.url ?? ''); // query strings never match
    if (m) return { key: req.url, slug: m[1], list: false };
    const key = listKey(req.url ?? '');
    return key ? { key, slug: null, list: true } : null;
  }

  /** Drops every list page: some fact-check's published version changed (or went). */
  function dropLists(unpublished) {
    listGeneration++;
    for (const map of [entries, flights, ...(unpublished ? [lastGood] : [])]) {
      for (const key of map.keys()) if (listKey(key)) map.delete(key);
    }
  }

  /** The bytes and headers of `copy` in one encoding, made once per copy, encoding and label (hits are the hot path). */
  function variant(copy, encoding, label) {
    const key = `${encoding} ${label}`;
    copy.variants ??= {};
    return (copy.variants[key] ??= (() => {
      const body = copy.variants[encoding]?.body ?? (encoding === 'identity' ? copy.body : compress(copy.body, encoding));
      copy.variants[encoding] ??= { body };
      const headers = { ...copy.headers, vary: withVary(copy.headers.vary), 'content-length': String(body.length), 'x-claimdesk-cache': label };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      return { body, headers };
    })());
  }

  function send(accepted, res, copy, label) {
    if (res.destroyed) return; // the reader left
    const { body, headers } = variant(copy, copy.body.length >= MIN_COMPRESS ? negotiate(accepted) : 'identity', label);
    const own = res[OWN] ?? res;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    own.writeHead.call(res, copy.status, headers);
    own.end.call(res, body);
  }

  /**
   * Lets Next render into a buffer instead of the socket, so the caller can decide what to send
   * (the render, or the last good copy if it failed) and share it with the requests waiting.
   * Settles exactly once: when Next ends the response; when the reader leaves first (Next then
   * stops without ending it, and the waiting requests must not wait for an end that never comes);
   * or after renderTimeoutMs (a 504, so the waiting readers get the last good copy).
   */
  function render(req, res) {
    // Next must not compress: a copy holds identity bytes and is compressed per reader.
    req.headers['accept-encoding'] = 'identity';
    // send() writes the chosen response through these; whatever Next writes later is dropped.
    res[OWN] = { writeHead: res.writeHead, end: res.end };
    const chunks = [];
    let settled = false;
    const keep = (chunk, enc) => {
      if (!settled && chunk && typeof chunk !== 'function')
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8'));
    };
    return new Promise((resolve) => {
      const settle = (result) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const done = () => {
        const headers = {};
        for (const [k, v] of Object.entries(res.getHeaders())) if (!PER_RESPONSE.has(k)) headers[k] = v;
        settle({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      };
      const timer = setTimeout(() => settle(failed(504, 'The page took too long to render.')), renderTimeoutMs);
      res.once('close', () => settle({ ...failed(0, ''), aborted: true }));
      res.writeHead = function (status, message, fields) {
        const list = typeof message === 'string' ? fields : message;
        if (settled || res.headersSent) return res;
        res.statusCode = status;
        if (Array.isArray(list)) {
          const flat = list.flat();
          for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i], flat[i + 1]);
        } else if (list) for (const [k, v] of Object.entries(list)) res.setHeader(k, v);
        return res;
      };
      res.flushHeaders = () => {};
      res.write = (chunk, enc, cb) => {
        keep(chunk, enc);
        (typeof enc === 'function' ? enc : cb)?.();
        return true;
      };
      res.end = (chunk, enc, cb) => {
        keep(chunk, enc);
        const callback = [chunk, enc, cb].find((a) => typeof a === 'function');
        if (callback) res.once('finish', callback);
        done();
        return res;
      };
      Promise.resolve(handle(req, res)).catch((e) => {
        console.error('[reader-cache] render failed:', e);
        settle(failed(500, 'Internal Server Error'));
      });
    });
  }

  /** Keeps a rendered copy if it is a 200 anyone may get, of the version readers should see now. */
  function keepCopy({ key, slug, list }, result, startGeneration, startListGeneration) {
    if (result.status === 404 || result.status === 410) lastGood.delete(key); // gone for readers: never served stale again
    if (result.status !== 200 || result.headers['set-cookie']) return;
    // A list shows every fact-check: it is current if no version changed while it rendered.
    if (list && listGeneration !== startListGeneration) return;
    const version = list ? 'list' : versionOf(result.headers, result.body);
    if (version === null) return;
    const copy = { ...result, slug, version, headers: { ...result.headers, 'cache-control': PUBLIC_CACHE_CONTROL } };
    result.headers = copy.headers;
    remember(lastGood, key, copy);
    const current = list || !versions.has(slug) || versions.get(slug) === version;
    if (listening && generation === startGeneration && current) remember(entries, key, copy);
  }

  async function serve(req, res, m) {
    const accepted = req.headers['accept-encoding']; // before render() hides it from Next
    let flight = flights.get(m.key);
    const leader = !flight;
    if (leader) {
      const startGeneration = generation;
      const startListGeneration = listGeneration;
      flight = render(req, res).then((rendered) => {
        const result = withStatus(rendered);
        keepCopy(m, result, startGeneration, startListGeneration);
        return result;
      });
      flights.set(m.key, flight);
      void flight.finally(() => flights.get(m.key) === flight && flights.delete(m.key));
    }
    const result = await flight;
    // The leading reader left before the render ended: the others try again (a new render).
    if (result.aborted) return leader ? undefined : serve(req, res, m);
    // Never share a response that sets a cookie (these pages set none): render this one apart.
    if (!leader && result.headers['set-cookie']) return void handle(req, res);
    const stale = result.status >= 500 ? lastGood.get(m.key) : undefined;
    if (stale) return send(accepted, res, stale, 'STALE');
    return send(accepted, res, result, leader ? 'MISS' : 'SHARED');
  }

  return {
    /** Answers the request if it is one of the cached pages; false to let Next answer it. */
    handle(req, res) {
      const m = match(req);
      if (!m) return false;
      // While the LISTEN connection is down, a change could go unnoticed: every request renders.
      const hit = listening ? entries.get(m.key) : undefined;
      if (hit) {
        send(req.headers['accept-encoding'], res, hit, 'HIT');
        return true;
      }
      serve(req, res, m).catch((e) => {
        console.error('[reader-cache]', e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end();
      });
      return true;
    },
    /** The versions readers should see now (lib/public-cache.ts ReaderState[]). */
    update(states) {
      const changed = states.filter(({ slug, version }) => versions.get(slug) !== version);
      if (changed.length) dropLists(changed.some((c) => c.version === 0));
      for (const { slug, version } of states) {
        const before = versions.get(slug);
        versions.set(slug, version);
        const keys = new Set([...entries.keys(), ...flights.keys(), ...lastGood.keys()].filter((k) => slugOf(k) === slug));
        for (const key of keys) {
          if (entries.get(key)?.version !== version) entries.delete(key);
          // A render already under way may show the old version: later requests start a new one.
          if (before !== version) flights.delete(key);
          if (version === 0) lastGood.delete(key); // unpublished: never served again, not even stale
        }
      }
    },
    /** Drops every copy (the LISTEN connection was lost or came back: anything may have changed). */
    clear() {
      generation++;
      entries.clear();
      flights.clear();
      versions.clear();
    },
    setListening(on) {
      if (on !== listening) this.clear();
      listening = on;
    },
    get size() {
      return entries.size;
    },
  };
}
