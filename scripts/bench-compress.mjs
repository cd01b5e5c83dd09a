// `npm run bench:compress`: what compressing a page costs at each level, on the pages the app
// really sends. scripts/compress.mjs compresses every response Next answers, once per request, so
// its level is CPU on every signed-in page. A throwaway embedded PostgreSQL is migrated and seeded
// and the production server started (scripts/bench-app.mjs); the demo editor's /claims,
// /dashboard and the demo article's workspace are fetched uncompressed, plus a long body that does
// not repeat itself (the project's docs, about 230 KB of prose), for how the cost grows with size.
// Each body is then compressed the way the `compression` middleware does it (a zlib stream per
// response, the body written, then ended), BENCH_REPS times per trial, every setting in turn and
// in alternating order, BENCH_TRIALS trials; the process's CPU time (all threads: zlib runs on
// libuv's pool) per response, min / median / max of the trials, and the bytes sent.
// The middleware's own defaults (gzip level 6, brotli quality 4) are the baseline, in the same run.
// Env: BENCH_TRIALS (default 5), BENCH_REPS (default 200; a tenth of it for the long prose).
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import pg from 'pg';
import { startBenchApp } from './bench-app.mjs';
import { signIn } from './soak-clients.mjs';
import { BROTLI_QUALITY, GZIP_LEVEL } from './compress.mjs';

const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const REPS = Number(process.env.BENCH_REPS ?? 200);

const brotli = (quality) => () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } });
const gzip = (level) => () => zlib.createGzip({ level });
const SETTINGS = [
  ['gzip 6 (the middleware’s default)', gzip(6)],
  ['brotli 4 (the middleware’s default)', brotli(4)],
  ...[1, 3].map((l) => [`gzip ${l}`, gzip(l)]),
  ...[1, 2, 3].map((q) => [`brotli ${q}`, brotli(q)]),
];

const loadLine = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.cpus().length} CPUs, ${os.cpus()[0]?.model.trim()}, Node ${process.version})`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** One response's compression, as the middleware runs it; resolves to the bytes it produced. */
async function compressOnce(make, body) {
  let bytes = 0;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const stream = make();
  const done = pipeline(stream, sink);
  stream.end(body);
  await done;
  return bytes;
}

/** CPU microseconds per response over `reps` compressions of `body`, and the size of one. */
async function measure(make, body, reps) {
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < reps; i++) bytes = await compressOnce(make, body);
  const c = process.cpuUsage(c0);
  return { us: (c.user + c.system) / reps, bytes };
}

/** A long body that does not repeat itself: the project's own prose (docs/*.md and README.md). */
function longProse() {
  const files = readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join('docs', f));
  return Buffer.concat([...files, 'README.md'].map((f) => readFileSync(f)));
}

async function pages() {
  const started = await startBenchApp({ name: 'bench-compress', pgPort: 55800, appPort: 3800, ready: '/api/health' });
  try {
    const client = new pg.Client({ connectionString: started.dbUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT id FROM articles ORDER BY created_at LIMIT 1`);
    await client.end();
    const cookie = await signIn(started.base, 'editor@claimdesk.test', 'claimdesk');
    const bodies = [];
    for (const p of ['/claims', '/dashboard', `/articles/${rows[0].id}`]) {
      const r = await fetch(started.base + p, { headers: { cookie, 'accept-encoding': 'identity' } });
      if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
      bodies.push([p.replace(rows[0].id, ':article'), Buffer.from(await r.arrayBuffer())]);
    }
    return bodies;
  } finally {
    await started.stop();
  }
}

async function main() {
  const bodies = [...(await pages()), ['long prose (docs/*.md and README.md)', longProse()]];
  console.error(`${TRIALS} trials × ${REPS} responses per page and setting (${Math.max(1, REPS / 10)} for the long prose); ${loadLine()}`);
  const results = new Map();
  for (const [name, body] of bodies) {
    const reps = body.length > 200_000 ? Math.max(1, REPS / 10) : REPS;
    for (const [, make] of SETTINGS) await measure(make, body, Math.max(1, reps / 10)); // warm-up
    for (let t = 0; t < TRIALS; t++) {
      for (const [label, make] of t % 2 ? [...SETTINGS].reverse() : SETTINGS) {
        const key = `${name}\t${label}`;
        const r = await measure(make, body, reps);
        const runs = results.get(key) ?? [];
        runs.push(r);
        results.set(key, runs);
      }
    }
  }
  console.log(`\n${loadLine()} at the end; the app uses gzip ${GZIP_LEVEL} and brotli ${BROTLI_QUALITY}`);
  console.log('\n| response | setting | CPU per response, µs (min / median / max) | bytes sent |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, body] of bodies) {
    for (const [label] of SETTINGS) {
      const runs = results.get(`${name}\t${label}`);
      const us = runs.map((r) => r.us);
      console.log(
        `| ${name} (${body.length.toLocaleString('en-GB')} bytes) | ${label} | ${Math.min(...us).toFixed(0)} / ${median(us).toFixed(0)} / ${Math.max(...us).toFixed(0)} | ${runs[0].bytes.toLocaleString('en-GB')} |`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
