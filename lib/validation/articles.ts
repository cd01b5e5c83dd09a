import { z } from 'zod';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/limits';
import { isStorableText, UNSTORABLE_TEXT, ZHttpUrl, ZOptionalText, ZPastDate, zText } from '@/lib/validation/common';

export { MAX_ARTICLE_CHARS };

const ZRaw = z
  .string({ error: 'Paste the article text or choose a file.' })
  .max(MAX_ARTICLE_CHARS, { error: `The article is too long: the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.` })
  .refine((v) => v.trim().length > 0, { error: 'Paste the article text or choose a file.' })
  .refine((v) => !v.includes('\u0000'), { error: 'That does not look like text: it contains binary data.' })
  .refine((v) => v.includes('\u0000') || isStorableText(v), { error: UNSTORABLE_TEXT });

/** The preview checks only the text: title and the rest come after the user has seen it. */
export const ZPreviewImportSchema = z.object({ raw: ZRaw });
export type TPreviewImport = z.input<typeof ZPreviewImportSchema>;

export const ZImportArticleSchema = z.object({
  raw: ZRaw,
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
  /** Set when the user has seen the duplicate warning and wants a second copy anyway. */
  allowDuplicate: z
    .union([z.boolean(), z.literal('on'), z.literal('true')])
    .optional()
    .transform((v) => !!v),
});
export type TImportArticle = z.input<typeof ZImportArticleSchema>;
