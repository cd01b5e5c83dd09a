import 'server-only';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound, type SavedRecord } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { updateVersioned } from '@/lib/data/versioned';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZUpdateClaimAttributionSchema,
  ZPrimarySourceReasonSchema,
  ZUpdateClaimSummarySchema,
  type TPrimarySourceReason,
  type TUpdateClaimAttribution,
  type TUpdateClaimSummary,
} from '@/lib/validation/claims';

export const claimSummarySelect = {
  id: true,
  articleId: true,
  number: true,
  start: true,
  end: true,
  text: true,
  claimant: true,
  claimantType: true,
  claimantRole: true,
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

type ClaimSummary = Prisma.ClaimGetPayload<{ select: typeof claimSummarySelect }>;

/** What a CONFLICT on a claim shows of it. */
export const savedClaim = (c: ClaimSummary): SavedRecord => ({
  entity: 'claim',
  id: c.id,
  version: c.version,
  articleId: c.articleId,
  status: c.status,
  start: c.start,
  end: c.end,
  text: c.text,
  claimant: c.claimant,
  cue: c.cue,
});

/** Applies `data` to the claim only if it is still at `version`, bumping the version (lib/data/versioned.ts). */
export function updateClaimVersioned(tx: Tx, id: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput) {
  return updateVersioned(
    { id, version },
    {
      write: (where) => tx.claim.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
      read: () => tx.claim.findUnique({ where: { id }, select: claimSummarySelect }),
      saved: savedClaim,
      what: 'this claim',
      missing: 'That claim',
    },
  );
}

const attributionSelect = { claimant: true, claimantType: true, claimantRole: true, cue: true } as const satisfies Prisma.ClaimSelect;
const attribution = (c: Prisma.ClaimGetPayload<{ select: typeof attributionSelect }>) => ({
  claimant: c.claimant,
  claimantType: c.claimantType,
  claimantRole: c.claimantRole,
  cue: c.cue,
});

/** Corrects who the claim is attributed to, and the cue, where the extractor got them wrong. */
export async function updateClaimAttribution(actorId: string | null, input: TUpdateClaimAttribution) {
  const data = parseOrThrow(ZUpdateClaimAttributionSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.edit', tx);
    const before = await tx.claim.findUnique({ where: { id: data.claimId }, select: { ...attributionSelect, articleId: true } });
    if (!before) throw notFound('That claim');
    const { claimId, version, ...fields } = data;
    const after = await updateClaimVersioned(tx, claimId, version, fields);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim_attribution',
      entityId: data.claimId,
      claimId: data.claimId,
      articleId: before.articleId,
      before: attribution(before),
      after: attribution(after),
    });
    return after;
  });
}

/**
 * One text field of a claim, versioned, with its history event in the same transaction: the
 * short summary and the reason for having no primary source are both this.
 */
async function setClaimText(
  actorId: string | null,
  c: { claimId: string; version: number; value: string | null },
  field: 'summary' | 'noPrimarySourceReason',
  action: 'claim_summary' | 'claim_primarySource',
  permission: 'claim.edit' | 'source.write',
) {
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, permission, tx);
    const before = await tx.claim.findUnique({ where: { id: c.claimId }, select: { summary: true, noPrimarySourceReason: true, articleId: true } });
    if (!before) throw notFound('That claim');
    const after = await updateClaimVersioned(tx, c.claimId, c.version, { [field]: c.value });
    const base = { actorId: actor.id, entityId: c.claimId, claimId: c.claimId, articleId: before.articleId };
    if (action === 'claim_summary') await recordEvent(tx, { ...base, action, before: { summary: before.summary }, after: { summary: c.value } });
    else await recordEvent(tx, { ...base, action, before: { reason: before.noPrimarySourceReason }, after: { reason: c.value } });
    return after;
  });
}

/**
 * Sets the claim's short summary: what its ClaimReview gives as claimReviewed (Google asks for a
 * short one; the reader's page keeps the full quote). The publishing checklist warns when it is
 * missing or longer than SUMMARY_TARGET_CHARS.
 */
export async function updateClaimSummary(actorId: string | null, input: TUpdateClaimSummary) {
  const data = parseOrThrow(ZUpdateClaimSummarySchema, input);
  return setClaimText(actorId, { claimId: data.claimId, version: data.version, value: data.summary }, 'summary', 'claim_summary', 'claim.edit');
}

/**
 * Says why the claim has no primary source (a primary document, an official statement or a
 * dataset), or clears it: the publishing checklist asks for one or the other.
 */
export async function setPrimarySourceReason(actorId: string | null, input: TPrimarySourceReason) {
  const data = parseOrThrow(ZPrimarySourceReasonSchema, input);
  return setClaimText(
    actorId,
    { claimId: data.claimId, version: data.version, value: data.reason },
    'noPrimarySourceReason',
    'claim_primarySource',
    'source.write',
  );
}
