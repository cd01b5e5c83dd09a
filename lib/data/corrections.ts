import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, notFound } from '@/lib/errors';
import { recordCorrection } from '@/lib/data/corrections-core';
import { invalidatePublicFactCheck } from '@/lib/public-cache';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZWriteCorrectionSchema } from '@/lib/validation/factchecks';

/**
 * A standalone correction note on a published fact-check (a fixed typo in an explanation, a
 * replaced source, a clarified summary…). Readers see it in the corrections log with its date,
 * and the page's update date moves. Verdict changes write theirs through the ruling itself.
 */
export async function writeCorrection(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZWriteCorrectionSchema, input);
  const r = await db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'correction.write', tx);
    const fc = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: { id: true, slug: true, status: true } });
    if (!fc) throw notFound('That fact-check');
    if (fc.status !== 'published') {
      throw new AppError('INVALID', 'Corrections are for published fact-checks; this one is not published.');
    }
    if (data.claimId) {
      const claim = await tx.claim.findFirst({ where: { id: data.claimId, articleId: data.articleId, included: true }, select: { id: true } });
      if (!claim) throw new AppError('INVALID', 'That claim is not part of this fact-check.', { claimId: ['Choose a claim of this fact-check, or none.'] });
    }
    const correction = await recordCorrection(tx, { factCheckId: fc.id, claimId: data.claimId, whatChanged: data.whatChanged, reason: data.reason, byId: actor.id });
    return { ...correction, slug: fc.slug };
  });
  invalidatePublicFactCheck(r.slug);
  return r;
}
