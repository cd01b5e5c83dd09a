import { z } from 'zod';
import { ZId, ZVersion, zText } from '@/lib/validation/common';

export const ZAssignClaimSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  assigneeId: zText({ error: 'Choose who will research it.' }).trim().min(1, { error: 'Choose who will research it.' }).max(64),
});
export type TAssignClaim = z.input<typeof ZAssignClaimSchema>;

export const ZSendBackSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  reason: zText({ error: 'Say why it goes back.' })
    .trim()
    .min(1, { error: 'Say why it goes back.' })
    .max(2000, { error: 'Keep the reason under 2000 characters.' }),
});
export type TSendBack = z.input<typeof ZSendBackSchema>;

/** Moves that need nothing but the claim: the review of a suggestion. */
export const ZSimpleMoveSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  move: z.enum(['accept', 'dismiss'], { error: 'Unknown move.' }),
});
export type TSimpleMove = z.input<typeof ZSimpleMoveSchema>;
