import { z } from 'zod';
import { ZFormNumber, ZHttpUrl, ZId, ZVersion, zText } from '@/lib/validation/common';

// Reader feedback: what a reader may send without an account, and what staff do with it. The
// same limits are CHECKs in the migration (20261202090000_reader_feedback).

export const FEEDBACK_LIMITS = { whatIsWrong: 2000, claimText: 1000, url: 2000, email: 254, reason: 1000, whatChanged: 500 } as const;

/** The honeypot's field name: a hidden input a person leaves empty and a form-filling bot does not. */
export const HONEYPOT_FIELD = 'website';

// Browsers send a textarea's line ends as CRLF: kept as LF.
const required = (max: number, empty: string, what: string) =>
  zText({ error: empty })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: empty })
        .max(max, { error: `Keep ${what} under ${max.toLocaleString('en')} characters.` }),
    );

const URL_ERROR = 'Enter a full web address starting with http:// or https://, or leave it empty.';
const EMAIL_ERROR = 'Enter an email address like name@example.org, or leave it empty.';
const isEmail = (v: string) => z.email().safeParse(v).success;

// Refinements rather than unions of "empty" and "valid": a union that fails says only "Invalid input".

/** An optional web address: empty or missing is null. */
const optionalUrl = zText()
  .trim()
  .refine((v) => v === '' || ZHttpUrl.safeParse(v).success, { error: URL_ERROR })
  .transform((v) => v || null)
  .nullish();

/** An optional email address for the reply: empty or missing is null, stored lower-cased. */
const optionalEmail = zText()
  .trim()
  .max(FEEDBACK_LIMITS.email, { error: 'That email address is too long.' })
  .refine((v) => v === '' || isEmail(v), { error: EMAIL_ERROR })
  .transform((v) => (v ? v.toLowerCase() : null))
  .nullish();

/** The honeypot: anything at all is accepted here, and only its emptiness matters. */
const honeypot = z.string().max(10_000).optional();

const CLAIM_ERROR = 'Choose a claim from the list, or the fact-check as a whole.';

export const ZSubmitReportSchema = z.object({
  slug: zText().trim().min(1, { error: 'Choose a fact-check.' }).max(100, { error: 'Choose a fact-check.' }),
  /** The claim's number on the reader's pages; empty for the fact-check as a whole. */
  claim: z
    .union([z.literal('').transform(() => null), ZFormNumber(CLAIM_ERROR).pipe(z.number().int().min(1).max(999_999))], { error: CLAIM_ERROR })
    .nullish()
    .transform((v) => v ?? null),
  whatIsWrong: required(FEEDBACK_LIMITS.whatIsWrong, 'Tell us what you think is wrong.', 'your message'),
  evidenceUrl: optionalUrl,
  email: optionalEmail,
  [HONEYPOT_FIELD]: honeypot,
});
export type TSubmitReport = z.input<typeof ZSubmitReportSchema>;

export const ZSubmitTipSchema = z.object({
  claimText: required(FEEDBACK_LIMITS.claimText, 'Write the claim you would like us to check.', 'the claim'),
  seenAtUrl: optionalUrl,
  email: optionalEmail,
  [HONEYPOT_FIELD]: honeypot,
});
export type TSubmitTip = z.input<typeof ZSubmitTipSchema>;

const reason = required(FEEDBACK_LIMITS.reason, 'Write why it is declined.', 'the reason');

export const ZAcceptReportSchema = z.object({
  reportId: ZId,
  version: ZVersion,
  whatChanged: required(FEEDBACK_LIMITS.whatChanged, 'Write what the correction says changed.', 'what changed'),
  reason: required(FEEDBACK_LIMITS.reason, 'Write why it changed.', 'why it changed'),
});
export type TAcceptReport = z.input<typeof ZAcceptReportSchema>;

export const ZDeclineReportSchema = z.object({ reportId: ZId, version: ZVersion, reason });
export type TDeclineReport = z.input<typeof ZDeclineReportSchema>;

export const ZTipToClaimSchema = z.object({ tipId: ZId, version: ZVersion });
export type TTipToClaim = z.input<typeof ZTipToClaimSchema>;

export const ZTipToArticleSchema = z.object({ tipId: ZId, version: ZVersion, articleId: ZId });
export type TTipToArticle = z.input<typeof ZTipToArticleSchema>;

export const ZDeclineTipSchema = z.object({ tipId: ZId, version: ZVersion, reason });
export type TDeclineTip = z.input<typeof ZDeclineTipSchema>;
