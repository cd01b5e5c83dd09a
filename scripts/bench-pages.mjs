// `npm run bench:pages`: the server CPU time of the signed-in pages a desk uses all day (issue 15
// goal 2: at most 8 ms per request for /claims, /dashboard and the demo article's workspace).
// Starts its own throwaway PostgreSQL and app (scripts/bench-app.mjs: seeded with the demo
// accounts and article), signs in as the demo editor, and loads each page with autocannon
// (scripts/bench-http.mjs) for BENCH_TRIALS trials, reading the server's CPU time from /proc.
// The baseline, in the same run and trial by trial: the cheapest signed-in request the app
// answers (GET /api/notifications?limit=1: the session, the role check and one small query),
// so what a page costs beyond being a signed-in request of this server is its own.
// Before the trials every request is loaded for BENCH_WARMUP seconds, not counted: a new server
// spends its first few thousand requests compiling (in `perf` samples of a fresh server loading
// /claims, V8's optimizing compiler took 13% of its CPU over requests 330–1,530 and 1.5% over
// requests 4,530–5,430), and a desk's server runs all day.
// BENCH_PROFILE=1 also writes the server's V8 CPU profile (--cpu-prof) and prints its top frames.
// Env: BENCH_DURATION (s per run, default 5), BENCH_CONNECTIONS (default 4), BENCH_TRIALS (default 3),
// BENCH_WARMUP (s per request before the trials, default 5), BENCH_ONLY (a page prefix), BENCH_PAGES
// (comma-separated paths measured instead; `:article` is the demo article's id), BENCH_BEFORE
// (another checkout served beside this one, trial by trial: see main), BENCH_NODE (another Node.js
// binary serving this checkout, beside the one running the bench: see main), BENCH_VIEWS (views of
// each page in Chromium per trial, after the autocannon trials, default 10; 0 skips them: see
// scripts/bench-views.mjs), BENCH_ENCODING (the Accept-Encoding sent, default Chromium's:
// 'gzip, deflate, br, zstd'; before 2026-12-03 20:00 UTC the bench sent 'gzip'), CLAIMDESK_DIST_DIR.
import { spawnSync } from 'node:child_process';
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
const VIEWS = Number(process.env.BENCH_VIEWS ?? 10);
// What Chromium asks for, so the server compresses each page as it does for a browser (brotli).
const ACCEPT_ENCODING = process.env.BENCH_ENCODING ?? 'gzip, deflate, br, zstd';
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

