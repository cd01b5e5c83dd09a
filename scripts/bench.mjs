// `npm run bench`: how fast the reader's side is, in one run on this machine.
// Starts its own throwaway PostgreSQL, migrates and seeds it (the demo fact-check is published),
// builds the app if needed and serves it with scripts/server.mjs (what `npm start` runs). Then, for the reader's page
// /fact-checks/[slug] and the JSON API /api/fact-checks/[slug], it measures requests/s and
// p50/p99 latency under concurrent load with autocannon, and the same against a bare Node `http`
// server (in its own process) returning the same bytes, in alternating trials. Then the page again
// while writes happen (scripts/bench-writer.mts): journalists editing a published claim, and an
// editor publishing a new version every second. Reports min / median / max over the trials.
// Env: BENCH_DURATION (s per run, default 20), BENCH_CONNECTIONS (default 50), BENCH_TRIALS
// (default 3), CLAIMDESK_DIST_DIR. Flags: --json prints the results as JSON at the end.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { startBenchApp } from './bench-app.mjs';
import { CONNECTIONS, DURATION, load, startBare, summary } from './bench-http.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 3);
const asJson = process.argv.includes('--json');
const log = (...a) => console.error(...a);

/** Runs scripts/bench-writer.mts in `mode` for as long as `during()` takes; returns its result and the writes made. */
async function withWriter(env, mode, pauseMs, during) {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench-writer.mts', mode, String(pauseMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...env, NODE_ENV: 'development' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const t0 = Date.now();
  while (!out.includes('ready')) {
    if (child.exitCode !== null || Date.now() - t0 > 60_000) throw new Error(`the ${mode} writer did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const before = out.length;
  try {
    const result = await during();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const { writes, cpuSeconds } = JSON.parse(out.slice(before).trim().split('\n').pop() ?? '{}');
    return { ...result, writes, writerCpuSeconds: cpuSeconds };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function main() {
  const { base, app, env, dir, stop } = await startBenchApp({ name: 'bench', pgPort: 54360, appPort: 3300, ready: '/api/fact-checks' });
  try {
    const index = await (await fetch(`${base}/api/fact-checks`)).json();
    const slug = index.factChecks[0]?.slug;
    if (!slug) throw new Error('the seed published no fact-check');

    const results = {};
    for (const [name, p] of [
      ['reader page', `/fact-checks/${slug}`],
      ['JSON API', `/api/fact-checks/${slug}`],
    ]) {
      const first = await fetch(base + p); // renders once and fills the copy
      const res = await fetch(base + p, { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await res.arrayBuffer());
      log(
        `\n${name} ${p}: ${res.status}, ${body.length} bytes, x-claimdesk-cache ${res.headers.get('x-claimdesk-cache') ?? 'MISS'} (first: ${first.headers.get('x-claimdesk-cache') ?? 'MISS'})`,
      );
      await load(base + p, Math.min(5, DURATION)); // warm-up (JIT, pools), kept out of the numbers
      // The bare server answers gzip bytes, as the app does for these requests.
      const bare = await startBare(zlib.gzipSync(body), res.headers.get('content-type') ?? 'text/html', dir, 'gzip');
      const appRuns = [];
      const bareRuns = [];
      try {
        for (let t = 0; t < TRIALS; t++) {
          appRuns.push(await load(base + p, DURATION, app.pid));
          bareRuns.push(await load(bare.url, DURATION, bare.pid));
        }
      } finally {
        bare.stop();
      }
      const next = summary(appRuns);
      const bareSummary = summary(bareRuns);
      results[name] = { path: p, bytes: body.length, next, bare: bareSummary, ratio: next.requestsPerSec.median / bareSummary.requestsPerSec.median };
    }

    // The page while people work: the baseline again, then with writes, trial by trial.
    const page = base + `/fact-checks/${slug}`;
    const mixed = { 'reads only': [], 'reads + journalist edits': [], 'reads + a new version every second': [] };
    for (let t = 0; t < TRIALS; t++) {
      mixed['reads only'].push(await load(page, DURATION, app.pid));
      mixed['reads + journalist edits'].push(await withWriter(env, 'edit', 50, () => load(page, DURATION, app.pid)));
      mixed['reads + a new version every second'].push(await withWriter(env, 'publish', 1000, () => load(page, DURATION, app.pid)));
    }
    results.mixed = Object.fromEntries(
      Object.entries(mixed).map(([k, runs]) => [
        k,
        { ...summary(runs), writes: runs.map((r) => r.writes ?? 0), writerCpuSeconds: runs.map((r) => r.writerCpuSeconds ?? 0) },
      ]),
    );

    const cpu = (c) => (c ? `  server CPU ${c.median.toFixed(0)} µs/request (${c.min.toFixed(0)}–${c.max.toFixed(0)})` : '');
    const fmt = (r) =>
      `${r.requestsPerSec.median.toFixed(0).padStart(6)} req/s (min ${r.requestsPerSec.min.toFixed(0)}, max ${r.requestsPerSec.max.toFixed(0)})  p99 ${r.p99.median} ms (${r.p99.min}–${r.p99.max})  errors ${r.errors}${cpu(r.cpuUsPerRequest)}`;
    console.log(
      `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per run, ${TRIALS} trials (median, min, max), gzip, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
    );
    for (const name of ['reader page', 'JSON API']) {
      const r = results[name];
      console.log(`\n${name}  ${r.path}  (${r.bytes} bytes)`);
      console.log(`  app          ${fmt(r.next)}`);
      console.log(`  bare http    ${fmt(r.bare)}`);
      console.log(
        `  ratio        ${r.ratio.toFixed(3)}   targets: >= 0.5, p99 < 50 ms, 0 errors -> ${r.ratio >= 0.5 && r.next.p99.median < 50 && r.next.errors === 0 ? 'met' : 'NOT met'}`,
      );
    }
    console.log(`\nreader page while people work`);
    for (const [name, r] of Object.entries(results.mixed)) {
      const writes = `  writes ${r.writes.join('/')}, writer CPU ${r.writerCpuSeconds.map((c) => c.toFixed(1)).join('/')} s`;
      console.log(`  ${name.padEnd(36)} ${fmt(r)}${name === 'reads only' ? '' : writes}`);
    }
    const loads = Object.values(results.mixed).flatMap((r) => r.runs.flatMap((x) => x.load1));
    console.log(`\n1-minute load average during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`);
    if (asJson) console.log(JSON.stringify(results, null, 2));
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(`\n✖ ${e?.stack ?? e}`);
  process.exit(1);
});
