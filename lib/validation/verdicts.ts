import { z } from 'zod';
import { Rating } from '@/lib/generated/prisma/enums';
import { ZId, ZVersion, zText } from '@/lib/validation/common';

export const MAX_EXPLANATION_CHARS = 2000;

/** Forms send "yes"/"no" from radio buttons; scripts may send booleans. */
const ZYesNo = z
  .union([z.boolean(), z.enum(['yes', 'no', 'true', 'false'])], {
    error: 'Say whether the attribution was confirmed.',
  })
  .transform((v) => v === true || v === 'yes' || v === 'true');

const ZVerdictFields = z.object({
  claimId: ZId,
  version: ZVersion,
  rating: z.enum(Rating, { error: 'Choose a rating.' }),
  explanation: zText({ error: 'Write the explanation.' })
    .trim()
    .min(1, { error: 'Write the explanation.' })
    .max(MAX_EXPLANATION_CHARS, { error: `Keep the explanation to one paragraph, under ${MAX_EXPLANATION_CHARS} characters.` })
    .refine((v) => !/\n\s*\n/.test(v), { error: 'Keep the explanation to one paragraph.' }),
  attributionConfirmed: ZYesNo,
});

export const ZProposeVerdictSchema = ZVerdictFields;
export type TProposeVerdict = z.input<typeof ZProposeVerdictSchema>;

export const ZRuleVerdictSchema = ZVerdictFields.extend({
  /** Required only when the ruling changes a published verdict; the data layer decides. */
  correctionReason: zText()
    .trim()
    .max(1000, { error: 'Keep the correction reason under 1000 characters.' })
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type TRuleVerdict = z.input<typeof ZRuleVerdictSchema>;
