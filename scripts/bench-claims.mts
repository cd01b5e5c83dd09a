// `npm run bench:claims`: the claims list (lib/data/claim-lists.ts) at 1,000,000 claims.
// A throwaway embedded PostgreSQL gets 20,000 articles × 50 claims in the mix imports leave
// (most suggested or dismissed, a quarter in the workflow, verdicts on those in review or ruled
// and on some sent back), then EVERY filter combination the /claims page offers (status × assignee
// × rating × article × sort: 896 lists) is fetched through the real data-layer function.
//  1. Screening: each combination 5 times; the slowest run of each is kept.
//  2. The 15 slowest combinations, and the shapes named in issue 15, 30 times each, beside the
//     same statement sent bare through the driver (the baseline) and, for the rating filter, the
//     old correlated-subquery statement: min / median / p95 / max.
// Options (environment): BENCH_ARTICLES (default 20000), BENCH_WRITE=1 to print only.
import { withBenchDatabase } from './bench-db.mts';
import { loadLine, stats, type Stats } from './bench-stats.mts';
import type { db as client } from '@/lib/db';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20000);
const PER_ARTICLE = 50;
const PEOPLE = ['u_ed', 'u_j1', 'u_j2', 'u_j3', 'u_j4', 'u_j5', 'u_j6'];

type Q = Record<string, string>;

export async function seed(db: typeof client) {
  await db.$executeRawUnsafe(`INSERT INTO users (id, email, name, role, password_hash, updated_at)
    SELECT id, id || '@bench', 'Person ' || id, (CASE WHEN id = 'u_ed' THEN 'editor' ELSE 'journalist' END)::"Role", 'x', now()
    FROM unnest(ARRAY[${PEOPLE.map((p) => `'${p}'`).join(',')}]) id`);
  await db.$executeRawUnsafe(`INSERT INTO articles (id, title, raw_input, plain_text, text_hash, imported_by_id, updated_at)
    SELECT 'a' || g, 'Article ' || g, 'x', repeat('Sentence. ', ${PER_ARTICLE}), md5(g::text), 'u_j1', now()
    FROM generate_series(1, ${ARTICLES}) g`);
  // Status mix: 60% suggested, 15% dismissed, 10% open, 7% researching, 3% in review, 5% ruled.
  // Claims in the workflow past "open" are assigned to one of the seven people.
  // Numbered here: a claim inserted without a number takes the next from its article row, one update per row.
  await db.$executeRawUnsafe(`INSERT INTO claims (id, article_id, number, start, "end", text, score, status, assignee_id, updated_at, created_at)
    SELECT 'c' || a || '_' || s, 'a' || a, s + 1, s * 10, s * 10 + 9, 'Sentence.', random(),
      (CASE WHEN r < 0.60 THEN 'suggested' WHEN r < 0.75 THEN 'dismissed' WHEN r < 0.85 THEN 'open'
            WHEN r < 0.92 THEN 'researching' WHEN r < 0.95 THEN 'in_review' ELSE 'ruled' END)::"ClaimStatus",
      CASE WHEN r >= 0.85 THEN (ARRAY[${PEOPLE.map((p) => `'${p}'`).join(',')}])[1 + floor(random() * ${PEOPLE.length})] END,
      now() - (random() * interval '365 days'), now()
    FROM generate_series(1, ${ARTICLES}) a, generate_series(0, ${PER_ARTICLE - 1}) s, LATERAL (SELECT random() + 0 * a * s AS r) x`);
  // A proposal on every claim in review or ruled and on a fifth of the researching ones (sent
  // back), then a ruling on the ruled ones; the trigger on verdicts keeps claims.latest_* in step.
  const RATINGS = `(ARRAY['true','mostly_true','mixed','misleading','mostly_false','false','unverified'])[1 + floor(random() * 7)]::"Rating"`;
  await db.$executeRawUnsafe(`INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id, created_at)
    SELECT 'vp' || id, id, 'proposed', ${RATINGS}, 'x', true, 'u_j1', now() - interval '1 hour'
    FROM claims WHERE status IN ('in_review', 'ruled') OR (status = 'researching' AND random() < 0.2)`);
  await db.$executeRawUnsafe(`INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id)
    SELECT 'vr' || id, id, 'ruled', ${RATINGS}, 'x', true, 'u_ed' FROM claims WHERE status = 'ruled'`);
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}

