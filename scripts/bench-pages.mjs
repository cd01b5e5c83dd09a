// `npm run bench:pages`: the server CPU time of the signed-in pages a desk uses all day (issue 15
// goal 2: at most 8 ms per request for /claims, /dashboard and the demo article's workspace).
// Starts its own throwaway PostgreSQL and app (scripts/bench-app.mjs: seeded with the demo
// accounts and article), signs in as the demo editor, and loads each page with autocannon
// (scripts/bench-http.mjs) for BENCH_TRIALS trials, reading the server's CPU time from /proc.
// The baseline, in the same run and trial by trial: the cheapest signed-in request the app
// answers (GET /api/notifications?limit=1: the session, the role check and one small query),
// so what a page costs beyond being a signed-in request of this server is its own.
// Before the trials every request is loaded for BENCH_WARMUP seconds, not counted: a new server
// spends its first few thousand requests compiling (V8's optimizing compiler ran on 13% of the
// server's CPU samples after 1,500 requests, 1.5% after 4,000), and a desk's server runs all day.
// BENCH_PROFILE=1 also writes the server's V8 CPU profile (--cpu-prof) and prints its top frames.
// Env: BENCH_DURATION (s per run, default 5), BENCH_CONNECTIONS (default 4), BENCH_TRIALS (default 3),
// BENCH_WARMUP (s per request before the trials, default 5), BENCH_ONLY (a page prefix), BENCH_PAGES
// (comma-separated paths measured instead), CLAIMDESK_DIST_DIR.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startBenchApp } from './bench-app.mjs';
import { signIn } from './soak-clients.mjs';

process.env.BENCH_DURATION ??= '5';
process.env.BENCH_CONNECTIONS ??= '4';
const { CONNECTIONS, DURATION, load, summary } = await import('./bench-http.mjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const PROFILE = process.env.BENCH_PROFILE === '1';
const log = (...a) => console.error(...a);
const loadLine = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.cpus().length} CPUs, ${os.cpus()[0]?.model.trim()}, Node ${process.version})`;

/** The top self-time frames of a V8 .cpuprofile, with the share of all samples. */
function topFrames(file, n = 25) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const self = new Map();
  prof.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules\/)?/, '')}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function main() {
  const profDir = PROFILE ? mkdtempSync(path.join(os.tmpdir(), 'claimdesk-pages-prof-')) : null;
  const { base, app, dbUrl, stop } = await startBenchApp({
    name: 'bench-pages',
    pgPort: 55600,
    appPort: 3600,
    ready: '/api/health',
    nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
  });
  try {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT id FROM articles ORDER BY created_at LIMIT 1`);
    await client.end();
    // The demo editor (prisma/demo.ts).
    const cookie = await signIn(base, 'editor@claimdesk.test', 'claimdesk');
    const headers = { cookie };
    const all = ['/claims', '/dashboard', `/articles/${rows[0].id}`, '/search?q=trading+partner'];
    // BENCH_ONLY=/claims (a prefix) measures that page alone beside the baseline: a cleaner profile.
    // BENCH_PAGES=/account,/settings/tokens measures those paths instead (other pages, or a floor).
    const pages = process.env.BENCH_PAGES
      ? process.env.BENCH_PAGES.split(',')
      : all.filter((p) => !process.env.BENCH_ONLY || p.startsWith(process.env.BENCH_ONLY));
    const baseline = '/api/notifications?limit=1';
    for (const p of [baseline, ...pages]) {
      const r = await fetch(base + p, { headers });
      const body = await r.text();
      if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
      log(`${p}: ${body.length.toLocaleString('en-GB')} bytes`);
    }
    log(`\nwarm-up: ${WARMUP} s per request, not counted`);
    if (WARMUP > 0) for (const p of [baseline, ...pages]) await load(base + p, WARMUP, null, headers);
    log(`${TRIALS} trials × ${DURATION} s × ${CONNECTIONS} connections per page; ${loadLine()}`);
    const results = new Map([[baseline, []], ...pages.map((p) => [p, []])]);
    for (let t = 0; t < TRIALS; t++) {
      for (const p of [baseline, ...pages]) results.get(p).push(await load(base + p, DURATION, app.pid, headers));
    }
    const ms = (us) => (us / 1000).toFixed(2);
    console.log(`\n${loadLine()} at the end`);
    console.log('| page | server CPU per request, ms (min / median / max) | req/s (median) | p97.5 ms (median) | errors |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [p, runs] of results) {
      const s = summary(runs);
      const cpu = s.cpuUsPerRequest;
      console.log(
        `| ${p === baseline ? `baseline: ${p}` : p} | ${cpu ? `${ms(cpu.min)} / ${ms(cpu.median)} / ${ms(cpu.max)}` : '—'} | ${s.requestsPerSec.median.toFixed(0)} | ${s.p97_5.median} | ${s.errors} |`,
      );
    }
  } finally {
    await stop();
  }
  if (profDir) {
    for (const f of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) {
      console.log(`\nCPU profile ${path.join(profDir, f)}: top self time`);
      for (const line of topFrames(path.join(profDir, f))) console.log(line);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
