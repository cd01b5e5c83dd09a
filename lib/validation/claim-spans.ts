import { z } from 'zod';
import { ZFormNumber, ZId, ZVersion } from '@/lib/validation/common';

// Inputs of the span fixes (lib/data/claim-spans.ts): edit, merge, split, add from a selection.

/** A UTF-16 offset into an article's plain text; range against the text is checked in lib/data. */
const ZOffset = (label: string) =>
  ZFormNumber(`Enter the ${label} as a number.`).pipe(
    z
      .number()
      .int({ error: `The ${label} must be a whole number.` })
      .min(0, { error: `The ${label} cannot be negative.` }),
  );

const ZClaimRef = z.object({ claimId: ZId, version: ZVersion });

export const ZEditSpanSchema = ZClaimRef.extend({ start: ZOffset('start'), end: ZOffset('end') }).refine((v) => v.start < v.end, {
  error: 'The end must come after the start.',
  path: ['end'],
});
export type TEditSpan = z.input<typeof ZEditSpanSchema>;

export const ZMergeClaimsSchema = z.object({
  firstId: ZId,
  firstVersion: ZVersion,
  secondId: ZId,
  secondVersion: ZVersion,
});
export type TMergeClaims = z.input<typeof ZMergeClaimsSchema>;

export const ZSplitClaimSchema = ZClaimRef.extend({ at: ZOffset('split point') });
export type TSplitClaim = z.input<typeof ZSplitClaimSchema>;

export const ZAddClaimSchema = z
  .object({ articleId: ZId, start: ZOffset('start'), end: ZOffset('end') })
  .refine((v) => v.start < v.end, { error: 'Select some text first.', path: ['end'] });
export type TAddClaim = z.input<typeof ZAddClaimSchema>;
