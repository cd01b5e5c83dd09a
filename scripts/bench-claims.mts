// `npm run bench:claims`: the claims list (lib/data/claim-lists.ts) with 200,000 claims.
// A throwaway embedded PostgreSQL gets 4,000 articles × 50 claims in the mix an import leaves
// (most suggested or dismissed, a quarter in the workflow, some with verdicts), then each list
// shape the page offers is timed through the real data-layer function: median and p95 of 30 runs.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain .mjs helpers without type declarations
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
// @ts-expect-error plain .mjs helpers without type declarations
import { migrateDeploy } from './migrate.mjs';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 4000);
const PER_ARTICLE = 50;

async function main() {
  let port = 54400;
  while (await portInUse(port)) port++;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-claims-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, persistent: false, quiet: true });
  try {
    await pg.createDatabase('bench');
    process.env.DATABASE_URL = pg.url('bench');
    await migrateDeploy(process.env.DATABASE_URL);
    const { db } = await import('@/lib/db');
    const { listClaimsPage } = await import('@/lib/data/claim-lists');

    const t0 = Date.now();
    await db.$executeRawUnsafe(`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES
      ('u_ed', 'ed@bench', 'Ed', 'editor', 'x', now()), ('u_jo', 'jo@bench', 'Jo', 'journalist', 'x', now())`);
    await db.$executeRawUnsafe(`INSERT INTO articles (id, title, raw_input, plain_text, text_hash, imported_by_id, updated_at)
      SELECT 'a' || g, 'Article ' || g, 'x', repeat('Sentence. ', ${PER_ARTICLE}), md5(g::text), 'u_jo', now()
      FROM generate_series(1, ${ARTICLES}) g`);
    // Status mix: 60% suggested, 15% dismissed, 10% open, 7% researching, 3% in review, 5% ruled.
    await db.$executeRawUnsafe(`INSERT INTO claims (id, article_id, start, "end", text, score, status, assignee_id, updated_at, created_at)
      SELECT 'c' || a || '_' || s, 'a' || a, s * 10, s * 10 + 9, 'Sentence.', random(),
        (CASE WHEN r < 0.60 THEN 'suggested' WHEN r < 0.75 THEN 'dismissed' WHEN r < 0.85 THEN 'open'
              WHEN r < 0.92 THEN 'researching' WHEN r < 0.95 THEN 'in_review' ELSE 'ruled' END)::"ClaimStatus",
        CASE WHEN r >= 0.85 THEN (CASE WHEN random() < 0.5 THEN 'u_jo' ELSE 'u_ed' END) END,
        now() - (random() * interval '365 days'), now()
      FROM generate_series(1, ${ARTICLES}) a, generate_series(0, ${PER_ARTICLE - 1}) s, LATERAL (SELECT random() + 0 * a * s AS r) x`);
    await db.$executeRawUnsafe(`INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id)
      SELECT 'v' || id, id, 'ruled', (ARRAY['true','mostly_true','mixed','misleading','mostly_false','false','unverified'])[1 + floor(random() * 7)]::"Rating", 'x', true, 'u_ed'
      FROM claims WHERE status IN ('in_review', 'ruled')`);
    await db.$executeRawUnsafe('ANALYZE');
    const counts = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM claims');
    console.log(`seeded ${counts[0]!.n} claims in ${ARTICLES} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // A cursor deep in the list: follow 40 pages (2,000 claims) of the default list.
    let deep: string | null = null;
    for (let i = 0; i < 40; i++) deep = (await listClaimsPage('u_ed', deep ? { after: deep } : {})).next;

    const cases: [string, Record<string, string>][] = [
      ['default list, first page (active statuses, recently updated)', {}],
      ['default list, page 41 (cursor after 2,000 claims)', { after: deep! }],
      ['status = ruled', { status: 'ruled' }],
      ['assigned to me', { assignee: 'me' }],
      ['sorted by check-worthiness', { sort: 'score' }],
      ['latest rating = False', { rating: 'false_' }],
      ['one article', { article: 'a1234' }],
    ];
    console.log(`\nlistClaimsPage, 50 claims a page, 30 runs each (ms):`);
    for (const [label, q] of cases) {
      const times: number[] = [];
      let n = 0;
      for (let i = 0; i < 32; i++) {
        const s = performance.now();
        n = (await listClaimsPage('u_ed', q)).claims.length;
        if (i >= 2) times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${label.padEnd(62)} median ${times[15]!.toFixed(1).padStart(6)}  p95 ${times[28]!.toFixed(1).padStart(6)}  (${n} rows)`);
    }
    await db.$disconnect();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
