import { z } from 'zod';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/limits';
import { isStorableText, UNSTORABLE_TEXT, ZHttpUrl, ZId, ZOptionalText, ZPastDate, ZVersion, zText } from '@/lib/validation/common';

export { MAX_ARTICLE_CHARS };

// A browser sends a textarea's line breaks as CRLF: the limit counts what the user saw and the
// page counted, so line breaks are normalized to LF before counting (and stored that way).
export const ZRaw = z
  .string({ error: 'Paste the article text or choose a file.' })
  .transform((v) => v.replace(/\r\n?/g, '\n'))
  .pipe(z.string())
  .refine((v) => v.length <= MAX_ARTICLE_CHARS, {
    error: `The article is too long: the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`,
    abort: true,
  })
  .refine((v) => v.trim().length > 0, { error: 'Paste the article text or choose a file.' })
  .refine((v) => !v.includes('\u0000'), { error: 'That does not look like text: it contains binary data.' })
  .refine((v) => v.includes('\u0000') || isStorableText(v), { error: UNSTORABLE_TEXT });

/** The preview checks only the text: title and the rest come after the user has seen it. */
export const ZPreviewImportSchema = z.object({ raw: ZRaw });
export type TPreviewImport = z.input<typeof ZPreviewImportSchema>;

/** Longest byline kept (articles.byline, a CHECK in its migration). */
export const MAX_BYLINE_CHARS = 300;

/** Who wrote the article, as its byline says ("Jane Doe and John Roe", "Jane Doe, Reuters"); empty is none. */
const ZByline = zText()
  .trim()
  .max(MAX_BYLINE_CHARS, { error: `Keep the byline under ${MAX_BYLINE_CHARS} characters.` })
  .transform((v) => v || null);

/** An article's details, at import and when edited (ZUpdateArticleDetailsSchema). */
const articleDetails = {
  title: zText({ error: 'Enter a title.' }).trim().min(1, { error: 'Enter a title.' }).max(300, { error: 'Keep the title under 300 characters.' }),
  publisher: ZOptionalText(200, 'publisher'),
  url: z
    .union([z.literal('').transform(() => null), ZHttpUrl])
    .nullish()
    .transform((v) => v ?? null),
  publishedAt: z
    .union([z.literal('').transform(() => null), ZPastDate])
    .nullish()
    .transform((v) => v ?? null),
  /** BCP 47 language tag ("en", "pt-BR"): the reader's page and ClaimReview inLanguage. Absent: left as it is (new articles: English). */
  language: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() || undefined : v),
    z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Write a language tag like en, fr or pt-BR.' })
      .optional(),
  ),
};

export const ZImportArticleSchema = z.object({
  raw: ZRaw,
  ...articleDetails,
  byline: ZByline.nullish().transform((v) => v ?? null),
  /** Set when the user has seen the duplicate warning and wants a second copy anyway. */
  allowDuplicate: z
    .union([z.boolean(), z.literal('on'), z.literal('true')])
    .optional()
    .transform((v) => !!v),
});
export type TImportArticle = z.input<typeof ZImportArticleSchema>;

/** A new version of an article's text, replacing the version the user saw (`baseVersion`). */
export const ZImportVersionSchema = z.object({
  articleId: ZId,
  raw: ZRaw,
  baseVersion: z.coerce.number({ error: 'Reload the page: the version you saw is missing.' }).int().min(1),
});
export type TImportVersion = z.input<typeof ZImportVersionSchema>;

/** Settling what a new version did to one claim: confirm its new words, or leave it out. */
export const ZSettleAnchorSchema = z.object({ claimId: ZId, version: z.coerce.number().int().min(1) });
export type TSettleAnchor = z.input<typeof ZSettleAnchorSchema>;

/** Two versions of an article to compare. */
export const ZCompareVersionsSchema = z.object({ articleId: ZId, a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) });
export type TCompareVersions = z.input<typeof ZCompareVersionsSchema>;

/**
 * The article's title, publisher, byline, address and date (lib/data/article-details.ts). Empty
 * clears a field; the publishing checklist then names what is missing. `version` is the details'
 * version the form was loaded with. A form without a byline field leaves the byline as it is.
 */
export const ZUpdateArticleDetailsSchema = z.object({ articleId: ZId, version: ZVersion, ...articleDetails, byline: ZByline.nullish() });
export type TUpdateArticleDetails = z.input<typeof ZUpdateArticleDetailsSchema>;
