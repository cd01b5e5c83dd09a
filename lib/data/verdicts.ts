import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { moveClaim } from '@/lib/data/workflow';
import { publishedFactCheckOf, recordCorrection } from '@/lib/data/corrections-core';
import { ratingLabel } from '@/lib/ratings';
import type { Rating } from '@/lib/generated/prisma/enums';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZProposeVerdictSchema, ZRuleVerdictSchema } from '@/lib/validation/verdicts';

// Verdicts are append-only: proposing or ruling adds a row, so every verdict ever given stays.

const verdictSelect = {
  id: true,
  kind: true,
  rating: true,
  explanation: true,
  attributionConfirmed: true,
  createdAt: true,
  by: { select: { id: true, name: true } },
} as const;

type VerdictValues = { rating: Rating; explanation: string; attributionConfirmed: boolean };
const values = (v: VerdictValues) => ({ rating: v.rating, explanation: v.explanation, attributionConfirmed: v.attributionConfirmed });

/** Newest first: the first proposed / ruled row is the one in force. */
export async function listVerdicts(userId: string | null, claimId: string) {
  await authorize(userId, 'workspace.read');
  return db.verdict.findMany({ where: { claimId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: verdictSelect });
}

export async function proposeVerdict(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZProposeVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const { actor, claim } = await moveClaim(tx, userId, 'propose', data.claimId, data.version);
    const verdict = await tx.verdict.create({ data: { claimId: claim.id, kind: 'proposed', ...values(data), byId: actor.id }, select: verdictSelect });
    await recordEvent(tx, { actorId: actor.id, action: 'verdict.propose', entityType: 'verdict', entityId: verdict.id, claimId: claim.id, articleId: claim.articleId, after: values(data) });
    return { verdict, claim };
  });
}

/** What a new ruling changes compared with the one in force, in words readers will see. */
export function describeVerdictChange(prev: VerdictValues, next: VerdictValues): string | null {
  const parts: string[] = [];
  if (prev.rating !== next.rating) parts.push(`Verdict changed from ${ratingLabel(prev.rating)} to ${ratingLabel(next.rating)}`);
  if (prev.explanation !== next.explanation) parts.push('Explanation updated');
  if (prev.attributionConfirmed !== next.attributionConfirmed) {
    parts.push(next.attributionConfirmed ? 'Attribution now confirmed' : 'Attribution no longer confirmed');
  }
  return parts.length ? parts.join('; ') : null;
}

/**
 * An editor sets the verdict. Once the claim is in a published fact-check and already had a
 * ruling, any change readers would see needs a correction reason, and the correction is written
 * in the same transaction. Returns the public slug to invalidate, if readers can see the claim.
 */
export async function ruleVerdict(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZRuleVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const { actor, claim } = await moveClaim(tx, userId, 'rule', data.claimId, data.version);
    const previous = await tx.verdict.findFirst({
      where: { claimId: claim.id, kind: 'ruled' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { rating: true, explanation: true, attributionConfirmed: true },
    });
    const published = await publishedFactCheckOf(tx, claim.id);
    const change = previous ? describeVerdictChange(previous, data) : null;
    let correctionId: string | null = null;
    if (published && change) {
      if (!data.correctionReason) {
        const msg = 'This verdict is published: say why it changes. Readers will see the reason in the corrections log.';
        throw new AppError('INVALID', msg, { correctionReason: [msg] });
      }
      correctionId = (await recordCorrection(tx, { factCheckId: published.id, claimId: claim.id, whatChanged: change, reason: data.correctionReason, byId: actor.id })).id;
    }
    const verdict = await tx.verdict.create({ data: { claimId: claim.id, kind: 'ruled', ...values(data), byId: actor.id }, select: verdictSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'verdict.rule',
      entityType: 'verdict',
      entityId: verdict.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: previous ? values(previous) : undefined,
      after: values(data),
    });
    return { verdict, claim, correctionId, publicSlug: published?.slug ?? null };
  });
}

/** For the rule form: whether a change to the ruling would need a correction reason. */
export async function rulingNeedsCorrection(userId: string | null, claimId: string) {
  await authorize(userId, 'workspace.read');
  return db.$transaction(async (tx) => {
    const published = await publishedFactCheckOf(tx, claimId);
    return !!published && (await tx.verdict.count({ where: { claimId, kind: 'ruled' } })) > 0;
  });
}
