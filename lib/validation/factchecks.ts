import { z } from 'zod';
import { ZFormBoolean, ZFormNumber, ZId, ZVersion, zText } from '@/lib/validation/common';

// Inputs of the publishing step (lib/data/factchecks.ts) and of corrections (lib/data/corrections.ts).

/** 0 when no fact-check exists yet: the first summary creates it. */
const ZFactCheckVersion = ZFormNumber('Missing version.').pipe(z.number().int({ error: 'Missing version.' }).min(0, { error: 'Missing version.' }));

const text = (min: number, max: number, what: string) =>
  zText({ error: `Write ${what}.` })
    .trim()
    .min(min, { error: min <= 1 ? `Write ${what}.` : `Write ${what} (at least ${min} characters).` })
    .max(max, { error: `Keep ${what} under ${max} characters.` });

export const ZSaveSummarySchema = z.object({
  articleId: ZId,
  version: ZFactCheckVersion,
  summary: text(20, 2000, 'a summary'),
});
export type TSaveSummary = z.input<typeof ZSaveSummarySchema>;

const NAME = 'Keep each name under 120 characters.';

/** The bylines: the checkers one per line (or separated by commas), the editor one name; empty is none. */
export const ZSaveBylinesSchema = z.object({
  articleId: ZId,
  version: ZFactCheckVersion.pipe(z.number().min(1, { error: 'Write the summary first: it starts the fact-check.' })),
  checkers: zText()
    .max(3000)
    .transform((v) => [
      ...new Set(
        v
          .split(/[\n,]/)
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(120, { error: NAME })).max(20, { error: 'Name at most 20 checkers.' })),
  editor: zText()
    .trim()
    .max(120, { error: NAME })
    .transform((v) => v || null),
});
export type TSaveBylines = z.input<typeof ZSaveBylinesSchema>;

/** An optional choice or text from a form: '' and absent are both "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? null : v), schema);

/**
 * Publishing. Once readers have seen a version, a new one that changes what they see needs a
 * note for the corrections log: whether it corrects something wrong or brings new information,
 * and why (lib/data/factchecks.ts decides when; the first publication needs neither).
 */
export const ZPublishSchema = z.object({
  articleId: ZId,
  version: ZFactCheckVersion,
  kind: optional(z.enum(['correction', 'update'], { error: 'Choose correction or update.' }).nullish()),
  note: optional(text(5, 1000, 'a note for readers').nullish()),
});
export type TPublish = z.input<typeof ZPublishSchema>;

/**
 * Unpublishing is a retraction: readers who come back find the page answering 410 with this
 * reason, so it is required (lib/data/factchecks.ts stores it; republishing clears it).
 */
export const ZUnpublishSchema = z.object({ articleId: ZId, version: ZFactCheckVersion, reason: text(10, 1000, 'the reason for readers') });
export type TUnpublish = z.input<typeof ZUnpublishSchema>;

/** On a published fact-check, readers see the change with the next version an editor publishes. */
export const ZSetIncludedSchema = z.object({
  claimId: ZId,
  version: ZVersion,
  included: ZFormBoolean('Choose whether to include the claim.'),
});
export type TSetIncluded = z.input<typeof ZSetIncludedSchema>;

export const ZWriteCorrectionSchema = z.object({
  articleId: ZId,
  claimId: zText()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  whatChanged: text(5, 500, 'what changed'),
  reason: text(5, 1000, 'why it changed'),
});
export type TWriteCorrection = z.input<typeof ZWriteCorrectionSchema>;
