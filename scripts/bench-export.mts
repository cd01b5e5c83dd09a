// `npm run bench:export`: the streamed claims export (GET /api/export/claims.csv and .json) over a
// large desk, measuring what issue 14 asks: that memory stays flat however many claims go out.
// A throwaway embedded PostgreSQL gets BENCH_EXPORT_CLAIMS claims (default 1,000,000; 50 per
// article, every claim with two sources and a note, a fifth with a verdict), then each format is
// exported BENCH_EXPORT_RUNS times (default 3) through the route's own code (app/api/export/
// respond.ts: data layer, cursor, formatter, web stream), read to the end by a consumer that keeps
// nothing. Per run: rows, bytes, time, and the peak growth of RSS and of the JS heap over the level
// just before the run, sampled every 10 ms and at every chunk, and the heap still held after a
// full GC at the end (--expose-gc). Min / median / max over the runs. Last, a buffered baseline.
// tests/integration/export.test.ts uses the same seed and measurement at 120,000 claims.
import { loadLine, stats } from './bench-stats.mts';
import type { DbClient } from '@/lib/db';

const PER_ARTICLE = 50;
const MB = 1024 * 1024;

/**
 * `claims` claims for the export to carry, written by set-based SQL (seconds per 100,000): claim
 * text ~250 characters, two sources and one note each, a proposal on every fifth. Returns the
 * editor's user id (u_xe), who exports. Claims are all `open`, so the default list holds them all.
 */
export async function seedExportSet(db: Pick<DbClient, '$executeRawUnsafe'>, claims: number): Promise<string> {
  const articles = Math.ceil(claims / PER_ARTICLE);
  await db.$executeRawUnsafe(`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES
    ('u_xe', 'xe@bench', 'Editor Bench', 'editor', 'x', now()), ('u_xj', 'xj@bench', 'Journalist Bench', 'journalist', 'x', now())
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`INSERT INTO articles (id, title, raw_input, plain_text, text_hash, imported_by_id, updated_at)
    SELECT 'xa' || g, 'Export benchmark article number ' || g, 'x', repeat('Sentence. ', ${PER_ARTICLE}), md5('xa' || g), 'u_xj', now()
    FROM generate_series(1, ${articles}) g`);
  // Numbered here (each article's claims 1, 2, 3…): a claim inserted without one takes the next from its article row, one update per row.
  await db.$executeRawUnsafe(`INSERT INTO claims (id, article_id, number, start, "end", text, claimant, status, assignee_id, updated_at, created_at)
    SELECT 'xc' || n, 'xa' || (1 + (n - 1) / ${PER_ARTICLE}), 1 + (n - 1) % ${PER_ARTICLE}, ((n - 1) % ${PER_ARTICLE}) * 10, ((n - 1) % ${PER_ARTICLE}) * 10 + 9,
      'Claim ' || n || ': ' || repeat('the ministry said exports grew by twenty-seven per cent last year, ', 4),
      'Speaker ' || (n % 97), 'open', CASE WHEN n % 3 = 0 THEN 'u_xj' END, now() - (n || ' seconds')::interval, now()
    FROM generate_series(1, ${claims}) n`);
  await db.$executeRawUnsafe(`INSERT INTO sources (id, claim_id, url, title, type, stance, archive_url, added_by_id, updated_at)
    SELECT 'xs' || n || '_' || k, 'xc' || n, 'https://example.org/reports/' || n || '/' || k, 'Statistics office release ' || n || '-' || k,
      (CASE WHEN k = 1 THEN 'dataset' ELSE 'official_statement' END)::"SourceType", (CASE WHEN k = 1 THEN 'contradicts' ELSE 'context' END)::"Stance",
      'https://archive.test/' || n || '/' || k, 'u_xj', now()
    FROM generate_series(1, ${claims}) n, generate_series(1, 2) k`);
  await db.$executeRawUnsafe(`INSERT INTO notes (id, claim_id, author_id, body)
    SELECT 'xn' || n, 'xc' || n, 'u_xj', 'Called the statistics office; they will send the series by Friday. Claim ' || n || '.'
    FROM generate_series(1, ${claims}) n`);
  await db.$executeRawUnsafe(`INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id)
    SELECT 'xv' || n, 'xc' || n, 'proposed', 'mostly_false', 'The series shows 20 per cent, not 27.', true, 'u_xj'
    FROM generate_series(5, ${claims}, 5) n`);
  await db.$executeRawUnsafe('ANALYZE');
  return 'u_xe';
}

export type ExportMeasure = {
  bytes: number;
  lines: number;
  ms: number;
  peakRssDelta: number;
  peakHeapDelta: number;
  /** Heap growth still there after a full GC at the end (only with node --expose-gc): what the run kept, not its garbage. */
  retainedHeapDelta?: number;
};

/** A full collection when node runs with --expose-gc (the benchmark does; vitest does not). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Reads a response body to the end, keeping nothing but counts, while sampling memory: the peak
 * RSS and heap over their levels at the start. `lines` counts CRLF (a CSV record's end; cells hold
 * bare LF only).
 */
export async function measureExport(open: () => Promise<Response>): Promise<ExportMeasure> {
  collect();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  let bytes = 0;
  let lines = 0;
  let lastCr = false;
  try {
    const res = await open();
    if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
    const reader = res.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const chunk = r.value;
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 10 && (i > 0 ? chunk[i - 1] === 13 : lastCr)) lines++;
      }
      lastCr = chunk[chunk.length - 1] === 13;
      sample();
    }
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - t0;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const retainedHeapDelta = gc ? process.memoryUsage().heapUsed - base.heapUsed : undefined;
  return { bytes, lines, ms, peakRssDelta: peakRss - base.rss, peakHeapDelta: peakHeap - base.heapUsed, retainedHeapDelta };
}

/**
 * The baseline a streamed export is measured against: the same statement read whole (what
 * `$queryRaw` or a plain `client.query` does), every row mapped, the whole CSV built as one string,
 * as a buffered route would. `limit` caps the rows (the whole set could exhaust the heap).
 */
export async function measureBuffered(url: string, actorId: string, limit: number): Promise<ExportMeasure> {
  const [{ default: pg }, { claimExportSql }, { csvColumns, csvRecord, guardFormula }, { toExportClaim }, { ZClaimListQuerySchema }, { stringify }] =
    await Promise.all([
      import('pg'),
      import('@/lib/data/export'),
      import('@/lib/export/csv'),
      import('@/lib/export/rows'),
      import('@/lib/validation/claim-lists'),
      import('csv-stringify/sync'),
    ]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql = claimExportSql(ZClaimListQuerySchema.parse({}), actorId, true);
  collect();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  try {
    const { rows } = await client.query(`${sql.text} LIMIT ${Number(limit)}`, sql.values);
    sample();
    const text = stringify(
      rows.map((r) => csvRecord(toExportClaim(r, true))),
      { header: true, bom: true, columns: csvColumns(true), record_delimiter: 'windows', cast: { string: guardFormula } },
    );
    sample();
    return {
      bytes: Buffer.byteLength(text),
      lines: rows.length + 1,
      ms: performance.now() - t0,
      peakRssDelta: peakRss - base.rss,
      peakHeapDelta: peakHeap - base.heapUsed,
    };
  } finally {
    clearInterval(timer);
    await client.end();
  }
}

const mb = (n: number) => (n / MB).toFixed(1);
const spread = (xs: number[], f: (n: number) => string) => {
  const s = stats(xs);
  return `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
};

