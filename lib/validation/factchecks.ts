import { z } from 'zod';
import { ZFormBoolean, ZFormNumber, ZId, ZVersion } from '@/lib/validation/common';

// Inputs of the publishing step (lib/data/factchecks.ts) and of corrections (lib/data/corrections.ts).

/** 0 when no fact-check exists yet: the first summary creates it. */
const ZFactCheckVersion = ZFormNumber('Missing version.').pipe(z.number().int({ error: 'Missing version.' }).min(0, { error: 'Missing version.' }));

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(min, { error: min <= 1 ? `Write ${what}.` : `Write ${what} (at least ${min} characters).` })
    .max(max, { error: `Keep ${what} under ${max} characters.` });

export const ZSaveSummarySchema = z.object({
  articleId: ZId,
  version: ZFactCheckVersion,
  summary: text(20, 2000, 'a summary'),
});
export type TSaveSummary = z.input<typeof ZSaveSummarySchema>;

export const ZPublishSchema = z.object({ articleId: ZId, version: ZFactCheckVersion });
export type TPublish = z.input<typeof ZPublishSchema>;

export const ZUnpublishSchema = z.object({ articleId: ZId, version: ZFactCheckVersion });
export type TUnpublish = z.input<typeof ZUnpublishSchema>;

export const ZSetIncludedSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  included: ZFormBoolean('Choose whether to include the claim.'),
  /** Required only when the fact-check is published: the change is logged as a correction. */
  reason: z
    .string()
    .trim()
    .max(1000, { error: 'Keep the reason under 1000 characters.' })
    .nullish()
    .transform((v) => v || null),
});
export type TSetIncluded = z.input<typeof ZSetIncludedSchema>;

export const ZWriteCorrectionSchema = z.object({
  articleId: ZId,
  claimId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  whatChanged: text(5, 500, 'what changed'),
  reason: text(5, 1000, 'why it changed'),
});
export type TWriteCorrection = z.input<typeof ZWriteCorrectionSchema>;
