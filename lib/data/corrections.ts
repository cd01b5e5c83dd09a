import 'server-only';
import type { z } from 'zod';
import { db, type DbClient, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { invalid, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { insertSnapshot, latestSnapshot } from '@/lib/data/snapshots';
import type { CorrectionKind } from '@/lib/generated/prisma/enums';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZWriteCorrectionSchema, type TWriteCorrection } from '@/lib/validation/factchecks';

// Corrections: the log readers see under a published fact-check. Readers see an entry with the
// published version (snapshot) it belongs to:
// - publishing a new version of a fact-check readers have seen writes one, listing what changed,
//   with the editor's note (lib/data/factchecks.ts publishFactCheck);
// - a new ruling on a published verdict writes one at once (lib/data/verdicts.ts); it waits,
//   pending, for the version that shows the new ruling;
// - an editor's standalone note (writeCorrection, below) is published with a new version of the
//   same content.

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

type NewCorrection = {
  factCheckId: string;
  claimId: string | null;
  whatChanged: string;
  reason: string;
  byId: string;
  kind?: CorrectionKind;
  /** The version that shows it; none (pending) until an editor publishes one. */
  snapshotId?: string | null;
};

/**
 * Writes a correction and its history event inside the caller's transaction, and bumps the
 * fact-check's version so an editor's open publish form, based on the old state, is stale.
 * Pass `bump: false` when the caller has just bumped it (its own versioned update).
 */
export async function recordCorrection(tx: Tx, c: NewCorrection, { bump = true } = {}) {
  const correction = await tx.correction.create({
    data: {
      factCheckId: c.factCheckId,
      claimId: c.claimId,
      whatChanged: c.whatChanged,
      reason: c.reason,
      byId: c.byId,
      kind: c.kind ?? 'correction',
      snapshotId: c.snapshotId ?? null,
    },
    select: { id: true, createdAt: true },
  });
  const fc = bump
    ? await tx.factCheck.update({ where: { id: c.factCheckId }, data: { version: { increment: 1 } }, select: { articleId: true } })
    : await tx.factCheck.findUniqueOrThrow({ where: { id: c.factCheckId }, select: { articleId: true } });
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
 * A standalone correction note on a published fact-check, for something readers should know
 * that is not a change to what the page shows (the page itself changes only when an editor
 * publishes a new version, with its own note). Readers see it at once: it is published with a
 * new version of the same content, so workspace changes not yet published stay unpublished.
 */
export async function writeCorrection(actorId: string | null, input: TWriteCorrection) {
  const data = parseOrThrow(ZWriteCorrectionSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'correction.write', tx);
    return writeCorrectionIn(tx, actor.id, data);
  });
}

/**
 * writeCorrection inside the caller's transaction, for a change that becomes a correction with
 * something else (a reader's report accepted: lib/data/feedback.ts). The caller has parsed the
 * input and authorized `byId` for 'correction.write' in this transaction.
 */
export async function writeCorrectionIn(tx: Tx, byId: string, data: z.output<typeof ZWriteCorrectionSchema>) {
  const fc = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: { id: true, status: true } });
  if (!fc) throw notFound('That fact-check');
  if (fc.status !== 'published') throw invalid('Corrections are for published fact-checks; this one is not published.');
  // The row lock first: concurrent corrections then take consecutive version numbers.
  await tx.factCheck.update({ where: { id: fc.id }, data: { version: { increment: 1 } } });
  const shown = await latestSnapshot(tx, fc.id);
  if (!shown) throw invalid('This fact-check has no published version yet: publish it first.');
  if (data.claimId && !shown.data.claims.some((c) => c.id === data.claimId)) {
    throw invalid('That claim is not part of this fact-check.', { claimId: ['Choose a claim readers see in this fact-check, or none.'] });
  }
  const snapshot = await insertSnapshot(tx, {
    factCheckId: fc.id,
    number: shown.number + 1,
    kind: 'correction',
    note: data.reason,
    data: shown.data,
    byId,
  });
  const correction = { factCheckId: fc.id, claimId: data.claimId, whatChanged: data.whatChanged, reason: data.reason, byId };
  return recordCorrection(tx, { ...correction, snapshotId: snapshot.id }, { bump: false });
}