async function main() {
  // Imported here, not at the top: the integration test imports this module for its seed and measurement.
  const { withBenchDatabase } = await import('./bench-db.mts');
  const claims = Number(process.env.BENCH_EXPORT_CLAIMS ?? 1_000_000);
  const runs = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
  await withBenchDatabase('bench-export', 54460, async (url: string) => {
    const { db } = await import('@/lib/db');
    const { exportResponse } = await import('@/app/api/export/respond');
    const { closeExportPool } = await import('@/lib/data/export');

    const t0 = Date.now();
    const editor = await seedExportSet(db, claims);
    console.log(`seeded ${claims} claims (2 sources and a note each) in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${loadLine()}`);
    console.log(`\n${runs} runs per format, command: npm run bench:export (BENCH_EXPORT_CLAIMS=${claims})`);
    console.log(`| format | rows | MB written | time (s) | rows/s | peak RSS growth (MB) | peak heap growth (MB) | heap kept after GC (MB) |`);
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const format of ['csv', 'json'] as const) {
      const results: ExportMeasure[] = [];
      for (let i = 0; i < runs; i++) {
        const req = new Request(`http://bench.local/api/export/claims.${format}`);
        results.push(await measureExport(() => exportResponse(req, format, editor)));
      }
      const rows = format === 'csv' ? results[0]!.lines - 1 : claims;
      console.log(
        `| ${format} (min / median / max of ${runs}) | ${rows} | ${spread(
          results.map((r) => r.bytes),
          mb,
        )} | ${spread(
          results.map((r) => r.ms),
          (n) => (n / 1000).toFixed(1),
        )} | ${spread(
          results.map((r) => claims / (r.ms / 1000)),
          (n) => n.toFixed(0),
        )} | ${spread(
          results.map((r) => r.peakRssDelta),
          mb,
        )} | ${spread(
          results.map((r) => r.peakHeapDelta),
          mb,
        )} | ${
          results[0]?.retainedHeapDelta === undefined
            ? '—'
            : spread(
                results.map((r) => r.retainedHeapDelta ?? 0),
                mb,
              )
        } |`,
      );
    }
    const bufferedRows = Math.min(claims, Number(process.env.BENCH_EXPORT_BUFFERED_ROWS ?? 100_000));
    const b = await measureBuffered(url, editor, bufferedRows);
    console.log(
      `| baseline: buffered CSV (whole result, one string), 1 run | ${b.lines - 1} | ${mb(b.bytes)} | ${(b.ms / 1000).toFixed(1)} | ` +
        `${(bufferedRows / (b.ms / 1000)).toFixed(0)} | ${mb(b.peakRssDelta)} | ${mb(b.peakHeapDelta)} | — |`,
    );
    console.log(`\n${loadLine()}`);
    await closeExportPool();
    await db.$disconnect();
  });
}

if (process.argv[1]?.endsWith('bench-export.mts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