/** One served checkout: its app, the demo editor's cookie, and its pages (the demo article's id is its own). */
async function startChecked(label, root, ports, nodeArgs, node) {
  const started = await startBenchApp({ name: 'bench-pages', ...ports, ready: '/api/health', nodeArgs, root, node });
  const client = new pg.Client({ connectionString: started.dbUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT id FROM articles ORDER BY created_at LIMIT 1`);
  await client.end();
  // The demo editor (prisma/demo.ts).
  const cookie = await signIn(started.base, 'editor@claimdesk.test', 'claimdesk');
  const pathOf = (p) => p.replace(':article', rows[0].id);
  return { label, ...started, headers: { cookie, 'accept-encoding': ACCEPT_ENCODING }, path: pathOf };
}

const ms = (us) => (us / 1000).toFixed(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function printTable(title, results, baseline) {
  console.log(`\n${title}`);
  console.log('| page | server CPU per request, ms (min / median / max) | req/s (median) | p97.5 ms (median) | errors |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [p, runs] of results) {
    const s = summary(runs);
    const cpu = s.cpuUsPerRequest;
    console.log(
      `| ${p === baseline ? `baseline: ${p}` : p} | ${cpu ? `${ms(cpu.min)} / ${ms(cpu.median)} / ${ms(cpu.max)}` : '—'} | ${s.requestsPerSec.median.toFixed(0)} | ${s.p97_5.median} | ${s.errors} |`,
    );
  }
}

/**
 * What a view of each page costs the server in Chromium, every served checkout in alternating
 * order, trial by trial: a page's own request is what the autocannon trials measure, and this adds
 * whatever the page makes the browser send by itself once loaded.
 */
async function pageViews(apps, pages) {
  const { openBrowser, measureViews } = await import('./bench-views.mjs');
  const browser = await openBrowser();
  const results = apps.map(() => new Map(pages.map((p) => [p, []])));
  try {
    log(`\npage views in Chromium: ${TRIALS} trials × ${VIEWS} views per page; ${loadLine()}`);
    for (let t = 0; t < TRIALS; t++) {
      for (const p of pages) {
        const order = t % 2 ? [...apps.keys()].reverse() : [...apps.keys()];
        for (const i of order) {
          const a = apps[i];
          results[i].get(p).push(await measureViews(browser, { base: a.base, cookie: a.headers.cookie, pid: a.app.pid }, a.path(p), VIEWS));
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nserver CPU per page view in Chromium (the page and what it sends by itself); ${loadLine()} at the end`);
  apps.forEach((a, i) => {
    if (apps.length > 1) console.log(`\n${a.label}:`);
    console.log('| page | server CPU per view, ms (min / median / max) | requests per view that reach the app (median) |');
    console.log('| --- | --- | --- |');
    for (const [p, runs] of results[i]) {
      const cpu = runs.map((r) => r.cpuMsPerView);
      const reqs = median(runs.map((r) => r.requestsPerView));
      console.log(`| ${p} | ${Math.min(...cpu).toFixed(1)} / ${median(cpu).toFixed(1)} / ${Math.max(...cpu).toFixed(1)} | ${reqs.toFixed(1)} |`);
    }
  });
}

async function main() {
  const profDir = PROFILE ? mkdtempSync(path.join(os.tmpdir(), 'claimdesk-pages-prof-')) : null;
  // BENCH_BEFORE=<another checkout> (a worktree of an earlier commit, with node_modules) serves it
  // beside this one, and every trial loads each page from both, back to back, in alternating order:
  // a change is then compared under the same load, second by second, not across runs.
  // BENCH_NODE=<a node binary> serves this checkout with it, and the "before" with the Node.js
  // running the bench (this checkout too, unless BENCH_BEFORE names another): a runtime compared
  // the same way.
  const node = process.env.BENCH_NODE ? path.resolve(process.env.BENCH_NODE) : process.execPath;
  const checkouts = [['this checkout', root, { pgPort: 55600, appPort: 3600 }, profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [], node]];
  if (process.env.BENCH_BEFORE || process.env.BENCH_NODE) {
    const before = path.resolve(process.env.BENCH_BEFORE ?? root);
    checkouts.unshift(['before', before, { pgPort: 55650, appPort: 3650 }, [], process.execPath]);
  }
  const apps = [];
  try {
    for (const c of checkouts) apps.push(await startChecked(...c));
    const all = ['/claims', '/dashboard', '/articles/:article', '/search?q=trading+partner'];
    // BENCH_ONLY=/claims (a prefix) measures that page alone beside the baseline: a cleaner profile.
    // BENCH_PAGES=/account,/settings/tokens measures those paths instead (other pages, or a floor).
    const pages = process.env.BENCH_PAGES
      ? process.env.BENCH_PAGES.split(',')
      : all.filter((p) => !process.env.BENCH_ONLY || p.startsWith(process.env.BENCH_ONLY));
    const baseline = '/api/notifications?limit=1';
    for (const a of apps) {
      for (const p of [baseline, ...pages]) {
        const r = await fetch(a.base + a.path(p), { headers: a.headers });
        const body = await r.text();
        if (r.status !== 200) throw new Error(`${a.label}: ${p} answered ${r.status}`);
        log(`${a.label}: ${p}: ${body.length.toLocaleString('en-GB')} bytes`);
      }
    }
    log(`\nwarm-up: ${WARMUP} s per request, not counted`);
    if (WARMUP > 0) for (const a of apps) for (const p of [baseline, ...pages]) await load(a.base + a.path(p), WARMUP, null, a.headers);
    log(`${TRIALS} trials × ${DURATION} s × ${CONNECTIONS} connections per page; ${loadLine()}`);
    const results = apps.map(() => new Map([[baseline, []], ...pages.map((p) => [p, []])]));
    for (let t = 0; t < TRIALS; t++) {
      for (const p of [baseline, ...pages]) {
        const order = t % 2 ? [...apps.keys()].reverse() : [...apps.keys()];
        for (const i of order) results[i].get(p).push(await load(apps[i].base + apps[i].path(p), DURATION, apps[i].app.pid, apps[i].headers));
      }
    }
    console.log(`\n${loadLine()} at the end`);
    const version = (bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    apps.forEach((a, i) =>
      printTable(apps.length > 1 ? `${a.label} (${checkouts[i][1]}, Node ${version(checkouts[i][4])}):` : '', results[i], baseline),
    );
    if (apps.length > 1) {
      console.log('\nthis checkout − before, server CPU per request, ms: median of the trials’ differences (min / max)');
      console.log('| page | difference | before, median | this checkout, median |');
      console.log('| --- | --- | --- | --- |');
      for (const p of [baseline, ...pages]) {
        const [b, a] = results.map((r) => r.get(p).map((x) => x.cpuUsPerRequest));
        const d = a.map((x, t) => x - b[t]);
        console.log(`| ${p} | ${ms(median(d))} (${ms(Math.min(...d))} / ${ms(Math.max(...d))}) | ${ms(median(b))} | ${ms(median(a))} |`);
      }
    }
    if (VIEWS > 0) await pageViews(apps, pages);
  } finally {
    for (const a of apps) await a.stop();
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
