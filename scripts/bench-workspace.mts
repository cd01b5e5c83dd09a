// `npm run bench:workspace`: the article workspace page (/articles/[id]) of a 1,000,000-character
// article, in a real Chromium against the production server (scripts/server.mjs), beside the
// demo article's page (a 7,000-character article) as the baseline in the same run.
// A throwaway embedded PostgreSQL is migrated and seeded (demo accounts and article); the long
// article (the seed article repeated and numbered; the seed file is one line, so the text is one
// paragraph of a million characters, the hardest shape to draw) is imported through the real
// data-layer function. For each page: the HTML's size as sent and gzipped, the server's time to
// answer it (request to last byte, no browser), and the time from navigation until the page is
// usable: the text drawn with its claim marks, and a click on the first listed claim showing that
// claim's details. Repeated runs: min / median / max.
// BENCH_TRACE=1 adds a Chromium trace of one navigation (where the main thread's time goes).
// Env: BENCH_RUNS (default 5), CHROMIUM_PATH, CLAIMDESK_DIST_DIR (default .next-bench).
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error plain .mjs helpers without type declarations
import { startBenchApp } from './bench-app.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { loadLine, stats } from './bench-stats.mts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZE = 1_000_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The seed article repeated to `size` characters, numbered so no two copies are alike. The seed file
 * is one line (its paragraphs were lost), so the imported text has no blank line at all.
 */
function longArticle(size: number) {
  const seed = readFileSync('prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt', 'utf8');
  let out = 'A very long article\n\n';
  for (let i = 0; out.length < size; i++) out += seed.replace(/\n\n/g, ` (${i})\n\n`);
  return out.slice(0, size);
}

/** Navigation → text drawn with marks → first listed claim clicked → its details shown. */
const steps: Record<string, number[]> = {};
const step = (name: string, ms: number) => (steps[name] ??= []).push(ms);

async function usable(page: Page, url: string): Promise<number> {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  step('first byte', performance.now() - t0);
  await page.waitForLoadState('domcontentloaded', { timeout: 120_000 });
  step('HTML parsed', performance.now() - t0);
  await page.locator('[data-testid="article-text"] mark').first().waitFor({ timeout: 120_000 });
  step('text drawn', performance.now() - t0);
  const first = page.locator('.claim-list [data-claim-button]').first();
  await first.click({ timeout: 120_000 });
  step('first claim clicked', performance.now() - t0);
  await page.locator('.claim-details dt', { hasText: 'Claimant' }).waitFor({ timeout: 120_000 });
  return performance.now() - t0;
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };

/** BENCH_PROFILE=1: one navigation to `url` under Chromium's CPU profiler; prints where the page's time went. */
async function profile(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await usable(page, url);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.error('CPU profile of one navigation to the long article, self time (ms):');
  for (const [k, ms] of top) console.error(`  ${ms.toFixed(0).padStart(6)}  ${k}`);
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };

/**
 * BENCH_TRACE=1: one navigation to `url` under Chromium's tracing (the timeline DevTools records);
 * prints the renderer main thread's self time by event (parsing, script, style, layout, paint…)
 * and its longest tasks, with when they started. A CPU profile only says "(program)" for these.
 */
async function trace(page: Page, url: string) {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  const t0 = performance.now();
  await usable(page, url);
  const total = performance.now() - t0;
  // A string, not a function: tsx's transform would add helpers the page does not have.
  const dom = await page.evaluate(`(() => {
    const n = (sel) => document.querySelectorAll(sel).length;
    return n('*') + ' elements: ' + n('[data-testid="article-text"] *') + ' in the text (' + n('.text-block') + ' paragraph blocks, ' +
      n('mark') + ' marks), ' + n('.workspace-side *') + ' in the side pane';
  })()`);
  console.error(`DOM when usable: ${dom}`);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      traceEvents.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!main) return console.error('trace: no renderer main thread found');
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's duration minus its children's (events nest on one thread).
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push(e);
  }
  console.error(`Trace of one navigation to the long article (usable after ${(total / 1000).toFixed(2)} s); main thread self time, ms:`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.error(`  ${(us / 1000).toFixed(0).padStart(6)}  ${k}`);
  const start = events[0]!.ts;
  const tasks = events
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 10);
  console.error('Longest tasks (start from the first event, duration, ms; the events inside longer than 20 ms):');
  for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
    const inner = events.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 20_000 && e.name !== 'RunTask');
    console.error(
      `  at ${((t.ts - start) / 1000).toFixed(0).padStart(6)}  ${(t.dur! / 1000).toFixed(0).padStart(5)}  ${inner.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}`).join(', ')}`,
    );
  }
}

async function main() {
  const { base, dbUrl, stop } = await startBenchApp({ name: 'bench-ws', pgPort: 54460, appPort: 3400, ready: '/login' });
  try {
    process.env.DATABASE_URL = dbUrl;
    const { db } = await import('@/lib/db');
    const { importArticle } = await import('@/lib/data/import');
    const { DEMO_ACCOUNTS, DEMO_ARTICLE, DEMO_PASSWORD } = await import('@/prisma/demo');
    const journalist = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
    const demo = await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLE.fields.title }, select: { id: true, plainText: true } });
    const long = await importArticle(journalist.id, { raw: longArticle(SIZE), title: 'A very long article', allowDuplicate: true });
    const counts = await db.claim.groupBy({ by: ['articleId'], where: { articleId: { in: [demo.id, long.id] } }, _count: true });
    const claimsOf = (id: string) => counts.find((c) => c.articleId === id)?._count ?? 0;
    await db.$disconnect();

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(DEMO_ACCOUNTS[0].email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard$/);

    console.log(`workspace page, ${RUNS} runs each after one warm-up; ${loadLine()}`);
    console.log('| article | characters | claims | HTML | HTML gzipped | server: request to last byte | usable after (min / median / max) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, id, chars] of [
      ['demo article (baseline)', demo.id, demo.plainText.length],
      ['long article', long.id, SIZE],
    ] as const) {
      const res = await context.request.get(`/articles/${id}`, { headers: { 'accept-encoding': 'identity' } });
      const html = await res.body();
      if (res.status() !== 200) throw new Error(`/articles/${id} answered ${res.status()}`);
      await usable(page, `/articles/${id}`); // warm-up
      const times: number[] = [];
      const served: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await (await context.request.get(`/articles/${id}`)).body();
        served.push(performance.now() - t0);
        times.push(await usable(page, `/articles/${id}`));
      }
      const t = stats(times);
      const sv = stats(served);
      const breakdown = Object.entries(steps)
        .map(([k, v]) => `${k} ${(stats(v.slice(-RUNS)).median / 1000).toFixed(2)} s`)
        .join(', ');
      for (const k of Object.keys(steps)) delete steps[k];
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      console.log(
        `| ${name} | ${chars.toLocaleString('en')} | ${claimsOf(id)} | ${kb(html.length)} | ${kb(zlib.gzipSync(html).length)} | ` +
          `${sv.min.toFixed(0)} / ${sv.median.toFixed(0)} / ${sv.max.toFixed(0)} ms | ` +
          `${(t.min / 1000).toFixed(2)} / ${(t.median / 1000).toFixed(2)} / ${(t.max / 1000).toFixed(2)} s |`,
      );
      console.error(`  ${name}, medians from navigation: ${breakdown}`);
    }
    if (process.env.BENCH_PROFILE) await profile(page, `/articles/${long.id}`);
    if (process.env.BENCH_TRACE) await trace(page, `/articles/${long.id}`);
    console.log(`\n${loadLine()}`);
    await browser.close();
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
