import { z } from 'zod';
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
  cue: optionalText(60),
});
export type TUpdateClaimAttribution = z.input<typeof ZUpdateClaimAttributionSchema>;
