import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZDeskOverviewQuerySchema, type TDeskOverviewQuery } from '@/lib/validation/desk-overview';

// The editors' desk overview (issue 14): read-only, three statements over the whole desk. Weeks
// start on Monday, in UTC like every timestamp column here (they have no zone and hold UTC); the
// current week counts so far. None of the tables has an index on its time column alone, so the
// weekly statement reads events and verdicts of the period by scanning them; each "was this the
// first time?" check is an index probe (events (claim_id, at), verdicts (claim_id, kind, created_at, id)).

/** The statuses the overview counts, in workflow order: suggestions and the desk's work (not dismissed). */
export const OVERVIEW_STATUSES = ['suggested', 'open', 'researching', 'in_review', 'ruled'] as const satisfies readonly ClaimStatus[];
/** Claims someone is working on: a journalist's open load. */
const LOAD_STATUSES = Prisma.sql`('researching'::"ClaimStatus", 'in_review'::"ClaimStatus")`;

export type StatusCount = { status: (typeof OVERVIEW_STATUSES)[number]; count: number };
/** One week (its Monday, YYYY-MM-DD): how many claims reached each step for the first time, and how long rulings took. */
export type OverviewWeek = {
  week: string;
  accepted: number;
  proposed: number;
  ruled: number;
  /** From the article's import to the claim's first ruled verdict, over the claims first ruled that week; null without rulings. */
  medianHours: number | null;
  p90Hours: number | null;
};
/** A person holding claims in research or review; `user` is null for the row of claims nobody holds. */
export type OpenLoad = { user: { id: string; name: string; active: boolean } | null; researching: number; inReview: number; total: number };
export type DeskOverview = { weeks: number; statuses: StatusCount[]; weekly: OverviewWeek[]; load: OpenLoad[] };

function statusesSql() {
  return Prisma.sql`
    SELECT c.status::text AS status, count(*)::int AS n
    FROM claims c
    WHERE c.status IN (${Prisma.join(OVERVIEW_STATUSES.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
    GROUP BY c.status`;
}

// A claim enters the desk's work when it is accepted, or created straight into it (added from a
// selection or from a reader's tip); a split's second half is not a new claim for the desk.
const ENTERS_DESK = (t: string) =>
  Prisma.raw(
    `(${t}.action = 'claim.accept' OR (${t}.action = 'claim.create' AND ${t}.after->>'status' = 'open' AND ${t}.after->>'splitFrom' IS NULL))`,
  );
const PROPOSED = (t: string) => Prisma.raw(`${t}.action = 'claim.propose'`);

/** Per week: claims accepted, first proposed and first ruled, and the median and 90th percentile of import → first ruling. */
export function weeklySql(weeks: number) {
  const first = (step: (t: string) => Prisma.Sql) => Prisma.sql`
    SELECT e.at FROM events e, bounds b
    WHERE e.at >= b.start AND e.claim_id IS NOT NULL AND ${step('e')}
      AND NOT EXISTS (SELECT 1 FROM events p WHERE p.claim_id = e.claim_id AND (p.at, p.id) < (e.at, e.id) AND ${step('p')})`;
  return Prisma.sql`
    WITH bounds AS (SELECT date_trunc('week', now() AT TIME ZONE 'UTC') - make_interval(weeks => ${weeks - 1}::int) AS start),
    weeks AS (SELECT generate_series(b.start, b.start + make_interval(weeks => ${weeks - 1}::int), interval '1 week') AS week FROM bounds b),
    accepted AS (SELECT date_trunc('week', at) AS week, count(*)::int AS n FROM (${first(ENTERS_DESK)}) x GROUP BY 1),
    proposed AS (SELECT date_trunc('week', at) AS week, count(*)::int AS n FROM (${first(PROPOSED)}) x GROUP BY 1),
    ruled AS (
      SELECT date_trunc('week', v.created_at) AS week,
             greatest(0, extract(epoch FROM v.created_at - a.created_at)::float8 / 3600) AS hours
      FROM verdicts v JOIN claims c ON c.id = v.claim_id JOIN articles a ON a.id = c.article_id, bounds b
      WHERE v.kind = 'ruled' AND v.created_at >= b.start
        AND NOT EXISTS (
          SELECT 1 FROM verdicts p WHERE p.claim_id = v.claim_id AND p.kind = 'ruled' AND (p.created_at, p.id) < (v.created_at, v.id)
        )
    ),
    ruled_weeks AS (
      SELECT week, count(*)::int AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median_hours,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90_hours
      FROM ruled GROUP BY week
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(a.n, 0) AS accepted, coalesce(p.n, 0) AS proposed, coalesce(r.n, 0) AS ruled,
           r.median_hours, r.p90_hours
    FROM weeks w
    LEFT JOIN accepted a ON a.week = w.week
    LEFT JOIN proposed p ON p.week = w.week
    LEFT JOIN ruled_weeks r ON r.week = w.week
    ORDER BY w.week`;
}

