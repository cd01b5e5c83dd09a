import { z } from 'zod';

// The fields of a schema.org ClaimReview that Claimdesk promises to emit, as a zod schema, so the
// unit and end-to-end tests validate the real markup rather than spot-checking it.
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, { error: 'Not an ISO 8601 date.' });
const ZNamed = (types: readonly [string, ...string[]]) => z.object({ '@type': z.enum(types), name: z.string().min(1) });

export const ZClaimReviewSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: z.url().refine((u) => /#claim-[\w-]+$/.test(u), { error: 'The url must end with the claim’s anchor.' }),
    claimReviewed: z.string().min(1),
    datePublished: ZIsoDate,
    dateModified: ZIsoDate.optional(),
    author: ZNamed(['Organization']).extend({ url: z.url().optional() }),
    reviewRating: z
      .object({
        '@type': z.literal('Rating'),
        alternateName: z.string().min(1),
        ratingValue: z.number().int().optional(),
        bestRating: z.number().int().optional(),
        worstRating: z.number().int().optional(),
        ratingExplanation: z.string().optional(),
      })
      .refine(
        (r) =>
          [r.ratingValue, r.bestRating, r.worstRating].every((v) => v === undefined) ||
          [r.ratingValue, r.bestRating, r.worstRating].every((v) => v !== undefined),
        {
          error: 'ratingValue, bestRating and worstRating go together.',
        },
      )
      .refine((r) => r.ratingValue === undefined || (r.worstRating! <= r.ratingValue && r.ratingValue <= r.bestRating!), {
        error: 'ratingValue must lie between worstRating and bestRating.',
      }),
    itemReviewed: z.object({
      '@type': z.literal('Claim'),
      author: ZNamed(['Person', 'Organization'])
        .extend({ jobTitle: z.string().min(1).optional() })
        .refine((a) => a.jobTitle === undefined || a['@type'] === 'Person', { error: 'Only a Person has a jobTitle.' }),
      appearance: z.object({
        '@type': z.enum(['NewsArticle', 'CreativeWork']),
        headline: z.string().min(1),
        url: z.url().optional(),
        datePublished: ZIsoDate.optional(),
        publisher: ZNamed(['Organization']).optional(),
      }),
    }),
  })
  .strict();

export type TClaimReview = z.infer<typeof ZClaimReviewSchema>;
