// `npm run bench:import`: importing a 1,000,000-character article end to end through the real
// data-layer function (lib/data/import.ts importArticle: validation, permission, extraction on the
// worker thread, the one transaction with its bulk inserts), in a throwaway embedded PostgreSQL.
//
// The imports run in a separate plain `node` process that holds what a server holds for an
// import and nothing else: the app's data layer (Prisma, pg, the extraction pool), bundled with
// esbuild so that neither tsx nor this script's own copies of the article count. That process
// measures, per import: its resident memory just before, and over the import and the second
// after it (when lib/memory.ts collects the import's garbage) its peak resident memory (the
// kernel's high-water mark, VmHWM, reset before each import, worker threads included) and the
// longest stall of its event loop (a 2 ms timer). Next's and React's own code are not
// in it (see docs/benchmarks.md). In this process, as baselines: the extractor alone on this
// thread (what any import must spend), the stall that extracting on the thread would cause, the
// machine's own timer noise, and the worker's overhead on a small article. Env: BENCH_RUNS (5),
// BENCH_SERVER_ARGS (node options for the import process, e.g. `--cpu-prof`).
//
// Then the same article through the production server itself (scripts/bench-app.mjs:
// scripts/server.mjs, Next and React included, on its own throwaway PostgreSQL): signed in as the
// demo editor, one warm-up import and BENCH_RUNS more through POST /api/articles (which also reads
// the claims back and answers with them), each reporting the server's resident memory just
// before, its peak during the import and the second after it (VmHWM, reset before each) and just
// after, and the slowest answer of GET /api/health asked every 20 ms meanwhile. Baselines in the same run: the server's
// memory once signed in and warmed (the import page visited, before any import), and the slowest
// /api/health answer over as long with nothing else running. BENCH_SERVER=0 skips this part.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error plain .mjs helpers without type declarations
import { startBenchApp } from './bench-app.mjs';
import { withBenchDatabase } from './bench-db.mts';
// @ts-expect-error plain .mjs helpers without type declarations
import { monitorHealth, signIn } from './soak-clients.mjs';
import { SERVER_V8_FLAGS, serverProcessEnv } from './server-env.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZE = 1_000_000;
const SEED_FILE = 'prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt';
const seed = readFileSync(SEED_FILE, 'utf8');

