import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { claimSummarySelect } from '@/lib/data/claims';

export async function listClaimsOfArticle(userId: string | null, articleId: string) {
  await authorize(userId, 'workspace.read');
  return db.claim.findMany({ where: { articleId }, orderBy: { start: 'asc' }, select: claimSummarySelect });
}

export async function listClaims(userId: string | null, take = 100) {
  await authorize(userId, 'workspace.read');
  return db.claim.findMany({
    where: { status: { notIn: ['suggested', 'dismissed'] } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take,
    select: claimSummarySelect,
  });
}
