import { z } from 'zod';

export const ZId = z.string().trim().min(1).max(64);
export const ZVersion = z.coerce.number({ error: 'Missing version.' }).int().min(1);

const optionalText = (max: number) =>
  z
    .string()
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
export type TUpdateClaimAttribution = z.infer<typeof ZUpdateClaimAttributionSchema>;
