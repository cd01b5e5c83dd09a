import 'server-only';
import { db, type DbClient } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { recordEvent, type VerdictValues } from '@/lib/data/events';
import { moveClaim } from '@/lib/data/workflow';
import { publishedFactCheckOf, recordCorrection } from '@/lib/data/corrections';
import { RATING_LABELS } from '@/lib/labels';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZProposeVerdictSchema, ZRuleVerdictSchema, type TProposeVerdict, type TRuleVerdict } from '@/lib/validation/verdicts';

// Verdicts are append-only: proposing or ruling adds a row, so every verdict ever given stays.
// The latest row wins, by (createdAt, id): the order the verdicts indexes keep.

export const verdictSelect = {
  id: true,
  kind: true,
  rating: true,
  explanation: true,
  attributionConfirmed: true,
  createdAt: true,
  by: { select: { id: true, name: true } },
} as const satisfies Prisma.VerdictSelect;

/** Newest first: the first proposed / ruled row is the one in force. */
export const latestFirst: Prisma.VerdictOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];

const values = (v: VerdictValues): VerdictValues => ({ rating: v.rating, explanation: v.explanation, attributionConfirmed: v.attributionConfirmed });

export async function proposeVerdict(actorId: string | null, input: TProposeVerdict) {
  const data = parseOrThrow(ZProposeVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const { actor, claim } = await moveClaim(tx, actorId, 'propose', data.claimId, data.version);
    const verdict = await tx.verdict.create({
      data: { claimId: claim.id, kind: 'proposed', ...values(data), byId: actor.id },
      select: verdictSelect,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'verdict_propose',
      entityId: verdict.id,
      claimId: claim.id,
      articleId: claim.articleId,
      after: values(data),
    });
    return { verdict, claim };
  });
}

/** What a new ruling changes compared with the one in force, in words readers will see. */
function describeVerdictChange(prev: VerdictValues, next: VerdictValues): string | null {
  const parts: string[] = [];
  if (prev.rating !== next.rating) parts.push(`Verdict changed from ${RATING_LABELS[prev.rating]} to ${RATING_LABELS[next.rating]}`);
  if (prev.explanation !== next.explanation) parts.push('Explanation updated');
  if (prev.attributionConfirmed !== next.attributionConfirmed) {
    parts.push(next.attributionConfirmed ? 'Attribution now confirmed' : 'Attribution no longer confirmed');
  }
  return parts.length ? parts.join('; ') : null;
}

/**
 * An editor sets the verdict. Once the claim is in a published fact-check and already had a
 * ruling, any change readers would see needs a correction reason, and the correction is written
 * in the same transaction.
 */
export async function ruleVerdict(actorId: string | null, input: TRuleVerdict) {
  const data = parseOrThrow(ZRuleVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const { actor, claim } = await moveClaim(tx, actorId, 'rule', data.claimId, data.version);
    const previous = await tx.verdict.findFirst({
      where: { claimId: claim.id, kind: 'ruled' },
      orderBy: latestFirst,
      select: { rating: true, explanation: true, attributionConfirmed: true },
    });
    const published = await publishedFactCheckOf(tx, claim.id);
    const change = previous ? describeVerdictChange(previous, data) : null;
    let correctionId: string | null = null;
    if (published && change) {
      if (!data.correctionReason) {
        const msg = 'This verdict is published: say why it changes. Readers will see the reason in the corrections log.';
        throw invalid(msg, { correctionReason: [msg] });
      }
      correctionId = (
        await recordCorrection(tx, {
          factCheckId: published.id,
          claimId: claim.id,
          whatChanged: change,
          reason: data.correctionReason,
          byId: actor.id,
        })
      ).id;
    }
    const verdict = await tx.verdict.create({ data: { claimId: claim.id, kind: 'ruled', ...values(data), byId: actor.id }, select: verdictSelect });
    // A ruling on the claim's current words settles "its words changed after its ruling".
    await tx.claim.updateMany({ where: { id: claim.id, needsRecheck: true }, data: { needsRecheck: false } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'verdict_rule',
      entityId: verdict.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: previous ? values(previous) : undefined,
      after: values(data),
    });
    return { verdict, claim, correctionId };
  });
}

/**
 * For the rule form: whether a change to the ruling would need a correction reason. No
 * authorization here: callers (lib/data/claim-page.ts) have authorized the read.
 */
export async function rulingNeedsCorrection(client: DbClient, claimId: string): Promise<boolean> {
  const [published, ruled] = await Promise.all([publishedFactCheckOf(client, claimId), client.verdict.count({ where: { claimId, kind: 'ruled' } })]);
  return !!published && ruled > 0;
}
