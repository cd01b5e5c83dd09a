import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';
import { dbRating } from '@/lib/ratings';

/** The filters the claims list (lib/data/claim-lists.ts) and search (lib/data/search-sql.ts) share. */
export type SharedClaimFilters = { rating?: Rating; article?: string; assignee?: string };

/**
 * Those filters as conditions on claims c, each served by an index on claims. `assignee` is a
 * user's id, `none` (unassigned) or `me` (the actor).
 */
export function sharedClaimConditions(q: SharedClaimFilters, actorId: string): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (q.rating) where.push(Prisma.sql`c.latest_rating = ${dbRating(q.rating)}::"Rating"`);
  if (q.article) where.push(Prisma.sql`c.article_id = ${q.article}`);
  if (q.assignee === 'none') where.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (q.assignee) where.push(Prisma.sql`c.assignee_id = ${q.assignee === 'me' ? actorId : q.assignee}`);
  return where;
}