/** Every list the page offers: status × assignee × rating × article × sort. */
function combinations(): Q[] {
  const statuses = ['', 'suggested', 'open', 'dismissed', 'researching', 'in_review', 'ruled'];
  const assignees = ['', 'me', 'none', 'u_j2'];
  const ratings = ['', 'true_', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false_', 'unverified'];
  const out: Q[] = [];
  for (const status of statuses)
    for (const assignee of assignees)
      for (const rating of ratings)
        for (const article of ['', 'a1234'])
          for (const sort of ['updated', 'score']) {
            const q = Object.fromEntries(Object.entries({ status, assignee, rating, article, sort }).filter(([, v]) => v)) as Q;
            out.push(q);
          }
  return out;
}

const label = (q: Q) =>
  Object.entries(q)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ') || 'default';

async function time(fn: () => Promise<unknown>, runs: number, warm = 2): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    out.push(performance.now() - s);
  }
  return out;
}

const fmt = (s: Stats) => `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}`;

async function main() {
  await withBenchDatabase('bench-claims', 54400, async () => {
    const { db } = await import('@/lib/db');
    const { listClaimsPage, claimsPageSql } = await import('@/lib/data/claim-lists');
    const { ZClaimListQuerySchema } = await import('@/lib/validation/claim-lists');

    const t0 = Date.now();
    await seed(db);
    const [{ n }] = (await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM claims')) as [{ n: bigint }];
    const [{ v }] = (await db.$queryRawUnsafe<{ v: bigint }[]>('SELECT count(*) AS v FROM verdicts')) as [{ v: bigint }];
    console.log(`seeded ${n} claims, ${v} verdicts in ${ARTICLES} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${loadLine()}`);

    const all = combinations();
    const t1 = Date.now();
    const screened: { q: Q; worst: number; rows: number }[] = [];
    for (const q of all) {
      let rows = 0;
      const times = await time(async () => (rows = (await listClaimsPage('u_j1', q)).claims.length), 5, 1);
      screened.push({ q, worst: Math.max(...times), rows });
    }
    screened.sort((a, b) => b.worst - a.worst);
    const worstAll = stats(screened.map((s) => s.worst));
    console.log(
      `\nscreening: ${all.length} combinations × 5 runs in ${((Date.now() - t1) / 1000).toFixed(0)} s; ` +
        `slowest run per combination (ms) min/median/p95/max: ${fmt(worstAll)}; ${loadLine()}`,
    );

    // The shapes issue 15 measured, then the slowest of the screening.
    const named: Q[] = [{}, { status: 'researching', rating: 'false_' }, { assignee: 'none', status: 'ruled' }, { rating: 'false_' }];
    const picked = [...named, ...screened.slice(0, 15).map((s) => s.q)].filter((q, i, arr) => arr.findIndex((o) => label(o) === label(q)) === i);
    const OLD_RATING = '(SELECT v.rating FROM verdicts v WHERE v.claim_id = c.id ORDER BY v.created_at DESC, v.id DESC LIMIT 1)';
    console.log(`\n30 runs each after 2 warm-up runs, ms (min / median / p95 / max); ${loadLine()}`);
    console.log('| list | rows | listClaimsPage | same SQL, bare | old rating subquery, bare |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const q of picked) {
      let rows = 0;
      const page = stats(await time(async () => (rows = (await listClaimsPage('u_j1', q)).claims.length), 30));
      const parsed = ZClaimListQuerySchema.parse(q);
      const sql = claimsPageSql(parsed, 'u_j1', 51);
      const bare = stats(await time(() => db.$queryRaw(sql), 30));
      let old = '—';
      if (q.rating) {
        // The same statement with the correlated subquery issue 15 replaced.
        const oldText = sql.text.replace('c.latest_rating =', `${OLD_RATING} =`);
        old = fmt(stats(await time(() => db.$queryRawUnsafe(oldText, ...sql.values), 30)));
      }
      console.log(`| ${label(q)} | ${rows} | ${fmt(page)} | ${fmt(bare)} | ${old} |`);
    }
    const sizes = await db.$queryRawUnsafe<{ name: string; size: string }[]>(
      `SELECT indexrelname AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size FROM pg_stat_user_indexes WHERE relname = 'claims' ORDER BY pg_relation_size(indexrelid) DESC`,
    );
    console.log(`\nindexes on claims: ${sizes.map((s) => `${s.name} ${s.size}`).join(', ')}`);
    await db.$disconnect();
  });
}

if (process.argv[1]?.endsWith('bench-claims.mts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