/** The seed article (one line: its paragraphs were lost) repeated to `size` characters, numbered so no two copies are alike. */
function article(size: number, marker: string) {
  let out = `${marker}\n\n`;
  for (let i = 0; out.length < size; i++) out += seed.replace(/\n\n/g, ` (${i})\n\n`);
  return out.slice(0, size);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const stats = (ms: number[]) => {
  const s = sorted(ms);
  return `min ${s[0]!.toFixed(0)} ms, median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s[s.length - 1]!.toFixed(0)} ms`;
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const mbStats = (bs: number[]) => {
  const s = sorted(bs);
  return `min ${mb(s[0]!)}, median ${mb(s[s.length >> 1]!)}, max ${mb(s[s.length - 1]!)}`;
};

/** Runs `fn`, timing it and the longest gap between ticks of a 2 ms timer on this thread meanwhile. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; stall: number; value: T }> {
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 2);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  await new Promise((resolve) => setTimeout(resolve, 5)); // a stall shows when the timer runs again
  clearInterval(tick);
  return { ms, stall, value };
}

// The import process. Plain JavaScript once bundled: everything under @/ is bundled, packages are
// loaded from node_modules as a server loads its external packages. It prints one JSON line per
// import ({ ms, stall, before, peak, claims }) and a first line with its memory once started.
const SERVER_SOURCE = `
import { readFileSync, writeFileSync } from 'node:fs';
import { db } from '@/lib/db';
import { importArticle } from '@/lib/data/import';
import { extractOffThread } from '@/lib/jobs/extraction-pool';

const status = () => readFileSync('/proc/self/status', 'utf8');
const kb = (field) => Number(new RegExp(field + ':\\\\s+(\\\\d+)').exec(status())[1]) * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seed = readFileSync(${JSON.stringify(SEED_FILE)}, 'utf8');
${article.toString()}

// Before anyone imports, a server has answered other requests (the sign-in at least): Prisma's
// first query loads its query compiler (WebAssembly), a pause of its own, timed here apart.
const first = performance.now();
await db.user.findFirst({ select: { id: true } });
const firstQuery = performance.now() - first;
await extractOffThread(seed, 'preview'); // the import page starts the worker thread
await sleep(1000);
console.log(JSON.stringify({ started: process.memoryUsage.rss(), firstQuery }));
const raw = article(${SIZE}, 'Benchmark ' + Date.now()); // the request's body
const user = process.env.BENCH_USER;
for (let i = 0; i <= Number(process.env.BENCH_RUNS); i++) {
  await sleep(1000);
  const mem = process.memoryUsage();
  const before = mem.rss;
  writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current resident size
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 2);
  await sleep(5);
  const t = performance.now();
  let saving = 0;
  const saved = await importArticle(user, { raw, title: 'Bench ' + i, allowDuplicate: true }, (phase) => {
    if (phase === 'saving') saving = performance.now();
  });
  const ms = performance.now() - t;
  const extract = saving - t;
  await sleep(1000); // the second after counts too: lib/memory.ts collects the import's garbage then
  clearInterval(tick);
  console.log(JSON.stringify({ run: i, ms, extract, stall, before, peak: kb('VmHWM'), claims: saved.claimCount, heapUsed: mem.heapUsed, heapTotal: mem.heapTotal, external: mem.external }));
}
process.exit(0);
`;

/** Bundles SERVER_SOURCE into node_modules/.cache (so that its packages resolve) and returns the file. */
async function bundleServer(): Promise<string> {
  const dir = path.resolve('node_modules/.cache/claimdesk-bench-import');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'server.mjs');
  await build({
    stdin: { contents: SERVER_SOURCE, resolveDir: process.cwd(), loader: 'js', sourcefile: 'bench-import-server.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    conditions: ['react-server'],
    tsconfig: 'tsconfig.json',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

type Run = {
  run: number;
  ms: number;
  extract: number;
  stall: number;
  before: number;
  peak: number;
  claims: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
};

/** Runs the import process to its end; its runs, the warm-up first. */
function runServer(file: string, env: Record<string, string>): Promise<{ started: number; firstQuery: number; runs: Run[] }> {
  return new Promise((resolve, reject) => {
    const extra = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []; // e.g. --cpu-prof
    const child = spawn(process.execPath, ['--conditions=react-server', SERVER_V8_FLAGS, ...extra, file], {
      env: serverProcessEnv({ ...process.env, ...env }), // started as scripts/start.mjs starts the server
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the import process exited with ${code}:\n${out}`));
      const lines = out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      const { started, firstQuery } = lines.find((l) => 'started' in l);
      resolve({ started, firstQuery, runs: lines.filter((l) => 'run' in l) });
    });
  });
}

async function main() {
  console.log(`load average at the start (cat /proc/loadavg): ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  await withBenchDatabase('bench-import', 54450, async (url) => {
    const { db } = await import('@/lib/db');
    const { extractOffThread } = await import('@/lib/jobs/extraction-pool');
    const { extractArticle } = await import('@/lib/extraction');
    const user = await db.user.create({ data: { email: 'bench@bench', name: 'Bench', role: 'journalist', passwordHash: 'x' }, select: { id: true } });

    const raw = article(SIZE, `Benchmark ${Date.now()}`);
    const claims = extractArticle(raw).claims.length;
    console.log(`input: ${raw.length.toLocaleString('en')} characters, ${claims.toLocaleString('en')} sentences; ${RUNS} runs after a warm-up`);

    const server = await runServer(await bundleServer(), { DATABASE_URL: url, BENCH_USER: user.id, BENCH_RUNS: String(RUNS) });
    const loadAfterImports = readFileSync('/proc/loadavg', 'utf8').trim();
    for (const r of server.runs) if (r.claims !== claims) throw new Error(`saved ${r.claims} claims, expected ${claims}`);
    const runs = server.runs.slice(1); // after the warm-up

    await extractOffThread(seed, 'preview'); // starts this process's worker thread, for the small-article baseline
    const inline: number[] = [];
    const inlineStalls: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const r = await timed(() => extractArticle(raw));
      if (i === 0) continue;
      inline.push(r.ms);
      inlineStalls.push(r.stall);
    }
    // What the same timer sees with nothing running here: the machine's own scheduling noise.
    const idle: number[] = [];
    for (let i = 0; i < RUNS; i++) idle.push((await timed(() => new Promise((resolve) => setTimeout(resolve, 1000)))).stall);
    const small = { worker: [] as number[], inline: [] as number[] };
    for (let i = 0; i < 200; i++) {
      small.worker.push((await timed(() => extractOffThread(seed, 'rows'))).ms);
      small.inline.push((await timed(() => extractArticle(seed))).ms);
    }

    console.log(`\nIn the import process (plain node, the app's data layer bundled; warm-up excluded):`);
    console.log(`importArticle, 1,000,000 characters, end to end:        ${stats(runs.map((r) => r.ms))}`);
    console.log(`… of it, validation and extraction (until 'saving'):   ${stats(runs.map((r) => r.extract))}`);
    console.log(`… of it, the transaction:                              ${stats(runs.map((r) => r.ms - r.extract))}`);
    console.log(`longest stall of its thread, the import and 1 s after:    ${stats(runs.map((r) => r.stall))}`);
    const w = server.runs[0]!;
    console.log(`its first query after start (Prisma loads its compiler): ${server.firstQuery.toFixed(0)} ms`);
    console.log(`its first import after start (the warm-up):            ${w.ms.toFixed(0)} ms, stall ${w.stall.toFixed(0)} ms, peak ${mb(w.peak)}`);
    console.log(`its resident memory once started (worker running):     ${mb(server.started)}`);
    console.log(`its resident memory just before an import:             ${mbStats(runs.map((r) => r.before))}`);
    console.log(`its peak resident memory during an import (VmHWM):     ${mbStats(runs.map((r) => r.peak))}`);
    console.log(`… peak minus the memory just before, per import:       ${mbStats(runs.map((r) => r.peak - r.before))}`);
    console.log(
      `per run (ms / stall ms / before MB / peak MB): ${server.runs
        .map(
          (r) =>
            `${r.run === 0 ? 'warm-up ' : ''}${r.ms.toFixed(0)}/${r.stall.toFixed(0)}/${mb(r.before).replace(' MB', '')}/${mb(r.peak).replace(' MB', '')}`,
        )
        .join(', ')}`,
    );
    console.log(
      `… of it just before each import, heapUsed/heapTotal/external MB: ${server.runs.map((r) => [r.heapUsed, r.heapTotal, r.external].map((b) => (b / 1048576).toFixed(0)).join('/')).join(', ')}`,
    );
    console.log(`load average after the imports: ${loadAfterImports}`);
    console.log(`\nBaselines, in this process:`);
    console.log(`extractArticle alone, on this thread:                   ${stats(inline)}`);
    console.log(`longest stall when extracting on this thread instead:  ${stats(inlineStalls)}`);
    console.log(`longest stall while idle for 1 s (the machine's own noise): ${stats(idle)}`);
    console.log(
      `seed article (${seed.length.toLocaleString('en')} chars), 200 runs: worker ${stats(small.worker)}; in-thread ${stats(small.inline)}`,
    );
    console.log(`articles saved: ${await db.article.count()}, claims saved: ${(await db.claim.count()).toLocaleString('en')}`);
    await db.$disconnect();
    if (process.env.BENCH_SERVER !== '0') await serverImports(claims);
    console.log(`load average at the end (cat /proc/loadavg): ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  });
}

/** The server's resident memory (or its high-water mark) in bytes, from /proc. */
const procBytes = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/**
 * Runs `fn` while GET /api/health is asked every 20 ms, and for a second after it (what an import
 * leaves to do: lib/memory.ts collects its garbage shortly after); the slowest answer meanwhile.
 */
async function withHealthProbe<T>(base: string, fn: () => Promise<T>): Promise<{ value: T; slowest: number; asked: number }> {
  let done = false;
  const probe: Promise<{ status: number | string; ms: number }[]> = monitorHealth({ base, everyMs: 20, until: () => done, clock: () => 0 });
  let value: T;
  try {
    value = await fn();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  } finally {
    done = true;
  }
  const answers = await probe;
  const failed = answers.find((a) => a.status !== 200);
  if (failed) throw new Error(`GET /api/health answered ${failed.status} during the import`);
  return { value, slowest: Math.max(...answers.map((a) => a.ms)), asked: answers.length };
}

/** The production server's side: the same article through POST /api/articles (see the header). */
async function serverImports(claims: number) {
  const started = await startBenchApp({ name: 'bench-import', pgPort: 54470, appPort: 3470, ready: '/api/health' });
  try {
    const pid = started.app.pid as number;
    const cookie = await signIn(started.base, 'editor@claimdesk.test', 'claimdesk');
    await (await fetch(`${started.base}/articles/new`, { headers: { cookie } })).arrayBuffer(); // starts the extraction thread
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const warmed = procBytes(pid, 'VmRSS');
    const idle = await withHealthProbe(started.base, () => new Promise((resolve) => setTimeout(resolve, 1000))); // 2 s with the second after
    type ServerRun = { ms: number; before: number; peak: number; after: number; slowest: number };
    const runs: ServerRun[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const body = JSON.stringify({ raw: article(SIZE, `Server benchmark ${Date.now()} ${i}`), title: `Server benchmark ${i}` });
      const before = procBytes(pid, 'VmRSS');
      writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current resident size
      const r = await withHealthProbe(started.base, async () => {
        const t = performance.now();
        const res = await fetch(`${started.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
        const json = (await res.json()) as { claims?: unknown[] };
        if (res.status !== 201 || json.claims?.length !== claims)
          throw new Error(`import ${i}: ${res.status}, ${json.claims?.length} claims, expected ${claims}`);
        return performance.now() - t;
      });
      runs.push({ ms: r.value, before, peak: procBytes(pid, 'VmHWM'), after: procBytes(pid, 'VmRSS'), slowest: r.slowest });
    }
    const counted = runs.slice(1);
    console.log(`\nThe production server (scripts/server.mjs), POST /api/articles, ${RUNS} imports after a warm-up:`);
    console.log(`request, 1,000,000 characters, end to end:             ${stats(counted.map((r) => r.ms))}`);
    console.log(`its resident memory just before an import:             ${mbStats(counted.map((r) => r.before))}`);
    console.log(`its peak resident memory, the import and 1 s after:  ${mbStats(counted.map((r) => r.peak))}`);
    console.log(`its resident memory just after:                        ${mbStats(counted.map((r) => r.after))}`);
    console.log(`slowest /api/health answer, the import and 1 s after: ${stats(counted.map((r) => r.slowest))}`);
    console.log(
      `per run (ms / slowest health ms / before / peak / after MB): ${runs
        .map(
          (r, i) =>
            `${i === 0 ? 'warm-up ' : ''}${[r.ms, r.slowest].map((x) => x.toFixed(0)).join('/')}/${[r.before, r.peak, r.after].map((b) => (b / 1048576).toFixed(0)).join('/')}`,
        )
        .join(', ')}`,
    );
    console.log(`baseline: its resident memory once signed in and warmed, before any import: ${mb(warmed)}`);
    console.log(`baseline: slowest /api/health answer over 2 s with no import (${idle.asked} asked): ${idle.slowest.toFixed(0)} ms`);
    console.log(`load average after the server's imports: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  } finally {
    await started.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
