import { z } from 'zod';
import { ZId } from '@/lib/validation/claims';

// Inputs of the publishing step (lib/data/factchecks.ts) and of corrections (lib/data/corrections.ts).
// Everything arrives from forms, so numbers and booleans are coerced from strings.

const ZFactCheckVersion = z.coerce.number({ error: 'Missing version.' }).int().min(0);

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(min, { error: min <= 1 ? `Write ${what}.` : `Write ${what} (at least ${min} characters).` })
    .max(max, { error: `Keep ${what} under ${max} characters.` });

export const ZSaveSummarySchema = z.object({
  articleId: ZId,
  /** 0 when no fact-check exists yet. */
  version: ZFactCheckVersion,
  summary: text(20, 2000, 'a summary'),
});
export type TSaveSummary = z.infer<typeof ZSaveSummarySchema>;

export const ZPublishSchema = z.object({ articleId: ZId, version: ZFactCheckVersion });
export type TPublish = z.infer<typeof ZPublishSchema>;

export const ZUnpublishSchema = z.object({ articleId: ZId, version: ZFactCheckVersion });

const ZFormBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
  error: 'Choose whether to include the claim.',
});

export const ZSetIncludedSchema = z.object({
  claimId: ZId,
  version: z.coerce.number({ error: 'Missing version.' }).int().min(1),
  included: ZFormBoolean,
  /** Required only when the fact-check is published: the change is logged as a correction. */
  reason: z
    .string()
    .trim()
    .max(1000, { error: 'Keep the reason under 1000 characters.' })
    .optional()
    .transform((v) => v || null),
});
export type TSetIncluded = z.infer<typeof ZSetIncludedSchema>;

export const ZWriteCorrectionSchema = z.object({
  articleId: ZId,
  claimId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  whatChanged: text(5, 500, 'what changed'),
  reason: text(5, 1000, 'why it changed'),
});
export type TWriteCorrection = z.infer<typeof ZWriteCorrectionSchema>;
