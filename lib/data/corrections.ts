import 'server-only';
import { db, type DbClient, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { invalid, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZWriteCorrectionSchema, type TWriteCorrection } from '@/lib/validation/factchecks';

// Corrections: the log readers see under a published fact-check. Written standalone by an editor
// (below), or by the change that needs one, in that change's transaction: a new ruling on a
// published verdict (lib/data/verdicts.ts), a claim added to or taken off a published page
// (lib/data/factchecks.ts).

/**
 * The published fact-check a change to this claim would alter, if any: the claim is included
 * in a fact-check that readers can see now. Changing its ruled verdict or explanation then
 * needs a correction note that readers will see (product brief, "Publishing").
 */
export async function publishedFactCheckOf(tx: DbClient, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { included: true, article: { select: { factCheck: { select: { id: true, status: true } } } } },
  });
  const fc = claim?.article.factCheck;
  return claim?.included && fc?.status === 'published' ? fc : null;
}

/** Writes a correction and its history event inside the caller's transaction. */
export async function recordCorrection(
  tx: Tx,
  c: { factCheckId: string; claimId: string | null; whatChanged: string; reason: string; byId: string },
) {
  const correction = await tx.correction.create({
    data: { factCheckId: c.factCheckId, claimId: c.claimId, whatChanged: c.whatChanged, reason: c.reason, byId: c.byId },
    select: { id: true, createdAt: true },
  });
  // Bump the fact-check's version: its public "updated" date moves, and an editor's open form
  // based on the old page is stale.
  const fc = await tx.factCheck.update({ where: { id: c.factCheckId }, data: { version: { increment: 1 } }, select: { articleId: true } });
  await recordEvent(tx, {
    actorId: c.byId,
    action: 'correction_create',
    entityId: correction.id,
    claimId: c.claimId,
    articleId: fc.articleId,
    after: { whatChanged: c.whatChanged, reason: c.reason },
  });
  return correction;
}

/**
 * A standalone correction note on a published fact-check (a fixed typo in an explanation, a
 * replaced source, a clarified summary…). Readers see it in the corrections log with its date,
 * and the page's update date moves. Verdict changes write theirs through the ruling itself.
 */
export async function writeCorrection(actorId: string | null, input: TWriteCorrection) {
  const data = parseOrThrow(ZWriteCorrectionSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'correction.write', tx);
    const fc = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: { id: true, status: true } });
    if (!fc) throw notFound('That fact-check');
    if (fc.status !== 'published') throw invalid('Corrections are for published fact-checks; this one is not published.');
    if (data.claimId) {
      const claim = await tx.claim.findFirst({ where: { id: data.claimId, articleId: data.articleId, included: true }, select: { id: true } });
      if (!claim) throw invalid('That claim is not part of this fact-check.', { claimId: ['Choose a claim of this fact-check, or none.'] });
    }
    return recordCorrection(tx, { factCheckId: fc.id, claimId: data.claimId, whatChanged: data.whatChanged, reason: data.reason, byId: actor.id });
  });
}
