import { z } from 'zod';
import { ClaimantType } from '@/lib/generated/prisma/enums';
import { ZId, ZVersion, zText } from '@/lib/validation/common';

const optionalText = (max: number) =>
  zText()
    .trim()
    .max(max, { error: `Keep it under ${max} characters.` })
    .transform((v) => (v === '' ? null : v))
    .nullable();

export const ZUpdateClaimAttributionSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  claimant: optionalText(200),
  /** Absent: left as it is. Empty: not known. */
  claimantType: z
    .preprocess((v) => (v === '' ? null : v), z.enum(ClaimantType, { error: 'Choose person, organisation or group.' }).nullable())
    .optional(),
  claimantRole: optionalText(120).optional(),
  cue: optionalText(60),
});
export type TUpdateClaimAttribution = z.input<typeof ZUpdateClaimAttributionSchema>;

/** The short wording of a claim that ClaimReview's claimReviewed carries (search results show it). Empty: none yet. */
export const SUMMARY_TARGET_CHARS = 75;
export const ZUpdateClaimSummarySchema = z.object({
  claimId: ZId,
  version: ZVersion,
  summary: optionalText(200),
});
export type TUpdateClaimSummary = z.input<typeof ZUpdateClaimSummarySchema>;

/** Why no primary source (document, official statement, dataset) exists for the claim; empty: none given. */
export const ZPrimarySourceReasonSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  reason: optionalText(500).pipe(z.string().min(5, { error: 'Say in a few words why no primary source exists.' }).nullable()),
});
export type TPrimarySourceReason = z.input<typeof ZPrimarySourceReasonSchema>;
