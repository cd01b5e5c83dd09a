import 'server-only';
import type { Tx } from '@/lib/db';
import { recordEvent } from '@/lib/data/events';

/**
 * The published fact-check a change to this claim would alter, if any: the claim is included
 * in a fact-check that readers can see now. Changing its ruled verdict or explanation then
 * needs a correction note that readers will see (product brief, "Publishing").
 */
export async function publishedFactCheckOf(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { included: true, article: { select: { factCheck: { select: { id: true, slug: true, status: true } } } } },
  });
  const fc = claim?.article.factCheck;
  return claim?.included && fc?.status === 'published' ? fc : null;
}

/** Writes a correction and its history event inside the caller's transaction. */
export async function recordCorrection(
  tx: Tx,
  c: { factCheckId: string; claimId?: string | null; whatChanged: string; reason: string; byId: string },
) {
  const correction = await tx.correction.create({
    data: { factCheckId: c.factCheckId, claimId: c.claimId ?? null, whatChanged: c.whatChanged, reason: c.reason, byId: c.byId },
    select: { id: true, createdAt: true },
  });
  // Touch the fact-check so its public "updated" date moves.
  const fc = await tx.factCheck.update({ where: { id: c.factCheckId }, data: { version: { increment: 1 } }, select: { articleId: true } });
  await recordEvent(tx, {
    actorId: c.byId,
    action: 'correction.create',
    entityType: 'correction',
    entityId: correction.id,
    claimId: c.claimId ?? null,
    articleId: fc.articleId, // so the article's timeline shows its corrections
    after: { whatChanged: c.whatChanged, reason: c.reason },
  });
  return correction;
}
