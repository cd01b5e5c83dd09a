import 'server-only';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { conflict, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZUpdateClaimAttributionSchema } from '@/lib/validation/claims';

export const claimSummarySelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  text: true,
  claimant: true,
  cue: true,
  kind: true,
  score: true,
  reasons: true,
  flagUnverified: true,
  flagDisputed: true,
  status: true,
  included: true,
  version: true,
  assignee: { select: { id: true, name: true } },
  updatedAt: true,
} as const satisfies Prisma.ClaimSelect;

/**
 * Applies `data` to the claim only if it is still at `version`, and bumps the version. A stale
 * version means someone else saved first: throw CONFLICT carrying what is there now, so the
 * form can show it next to what the user typed. Never read-then-write without this check.
 */
export async function updateClaimVersioned(tx: Tx, id: string, version: number, data: Prisma.ClaimUpdateManyMutationInput) {
  const r = await tx.claim.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (r.count === 0) {
    const current = await tx.claim.findUnique({ where: { id }, select: claimSummarySelect });
    if (!current) throw notFound('That claim');
    throw conflict(current);
  }
  return tx.claim.findUniqueOrThrow({ where: { id }, select: claimSummarySelect });
}

export async function getClaimForWorkspace(userId: string | null, id: string) {
  await authorize(userId, 'workspace.read');
  const claim = await db.claim.findUnique({
    where: { id },
    select: { ...claimSummarySelect, prefix: true, suffix: true, article: { select: { id: true, title: true } } },
  });
  if (!claim) throw notFound('That claim');
  return claim;
}

/** Corrects who the claim is attributed to, and the cue, where the extractor got them wrong. */
export async function updateClaimAttribution(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZUpdateClaimAttributionSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'claim.edit', tx);
    const before = await tx.claim.findUnique({ where: { id: data.claimId }, select: { claimant: true, cue: true, articleId: true } });
    if (!before) throw notFound('That claim');
    const after = await updateClaimVersioned(tx, data.claimId, data.version, { claimant: data.claimant, cue: data.cue });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim.attribution',
      entityType: 'claim',
      entityId: data.claimId,
      claimId: data.claimId,
      articleId: before.articleId,
      before: { claimant: before.claimant, cue: before.cue },
      after: { claimant: after.claimant, cue: after.cue },
    });
    return after;
  });
}
