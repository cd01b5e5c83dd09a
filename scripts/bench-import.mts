// `npm run bench:import`: importing a 1,000,000-character article end to end through the real
// data-layer function (lib/data/import.ts importArticle: validation, permission, extraction on the
// worker thread, the one transaction with its bulk inserts), in a throwaway embedded PostgreSQL.
// In the same run, as baselines: the extractor alone on this thread (what any import must spend),
// the server thread's longest stall while an import runs (worker vs extracting in-thread), and the
// worker's overhead on a small article. Env: BENCH_RUNS (5).
import { readFileSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain .mjs helpers without type declarations
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
// @ts-expect-error plain .mjs helpers without type declarations
import { migrateDeploy } from './migrate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZE = 1_000_000;
const seed = readFileSync('prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt', 'utf8');

/** The seed article's paragraphs repeated to `size` characters, numbered so no two are alike. */
function article(size: number, marker: string) {
  let out = `${marker}\n\n`;
  for (let i = 0; out.length < size; i++) out += seed.replace(/\n\n/g, ` (${i})\n\n`);
  return out.slice(0, size);
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(0)} ms, median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s[s.length - 1]!.toFixed(0)} ms`;
};

/**
 * Runs `fn`, timing it and the longest gap between ticks of a 2 ms timer on this thread meanwhile,
 * and the process's peak resident memory (worker threads included) sampled on the same ticks.
 */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; stall: number; rss: number; value: T }> {
  let last = performance.now();
  let stall = 0;
  let rss = process.memoryUsage.rss();
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    rss = Math.max(rss, process.memoryUsage.rss());
  }, 2);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  await new Promise((resolve) => setTimeout(resolve, 5)); // a stall shows when the timer runs again
  clearInterval(tick);
  return { ms, stall, rss: Math.max(rss, process.memoryUsage.rss()), value };
}

async function main() {
  let port = 54450;
  while (await portInUse(port)) port++;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-import-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, persistent: false, quiet: true });
  try {
    await pg.createDatabase('bench');
    process.env.DATABASE_URL = pg.url('bench');
    await migrateDeploy(process.env.DATABASE_URL);
    const { db } = await import('@/lib/db');
    const { importArticle } = await import('@/lib/data/import');
    const { extractOffThread } = await import('@/lib/jobs/extraction-pool');
    const { extractArticle } = await import('@/lib/extraction');
    const user = await db.user.create({ data: { email: 'bench@bench', name: 'Bench', role: 'journalist', passwordHash: 'x' }, select: { id: true } });

    const raw = article(SIZE, `Benchmark ${Date.now()}`);
    const claims = extractArticle(raw).claims.length;
    console.log(`input: ${raw.length.toLocaleString('en')} characters, ${claims.toLocaleString('en')} sentences; ${RUNS} runs after a warm-up`);
    await extractOffThread(seed, 'preview'); // starts the worker thread, as the first import of a server does

    const imports: number[] = [];
    const stalls: number[] = [];
    const peaks: number[] = [];
    const rssBefore = process.memoryUsage.rss();
    for (let i = 0; i <= RUNS; i++) {
      const r = await timed(() => importArticle(user.id, { raw, title: `Bench ${i}`, allowDuplicate: true }));
      if (r.value.claimCount !== claims) throw new Error(`saved ${r.value.claimCount} claims, expected ${claims}`);
      if (i === 0) continue; // warm-up
      imports.push(r.ms);
      stalls.push(r.stall);
      peaks.push(r.rss);
    }
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

    console.log(`\nimportArticle, 1,000,000 characters, end to end:        ${stats(imports)}`);
    console.log(`baseline: extractArticle alone, on this thread:         ${stats(inline)}`);
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
    const p = [...peaks].sort((a, b) => a - b);
    console.log(
      `peak resident memory of this process during an import:  min ${mb(p[0]!)}, median ${mb(p[p.length >> 1]!)}, max ${mb(p[p.length - 1]!)} (before the first import: ${mb(rssBefore)})`,
    );
    console.log(`longest stall of this thread during an import:         ${stats(stalls)}`);
    console.log(`longest stall when extracting on this thread instead:  ${stats(inlineStalls)}`);
    console.log(`longest stall while idle for 1 s (the machine's own noise): ${stats(idle)}`);
    console.log(
      `seed article (${seed.length.toLocaleString('en')} chars), 200 runs: worker ${stats(small.worker)}; in-thread ${stats(small.inline)}`,
    );
    console.log(`articles saved: ${await db.article.count()}, claims saved: ${(await db.claim.count()).toLocaleString('en')}`);
    console.log(`load average (cat /proc/loadavg): ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    await db.$disconnect();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
