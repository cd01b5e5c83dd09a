import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { recentArticles } from '@/lib/data/articles';

const rowSelect = {
  id: true,
  text: true,
  claimant: true,
  status: true,
  updatedAt: true,
  version: true,
  assignee: { select: { id: true, name: true } },
  article: { select: { id: true, title: true } },
} as const;

/**
 * The three lists of the dashboard. "Awaiting my ruling" is only filled for people who may
 * rule (null otherwise), decided from the role in the database like everything else.
 */
export async function getDashboard(actorId: string | null) {
  const actor = await authorize(actorId, 'workspace.read');
  const [myClaims, awaitingRuling, articles] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: actor.id, status: { in: ['open', 'researching', 'in_review'] } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 50,
      select: rowSelect,
    }),
    can(actor, 'verdict.rule')
      ? db.claim.findMany({ where: { status: 'in_review' }, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], take: 50, select: rowSelect })
      : Promise.resolve(null),
    recentArticles(20),
  ]);
  return { actor, myClaims, awaitingRuling, articles };
}
