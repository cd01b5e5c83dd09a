// `npm run bench:lists`: the public lists at 1 and at 10,000 published fact-checks (issue 15).
// Starts its own throwaway PostgreSQL and app (scripts/bench-app.mjs; the seed publishes the demo
// fact-check), measures each list, then publishes 9,999 more (copies of the demo's published
// snapshot, seven claims each, one INSERT … SELECT per table) and measures again:
// - "served": what readers get, from scripts/server.mjs's in-memory copy, beside a bare Node http
//   server answering the same gzip bytes (scripts/bench-http.mjs), trial by trial;
// - "rendered": the same page with an extra query parameter, which the copy never keeps, so every
//   request renders through Next and PostgreSQL: the cost of a miss, which must not grow either;
// - at 10,000, a page 250 pages deep through the cursor.
// autocannon reports p97.5 (it has no p95): the target "p95 < 50 ms" is checked on the stricter one.
// Env: BENCH_DURATION (s per run, default 5), BENCH_CONNECTIONS (default 10), BENCH_TRIALS (default 3),
// BENCH_FACT_CHECKS (default 10000), CLAIMDESK_DIST_DIR.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import pg from 'pg';
import { startBenchApp } from './bench-app.mjs';

process.env.BENCH_DURATION ??= '5';
process.env.BENCH_CONNECTIONS ??= '10';
const { CONNECTIONS, DURATION, load, startBare, summary } = await import('./bench-http.mjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 3);
const TOTAL = Number(process.env.BENCH_FACT_CHECKS ?? 10_000);
const log = (...a) => console.error(...a);
const LISTS = ['/', '/fact-checks', '/api/fact-checks', '/api/claim-reviews', '/feed.xml'];

/** Publishes copies of the demo fact-check until `total` are published. */
async function publishCopies(dbUrl, total) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const t0 = Date.now();
    await client.query('BEGIN');
    const { rows } = await client.query(`SELECT f.id, f.article_id FROM fact_checks f WHERE f.status = 'published' LIMIT 1`);
    const [demo] = rows;
    const n = total - 1;
    await client.query(
      `INSERT INTO articles (id, title, publisher, url, published_at, raw_input, plain_text, text_hash, imported_by_id, updated_at)
       SELECT 'bench-a-' || i, 'Bench article ' || i, a.publisher, a.url, a.published_at, a.raw_input, a.plain_text, 'bench-' || i, a.imported_by_id, now()
       FROM articles a CROSS JOIN generate_series(1, $2) AS i WHERE a.id = $1`,
      [demo.article_id, n],
    );
    await client.query(
      `INSERT INTO fact_checks (id, article_id, slug, summary, status, published_at, updated_at)
       SELECT 'bench-f-' || i, 'bench-a-' || i, 'bench-' || i, f.summary, 'published', f.published_at - make_interval(mins => i), now()
       FROM fact_checks f CROSS JOIN generate_series(1, $2) AS i WHERE f.id = $1`,
      [demo.id, n],
    );
    await client.query(
      `INSERT INTO fact_check_snapshots (id, fact_check_id, number, kind, data, title, publisher, article_published_at, summary, by_id, published_at)
       SELECT 'bench-s-' || i, 'bench-f-' || i, 1, 'publish', s.data, 'Bench article ' || i, s.publisher, s.article_published_at, s.summary, s.by_id,
              s.published_at - make_interval(mins => i)
       FROM fact_check_snapshots s CROSS JOIN generate_series(1, $2) AS i WHERE s.fact_check_id = $1`,
      [demo.id, n],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    // Tell the app what an editor's publication would (lib/public-cache.ts): the lists change.
    await client.query(`SELECT pg_notify('claimdesk_public_cache', $1)`, [JSON.stringify([{ slug: 'bench-1', version: 1_000_001 }])]);
    const count = await client.query(`SELECT count(*)::int AS n FROM fact_checks WHERE status = 'published'`);
    // A cursor 250 pages (of 20) deep: the row the 5,000th of the index ends on.
    const deep = await client.query(
      `SELECT to_char(published_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, id FROM fact_checks WHERE status = 'published'
       ORDER BY published_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.min(5000, total - 2)],
    );
    const cursor = Buffer.from(JSON.stringify([deep.rows[0].at, deep.rows[0].id])).toString('base64url');
    log(`published ${count.rows[0].n} fact-checks in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return { published: count.rows[0].n, cursor };
  } finally {
    await client.end();
  }
}

async function measure(base, app, dir, p) {
  await fetch(base + p); // fills the copy
  const res = await fetch(base + p, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
  const rendered = `${p}${p.includes('?') ? '&' : '?'}bench=1`;
  await load(base + p, 2); // warm-up
  await load(base + rendered, 2);
  const bare = await startBare(zlib.gzipSync(body), res.headers.get('content-type') ?? 'text/html', dir, 'gzip');
  const served = [];
  const baseline = [];
  const misses = [];
  try {
    for (let t = 0; t < TRIALS; t++) {
      served.push(await load(base + p, DURATION, app.pid));
      baseline.push(await load(bare.url, DURATION, bare.pid));
      misses.push(await load(base + rendered, DURATION, app.pid));
    }
  } finally {
    bare.stop();
  }
  const s = summary(served);
  const b = summary(baseline);
  return {
    path: p,
    bytes: body.length,
    cache: res.headers.get('x-claimdesk-cache'),
    served: s,
    bare: b,
    rendered: summary(misses),
    ratio: s.requestsPerSec.median / b.requestsPerSec.median,
  };
}

const range = (r, k, digits = 0) => `${r[k].median.toFixed(digits)} (${r[k].min.toFixed(digits)}–${r[k].max.toFixed(digits)})`;

function report(rows, loads) {
  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per run, ${TRIALS} trials (median (min–max)), gzip, ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  console.log(`1-minute load average during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}\n`);
  console.log(
    '| published | path | bytes | served req/s | bare req/s | ratio | served p97.5 ms | rendered req/s | rendered p97.5 ms | rendered CPU µs/req |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.published} | \`${r.path.length > 40 ? `${r.path.slice(0, 40)}…` : r.path}\` | ${r.bytes} | ${range(r.served, 'requestsPerSec')} | ${range(r.bare, 'requestsPerSec')} | ${r.ratio.toFixed(2)} | ${range(r.served, 'p97_5')} | ${range(r.rendered, 'requestsPerSec')} | ${range(r.rendered, 'p97_5')} | ${r.rendered.cpuUsPerRequest ? range(r.rendered, 'cpuUsPerRequest') : '–'} |`,
    );
  }
  const misses = rows.filter((r) => !(r.ratio >= 0.5 && r.served.p97_5.median < 50 && r.served.errors === 0 && r.rendered.errors === 0));
  console.log(
    `\ntargets (served >= 0.5x bare, p97.5 < 50 ms, no errors): ${misses.length ? `NOT met for ${misses.map((r) => `${r.path} at ${r.published}`).join(', ')}` : 'met everywhere'}`,
  );
}

async function main() {
  const { base, app, dbUrl, dir, stop } = await startBenchApp({ name: 'bench-lists', pgPort: 54370, appPort: 3320, ready: '/api/fact-checks' });
  const rows = [];
  try {
    for (const p of LISTS) rows.push({ published: 1, ...(await measure(base, app, dir, p)) });
    const { published, cursor } = await publishCopies(dbUrl, TOTAL);
    await new Promise((r) => setTimeout(r, 500)); // the NOTIFY reaches the app
    for (const p of [...LISTS, `/fact-checks?after=${cursor}`, `/api/claim-reviews?after=${cursor}`])
      rows.push({ published, ...(await measure(base, app, dir, p)) });
    report(
      rows,
      rows.flatMap((r) => [...r.served.runs, ...r.rendered.runs].flatMap((x) => x.load1)),
    );
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(`\n✖ ${e?.stack ?? e}`);
  process.exit(1);
});
