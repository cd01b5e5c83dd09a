import { z } from 'zod';

// Every ClaimReview Claimdesk emits, as a zod schema: the unit, integration and end-to-end tests
// validate the real markup against it rather than spot-checking. Each rule names where it comes
// from: [G] Google Search Central, "Fact check (ClaimReview) structured data"
// (developers.google.com/search/docs/appearance/structured-data/factcheck), required and
// recommended properties; [S] schema.org's definitions (ClaimReview, Claim, Rating); [C] a
// promise of our own (what the reader's page says, the markup says).
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, { error: 'Not an ISO 8601 date.' });
const ZNamed = (types: readonly [string, ...string[]]) => z.object({ '@type': z.enum(types), name: z.string().min(1) });

/** [G] "Try to keep this less than 75 characters"; we refuse only what no one could call short. */
export const CLAIM_REVIEWED_MAX = 200;

const ZRating = z
  .object({
    '@type': z.literal('Rating'),
    // [G] required: the rating in words, shown in search results.
    alternateName: z.string().min(1),
    // [G] recommended: a numeric rating with its scale; [S] all three or none.
    ratingValue: z.number().int().optional(),
    bestRating: z.number().int().optional(),
    worstRating: z.number().int().optional(),
    // [C] why, and any caveat on the attribution.
    ratingExplanation: z.string().min(1),
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
  });

const ZAppearance = z
  .object({
    '@type': z.enum(['NewsArticle', 'CreativeWork']),
    headline: z.string().min(1),
    inLanguage: z.string().min(2),
    url: z.url().optional(),
    datePublished: ZIsoDate.optional(),
    // [S] CreativeWork's author (Organization or Person; NewsArticle inherits it): the article's byline,
    // one Person per name; [C] only names the byline gives, never a guess.
    author: z
      .array(ZNamed(['Person']))
      .min(1)
      .optional(),
    publisher: ZNamed(['Organization']).optional(),
  })
  // [C] nothing we have not listed here.
  .strict();

export const ZClaimReviewSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    // [G] required: the page with the full review; [G] one ClaimReview per page, so each claim has its own.
    url: z.url().refine((u) => /\/fact-checks\/[a-z0-9-]+\/claims\/[1-9]\d*$/.test(u), { error: 'The url must be the claim’s own page.' }),
    // [G] required, a short summary of the claim.
    claimReviewed: z.string().min(1).max(CLAIM_REVIEWED_MAX),
    // [G] recommended: when the review was published; [C] per claim.
    datePublished: ZIsoDate,
    dateModified: ZIsoDate.optional(),
    // [S] the review's language.
    inLanguage: z.string().min(2),
    // [G] required: the publisher of the review, an Organization with a name; [G] recommended url, logo, sameAs.
    author: ZNamed(['Organization']).extend({
      url: z.url(),
      logo: z.object({ '@type': z.literal('ImageObject'), url: z.url() }),
      sameAs: z.array(z.url()).min(1).optional(),
    }),
    // [S] CreativeWork's contributor and editor: the page's byline, people by name.
    contributor: z
      .array(ZNamed(['Person']))
      .min(1)
      .optional(),
    editor: ZNamed(['Person']).optional(),
    // [G] required.
    reviewRating: ZRating,
    // [G] required: the claim; its author, date and appearance are recommended.
    itemReviewed: z
      .object({
        '@type': z.literal('Claim'),
        // [C] absent where the page says the attribution is not confirmed.
        author: ZNamed(['Person', 'Organization'])
          // [S] sameAs: a URL that identifies them (the claimant record's, e.g. Wikidata).
          .extend({ jobTitle: z.string().min(1).optional(), sameAs: z.url().optional() })
          // [S] jobTitle is a Person's property.
          .refine((a) => a.jobTitle === undefined || a['@type'] === 'Person', { error: 'Only a Person has a jobTitle.' })
          .optional(),
        datePublished: ZIsoDate.optional(),
        appearance: ZAppearance,
      })
      .strict(),
  })
  .strict()
  // [C] the markup never asserts an author the page does not: no author means the explanation says why.
  .refine((r) => r.itemReviewed.author !== undefined || /could not confirm/i.test(r.reviewRating.ratingExplanation), {
    error: 'A claim without an author must say in ratingExplanation that the attribution is not confirmed.',
  });

export type TClaimReview = z.infer<typeof ZClaimReviewSchema>;
