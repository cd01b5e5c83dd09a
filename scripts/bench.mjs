// `npm run bench`: how fast the reader's side is, in one run on this machine.
// Starts its own throwaway PostgreSQL, migrates and seeds it (the demo fact-check is published),
// builds the app if needed and serves it with scripts/server.mjs (what `npm start` runs). Then, for the reader's page
// /fact-checks/[slug] and the JSON API /api/fact-checks/[slug], it measures requests/s and
// p50/p99 latency under concurrent load with autocannon, and the same against a bare Node `http`
// server (in its own process) returning the same bytes. Reports the ratio.
// Env: BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (default 50), CLAIMDESK_DIST_DIR.
// Flags: --json prints the results as JSON at the end.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
import { migrateDeploy } from './migrate.mjs';
import { buildIfNeeded } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const asJson = process.argv.includes('--json');
const log = (...a) => console.error(...a);

async function freePort(from) {
  for (let p = from; p < from + 200; p++) if (!(await portInUse(p))) return p;
  throw new Error(`no free port from ${from}`);
}

async function waitFor(url, ms = 120_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

function load(url, duration = DURATION) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 }, (err, r) => {
      if (err) return reject(err);
      resolve({
        requestsPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        total: r.requests.total,
        errors: r.errors + r.timeouts + r.non2xx,
      });
    });
  });
}

/** A bare Node http server in its own process, answering every request with `body`. */
async function startBare(body, contentType, dir) {
  const file = path.join(dir, `bare-${Math.random().toString(36).slice(2)}.bin`);
  writeFileSync(file, body);
  const port = await freePort(4300);
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':${JSON.stringify(contentType)},'content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(54360), persistent: false, quiet: true });
  let app = null;
  try {
    await pg.createDatabase('claimdesk_bench');
    const dbUrl = pg.url('claimdesk_bench');
    await migrateDeploy(dbUrl);
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      CLAIMDESK_DIST_DIR: process.env.CLAIMDESK_DIST_DIR || '.next-bench',
    };
    const seed = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], {
      stdio: ['ignore', 2, 2],
      env: { ...env, NODE_ENV: 'development' },
    });
    if (seed.status !== 0) throw new Error('seeding failed');
    buildIfNeeded(env);

    const port = await freePort(3300);
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ['scripts/server.mjs'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', NEXTAUTH_SECRET: 'bench-only-secret', NEXTAUTH_URL: base },
    });
    await waitFor(`${base}/api/fact-checks`);
    const index = await (await fetch(`${base}/api/fact-checks`)).json();
    const slug = index.factChecks[0]?.slug;
    if (!slug) throw new Error('the seed published no fact-check');

    const results = {};
    for (const [name, p] of [
      ['reader page', `/fact-checks/${slug}`],
      ['JSON API', `/api/fact-checks/${slug}`],
    ]) {
      const first = await fetch(base + p); // renders once and fills the route cache
      const res = await fetch(base + p);
      const body = Buffer.from(await res.arrayBuffer());
      log(
        `\n${name} ${p}: ${res.status}, ${body.length} bytes, x-claimdesk-cache ${res.headers.get('x-claimdesk-cache') ?? 'MISS'} (first: ${first.headers.get('x-claimdesk-cache') ?? 'MISS'})`,
      );
      await load(base + p, Math.min(5, DURATION)); // warm-up (JIT, pools), kept out of the numbers
      const next = await load(base + p);
      const bare = await startBare(body, res.headers.get('content-type') ?? 'text/html', dir);
      let bareResult;
      try {
        bareResult = await load(bare.url);
      } finally {
        bare.stop();
      }
      results[name] = { path: p, bytes: body.length, next, bare: bareResult, ratio: next.requestsPerSec / bareResult.requestsPerSec };
    }

    const fmt = (r) =>
      `${r.requestsPerSec.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  errors ${r.errors}  (${r.total} requests)`;
    console.log(
      `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per run, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
    );
    for (const [name, r] of Object.entries(results)) {
      console.log(`\n${name}  ${r.path}  (${r.bytes} bytes)`);
      console.log(`  app          ${fmt(r.next)}`);
      console.log(`  bare http    ${fmt(r.bare)}`);
      console.log(
        `  ratio        ${r.ratio.toFixed(3)}   targets: >= 0.5, p99 < 50 ms, 0 errors -> ${r.ratio >= 0.5 && r.next.p99 < 50 && r.next.errors === 0 ? 'met' : 'NOT met'}`,
      );
    }
    if (asJson) console.log(JSON.stringify(results, null, 2));
  } finally {
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
    }
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`\n✖ ${e?.stack ?? e}`);
  process.exit(1);
});
