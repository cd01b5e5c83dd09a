// `npm run bench:queries`: what one statement costs the app's own process in CPU, by the way it is
// sent (issue 15 goal 2: a signed-in page's server CPU). A throwaway embedded PostgreSQL, one user
// and their saved views; each way of reading them (lib/db.ts queryRows among them) runs
// BENCH_ROUNDS rounds (default 5) of BENCH_QUERIES sequential reads (default 1,000) after a
// warm-up, interleaved round by round so the machine's load falls on all of them alike; the
// process's CPU time (user + system) per read, min / median / max over the rounds. The baseline,
// in the same run: the `pg` driver alone.
import pg from 'pg';
import { withBenchDatabase } from './bench-db.mts';
import { loadLine, stats } from './bench-stats.mts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);

async function main() {
  await withBenchDatabase('bench-queries', 55811, async (url) => {
    const { db, queryRows } = await import('@/lib/db');
    const { Prisma } = await import('@/lib/generated/prisma/client');
    const u = await db.user.create({ data: { email: 'bench@claimdesk.test', name: 'Bench', passwordHash: 'x', role: 'editor' } });
    await db.savedView.createMany({ data: ['a', 'b', 'c'].map((name) => ({ userId: u.id, name, path: '/claims', query: `status=${name}` })) });
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const ways: [string, () => Promise<unknown>][] = [
      ['`pg` driver: `pool.query` (baseline)', () => pool.query('SELECT id, name, role, active FROM users WHERE id = $1', [u.id])],
      ['Prisma `$queryRaw`', () => db.$queryRaw`SELECT id, name, role, active FROM users WHERE id = ${u.id}`],
      [
        "the app's `queryRows` (pg on Prisma's pool, `Prisma.sql`)",
        () => queryRows(Prisma.sql`SELECT id, name, role, active FROM users WHERE id = ${u.id}`),
      ],
      [
        'Prisma `user.findUnique` (the same row)',
        () => db.user.findUnique({ where: { id: u.id }, select: { id: true, name: true, role: true, active: true } }),
      ],
      [
        'Prisma `savedView.findMany` (3 rows)',
        () => db.savedView.findMany({ where: { userId: u.id }, orderBy: { name: 'asc' }, select: { id: true, name: true, path: true, query: true } }),
      ],
      [
        'Prisma `$queryRaw`, the same 3 rows',
        () => db.$queryRaw`SELECT id, name, path, query FROM saved_views WHERE user_id = ${u.id} ORDER BY name`,
      ],
    ];
    const per = new Map<string, number[]>(ways.map(([k]) => [k, []]));
    for (const [, f] of ways) for (let i = 0; i < 200; i++) await f();
    console.log(`${ROUNDS} rounds × ${QUERIES} sequential reads per way; ${loadLine()}`);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [k, f] of ways) {
        const c0 = process.cpuUsage();
        for (let i = 0; i < QUERIES; i++) await f();
        const c = process.cpuUsage(c0);
        per.get(k)!.push((c.user + c.system) / QUERIES);
      }
    }
    console.log('| read | client CPU per read, µs (min / median / max) |\n| --- | --- |');
    for (const [k, xs] of per) {
      const s = stats(xs);
      console.log(`| ${k} | ${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} |`);
    }
    console.log(`\n${loadLine()}`);
    await pool.end();
    await db.$disconnect();
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
