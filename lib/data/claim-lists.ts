import 'server-only';
import { queryRows } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { invalid } from '@/lib/errors';
import { Prisma, type Article } from '@/lib/generated/prisma/client';
import type { ClaimStatus, VerdictKind } from '@/lib/generated/prisma/enums';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import { staffPeople } from '@/lib/data/users';
import { sharedClaimConditions } from '@/lib/data/claim-filter-sql';
import { clientRating } from '@/lib/ratings';
import { parseOrThrow } from '@/lib/validation/parse';
import { cursorFits, encodeCursor, PAGE_SIZE, ZClaimListQuerySchema, type TClaimListQuery } from '@/lib/validation/claim-lists';

/** A claims-table row as SQL gives it (CLAIM_ROW_COLUMNS); claimRow turns it into the table's ClaimRow. */
export type ClaimRowSql = {
  id: string;
  article_id: string;
  article_title: string;
  number: number;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  score: number;
  updated_at: Date;
  version: number;
  assignee_id: string | null;
  assignee_name: string | null;
  latest_rating: string | null;
  latest_verdict_kind: VerdictKind | null;
};

/** The columns of a claims-table row, from claims c joined as CLAIM_ROW_FROM: the claims list and the dashboard. */
export const CLAIM_ROW_COLUMNS = Prisma.sql`c.id, c.article_id, a.title AS article_title, c.number, c.text, c.claimant, c.status, c.score,
  c.updated_at, c.version, c.assignee_id, u.name AS assignee_name, c.latest_rating, c.latest_verdict_kind`;
export const CLAIM_ROW_FROM = Prisma.sql`claims c JOIN articles a ON a.id = c.article_id LEFT JOIN users u ON u.id = c.assignee_id`;

/** A row read with CLAIM_ROW_COLUMNS, as the claims table takes it. Ratings come by the database's names (clientRating). */
export const claimRow = (r: ClaimRowSql) => ({
  id: r.id,
  articleId: r.article_id,
  number: r.number,
  text: r.text,
  claimant: r.claimant,
  status: r.status,
  score: r.score,
  updatedAt: r.updated_at,
  version: r.version,
  article: { id: r.article_id, title: r.article_title },
  assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
  latestVerdict: r.latest_rating && r.latest_verdict_kind ? { rating: clientRating(r.latest_rating), kind: r.latest_verdict_kind } : null,
});

/** A parsed list query: the filters, the sort and the page cursor. */
export type TClaimListFilters = ReturnType<typeof ZClaimListQuerySchema.parse>;

/** The filters as SQL conditions on claims c; every one is served by an index (see the migrations). */
function conditions(q: TClaimListFilters, actorId: string, key: Prisma.Sql): Prisma.Sql[] {
  const where: Prisma.Sql[] = [
    q.status
      ? Prisma.sql`c.status = ${q.status}::"ClaimStatus"`
      : Prisma.sql`c.status IN (${Prisma.join(ACTIVE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})`,
    ...sharedClaimConditions(q, actorId),
  ];
  // The timestamp column has no zone and holds UTC; the key travels as ISO text so no driver or
  // session time zone can shift it.
  if (q.after) {
    const v = q.sort === 'score' ? Prisma.sql`${Number(q.after.v)}::double precision` : Prisma.sql`${String(q.after.v)}::timestamp`;
    where.push(Prisma.sql`(${key}, c.id) < (${v}, ${q.after.id})`);
  }
  return where;
}

/** The column the list is ordered by (then by id), newest or highest first. */
export const claimListSortKey = (q: TClaimListFilters) => (q.sort === 'score' ? Prisma.sql`c.score` : Prisma.sql`c.updated_at`);

/**
 * The list's WHERE condition on claims c, for any statement that must select exactly the claims the
 * list shows (the exports, lib/data/export.ts, share it so the two can never disagree).
 */
export const claimListWhere = (q: TClaimListFilters, actorId: string) => Prisma.join(conditions(q, actorId, claimListSortKey(q)), ' AND ');

/** The page's one statement (exported for the benchmark, which runs it bare beside listClaimsPage). */
export function claimsPageSql(q: TClaimListFilters, actorId: string, limit: number) {
  const key = claimListSortKey(q);
  const keyText = q.sort === 'score' ? Prisma.sql`c.score::text` : Prisma.sql`to_char(c.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return Prisma.sql`
    SELECT ${CLAIM_ROW_COLUMNS}, ${keyText} AS k
    FROM ${CLAIM_ROW_FROM}
    WHERE ${claimListWhere(q, actorId)}
    ORDER BY ${key} DESC, c.id DESC
    LIMIT ${limit}`;
}

/**
 * One page of the claims list across articles, in one statement. Keyset pagination on (sort key,
 * id): the next page starts strictly after the last row seen, so pages never skip or repeat a
 * claim when rows are added, and the database seeks instead of counting past an OFFSET. The
 * latest verdict's rating is a column kept by a trigger on verdicts, so the rating filter is an
 * index condition like the others.
 */
export async function listClaimsPage(actorId: string | null, input: TClaimListQuery, take = PAGE_SIZE) {
  const q = parseOrThrow(ZClaimListQuerySchema, input);
  const actor = await authorize(actorId, 'workspace.read');
  if (q.after && !cursorFits(q.sort, q.after))
    throw invalid('That page link is broken: start from the first page.', { after: ['That page link is broken.'] });

  // The page's main read, sent by pg (queryRows).
  const rows = await queryRows<ClaimRowSql & { k: string }>(claimsPageSql(q, actor.id, take + 1));
  const pageRows = rows.slice(0, take);
  const last = pageRows[pageRows.length - 1];
  const next = rows.length > take && last ? encodeCursor({ v: q.sort === 'score' ? Number(last.k) : last.k, id: last.id }) : null;
  const claims = pageRows.map(claimRow);
  return { claims, next, query: q };
}

/** What the filters offer: people who can hold claims, and the most recent articles (sent by pg: queryRows). */
export async function claimListFilterOptions(actorId: string | null) {
  await authorize(actorId, 'workspace.read');
  const [people, articles] = await Promise.all([
    staffPeople().then((all) => all.map(({ id, name }) => ({ id, name }))),
    queryRows<Pick<Article, 'id' | 'title'>>(Prisma.sql`SELECT id, title FROM articles ORDER BY created_at DESC LIMIT 200`),
  ]);
  return { people, articles };
}
