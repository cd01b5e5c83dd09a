import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { invalid } from '@/lib/errors';
import { claimSummarySelect } from '@/lib/data/claims';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import { parseOrThrow } from '@/lib/validation/parse';
import { latestFirst } from '@/lib/data/verdicts';
import { cursorFits, encodeCursor, PAGE_SIZE, ZClaimListQuerySchema, type TClaimListQuery } from '@/lib/validation/claim-lists';

// PostgreSQL spells two ratings differently from the client (schema.prisma @map).
const DB_RATING: Partial<Record<Rating, string>> = { true_: 'true', false_: 'false' };
const latestRating = Prisma.sql`(SELECT v.rating FROM verdicts v WHERE v.claim_id = c.id ORDER BY v.created_at DESC, v.id DESC LIMIT 1)`;

/**
 * One page of the claims list across articles. Keyset pagination on (sort key, id): the next
 * page starts strictly after the last row seen, so pages never skip or repeat a claim when rows
 * are added, and the database seeks instead of counting past an OFFSET. Raw SQL because
 * "rating of the latest verdict" is a correlated subquery Prisma's where cannot express.
 */
export async function listClaimsPage(actorId: string | null, input: TClaimListQuery, take = PAGE_SIZE) {
  const q = parseOrThrow(ZClaimListQuerySchema, input);
  const actor = await authorize(actorId, 'workspace.read');
  if (q.after && !cursorFits(q.sort, q.after))
    throw invalid('That page link is broken: start from the first page.', { after: ['That page link is broken.'] });

  const where: Prisma.Sql[] = [];
  where.push(
    q.status
      ? Prisma.sql`c.status = ${q.status}::"ClaimStatus"`
      : Prisma.sql`c.status IN (${Prisma.join(ACTIVE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})`,
  );
  if (q.assignee === 'none') where.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (q.assignee) where.push(Prisma.sql`c.assignee_id = ${q.assignee === 'me' ? actor.id : q.assignee}`);
  if (q.article) where.push(Prisma.sql`c.article_id = ${q.article}`);
  if (q.rating) where.push(Prisma.sql`${latestRating} = ${DB_RATING[q.rating] ?? q.rating}::"Rating"`);

  // The timestamp column has no zone and holds UTC; the key travels as ISO text so no driver or
  // session time zone can shift it.
  const key = q.sort === 'score' ? Prisma.sql`c.score` : Prisma.sql`c.updated_at`;
  const keyText = q.sort === 'score' ? Prisma.sql`c.score::text` : Prisma.sql`to_char(c.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (q.after) {
    const v = q.sort === 'score' ? Prisma.sql`${Number(q.after.v)}::double precision` : Prisma.sql`${String(q.after.v)}::timestamp`;
    where.push(Prisma.sql`(${key}, c.id) < (${v}, ${q.after.id})`);
  }

  const rows = await db.$queryRaw<{ id: string; k: string }[]>`
    SELECT c.id, ${keyText} AS k FROM claims c
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${key} DESC, c.id DESC
    LIMIT ${take + 1}`;
  const pageRows = rows.slice(0, take);
  const last = pageRows[pageRows.length - 1];
  const next = rows.length > take && last ? encodeCursor({ v: q.sort === 'score' ? Number(last.k) : last.k, id: last.id }) : null;

  const found = await db.claim.findMany({
    where: { id: { in: pageRows.map((r) => r.id) } },
    select: {
      ...claimSummarySelect,
      article: { select: { id: true, title: true } },
      verdicts: { orderBy: latestFirst, take: 1, select: { rating: true, kind: true } },
    },
  });
  const byId = new Map(found.map((c) => [c.id, c]));
  const claims = pageRows.flatMap((r) => {
    const c = byId.get(r.id);
    return c ? [{ ...c, latestVerdict: c.verdicts[0] ?? null }] : [];
  });
  return { claims, next, query: q };
}

/** What the filters offer: people who can hold claims, and the most recent articles. */
export async function claimListFilterOptions(actorId: string | null) {
  await authorize(actorId, 'workspace.read');
  const [people, articles] = await Promise.all([
    db.user.findMany({ where: { role: { in: ['journalist', 'editor'] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.article.findMany({ orderBy: { createdAt: 'desc' }, take: 200, select: { id: true, title: true } }),
  ]);
  return { people, articles };
}
