import 'server-only';
import { queryRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { recentArticles } from '@/lib/data/articles';
import { CLAIM_ROW_COLUMNS, CLAIM_ROW_FROM, claimRow, type ClaimRowSql } from '@/lib/data/claim-lists';

/** Claims of the dashboard's lists: at most 50, as the claims table shows them. Sent by pg (queryRows), as the claims list's. */
const claimRows = (where: Prisma.Sql, order: Prisma.Sql) =>
  queryRows<ClaimRowSql>(Prisma.sql`SELECT ${CLAIM_ROW_COLUMNS} FROM ${CLAIM_ROW_FROM} WHERE ${where} ORDER BY ${order} LIMIT 50`).then((rows) =>
    rows.map(claimRow),
  );

/**
 * The three lists of the dashboard. "Awaiting my ruling" is only filled for people who may
 * rule (null otherwise), decided from the role in the database like everything else.
 */
export async function getDashboard(actorId: string | null) {
  const actor = await authorize(actorId, 'workspace.read');
  const [myClaims, awaitingRuling, articles] = await Promise.all([
    claimRows(Prisma.sql`c.assignee_id = ${actor.id} AND c.status IN ('open', 'researching', 'in_review')`, Prisma.sql`c.updated_at DESC, c.id DESC`),
    can(actor, 'verdict.rule') ? claimRows(Prisma.sql`c.status = 'in_review'`, Prisma.sql`c.updated_at ASC, c.id ASC`) : Promise.resolve(null),
    recentArticles(20),
  ]);
  return { actor, myClaims, awaitingRuling, articles };
}
