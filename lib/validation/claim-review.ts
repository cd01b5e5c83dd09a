import { z } from 'zod';
import { ZId, ZVersion } from '@/lib/validation/claims';

/** A UTF-16 offset into an article's plain text; range against the text is checked in lib/data. */
const ZOffset = (label: string) =>
  z.coerce
    .number({ error: `Enter the ${label} as a number.` })
    .int({ error: `The ${label} must be a whole number.` })
    .min(0, { error: `The ${label} cannot be negative.` });

export const ZClaimRefSchema = z.object({ claimId: ZId, version: ZVersion });
export type TClaimRef = z.infer<typeof ZClaimRefSchema>;

export const ZEditSpanSchema = ZClaimRefSchema.extend({ start: ZOffset('start'), end: ZOffset('end') }).refine((v) => v.start < v.end, {
  error: 'The end must come after the start.',
  path: ['end'],
});
export type TEditSpan = z.infer<typeof ZEditSpanSchema>;

export const ZMergeClaimsSchema = z.object({
  firstId: ZId,
  firstVersion: ZVersion,
  secondId: ZId,
  secondVersion: ZVersion,
});
export type TMergeClaims = z.infer<typeof ZMergeClaimsSchema>;

export const ZSplitClaimSchema = ZClaimRefSchema.extend({ at: ZOffset('split point') });
export type TSplitClaim = z.infer<typeof ZSplitClaimSchema>;

export const ZAddClaimSchema = z
  .object({ articleId: ZId, start: ZOffset('start'), end: ZOffset('end') })
  .refine((v) => v.start < v.end, { error: 'Select some text first.', path: ['end'] });
export type TAddClaim = z.infer<typeof ZAddClaimSchema>;