/**
 * Every active journalist (holding claims or not), anyone else who holds claims in research or
 * review (an editor, a deactivated journalist whose claims wait for someone), and the claims in
 * research or review nobody holds.
 */
function loadSql() {
  return Prisma.sql`
    SELECT u.id, u.name, u.active,
           count(c.id) FILTER (WHERE c.status = 'researching')::int AS researching,
           count(c.id) FILTER (WHERE c.status = 'in_review')::int AS in_review
    FROM users u
    LEFT JOIN claims c ON c.assignee_id = u.id AND c.status IN ${LOAD_STATUSES}
    WHERE (u.role = 'journalist' AND u.active) OR c.id IS NOT NULL
    GROUP BY u.id, u.name, u.active
    UNION ALL
    SELECT NULL, NULL, NULL,
           count(*) FILTER (WHERE c.status = 'researching')::int,
           count(*) FILTER (WHERE c.status = 'in_review')::int
    FROM claims c
    WHERE c.assignee_id IS NULL AND c.status IN ${LOAD_STATUSES}`;
}

type StatusRow = { status: string; n: number };
type WeekRow = { week: string; accepted: number; proposed: number; ruled: number; median_hours: number | null; p90_hours: number | null };
type LoadRow = { id: string | null; name: string | null; active: boolean | null; researching: number; in_review: number };

/**
 * The desk overview for editors: claims per status now, the steps claims reached per week with the
 * time from import to ruling, and each journalist's open load. Editors only (`claim.assign`: the
 * people who hand out the work); journalists and admins are refused.
 */
export async function getDeskOverview(actorId: string | null, input: TDeskOverviewQuery = {}): Promise<DeskOverview> {
  const { weeks } = parseOrThrow(ZDeskOverviewQuerySchema, input);
  await authorize(actorId, 'claim.assign');
  const [statusRows, weekRows, loadRows] = await Promise.all([
    db.$queryRaw<StatusRow[]>(statusesSql()),
    db.$queryRaw<WeekRow[]>(weeklySql(weeks)),
    db.$queryRaw<LoadRow[]>(loadSql()),
  ]);
  const byStatus = new Map(statusRows.map((r) => [r.status, r.n]));
  return {
    weeks,
    statuses: OVERVIEW_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    weekly: weekRows.map((r) => ({
      week: r.week,
      accepted: r.accepted,
      proposed: r.proposed,
      ruled: r.ruled,
      medianHours: r.median_hours,
      p90Hours: r.p90_hours,
    })),
    load: loadRows
      .map((r) => ({
        user: r.id ? { id: r.id, name: r.name ?? '', active: r.active ?? false } : null,
        researching: r.researching,
        inReview: r.in_review,
        total: r.researching + r.in_review,
      }))
      // Nobody's claims only when there are some; people by load, then by name.
      .filter((r) => r.user || r.total > 0)
      .sort((a, b) => (!a.user ? 1 : !b.user ? -1 : b.total - a.total || a.user.name.localeCompare(b.user.name))),
  };
}
