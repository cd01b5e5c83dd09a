import { BEST_RATING, RATING_VALUES, WORST_RATING } from '@/lib/ratings';
import { RATING_LABELS } from '@/lib/labels';
import type { ClaimantType, Rating } from '@/lib/generated/prisma/enums';
import type { TClaimReview } from '@/lib/claimreview/schema';

// Builds one schema.org ClaimReview per published claim. Pure: the reader's page embeds it as
// JSON-LD, the JSON API and the feed return it as is. The site's address comes from the caller
// (lib/config.ts publicBaseUrl), so this module reads no environment.

export type ClaimReviewInput = {
  baseUrl: string;
  organisation: string;
  slug: string;
  datePublished: Date;
  /** The last correction touching this claim or the whole fact-check, if any. */
  dateModified: Date | null;
  /** claimantType/claimantRole as the desk recorded them (the extractor's reading, corrected by editors), null if not known. */
  claim: { id: string; text: string; claimant: string; claimantType?: ClaimantType | null; claimantRole?: string | null };
  verdict: { rating: Rating; explanation: string };
  article: { title: string; publisher: string | null; url: string | null; publishedAt: Date | null };
};

export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const factCheckPath = (slug: string) => `/fact-checks/${encodeURIComponent(slug)}`;

// schema.org wants the claimant typed as a Person or an Organization. Where the desk recorded no
// type (a claim marked by hand, or a version published before types were recorded), institutions
// are recognised by the words they usually carry; anyone else is a Person.
const INSTITUTION =
  /\b(ministry|government|department|office|agency|council|committee|commission|party|forces|military|army|navy|kremlin|white house|parliament|court|union|company|bank|police|spokes(man|woman|person)?|ukraine|russia|china|united states|us)\b/i;
export const claimantType = (name: string) => (INSTITUTION.test(name) ? 'Organization' : 'Person') as 'Organization' | 'Person';

/** The claim's author: a recorded type wins over the guess; a person's role is their jobTitle. A group ("doctors") is no one Person. */
function claimAuthor(c: ClaimReviewInput['claim']) {
  const type = c.claimantType ? (c.claimantType === 'person' ? 'Person' : 'Organization') : claimantType(c.claimant);
  return { '@type': type, name: c.claimant, ...(type === 'Person' && c.claimantRole ? { jobTitle: c.claimantRole } : {}) };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function buildClaimReview(i: ClaimReviewInput): TClaimReview {
  const value = RATING_VALUES[i.verdict.rating];
  const scale = value === null ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${i.baseUrl}${factCheckPath(i.slug)}#${claimAnchor(i.claim.id)}`,
    claimReviewed: i.claim.text,
    datePublished: i.datePublished.toISOString(),
    ...(i.dateModified ? { dateModified: i.dateModified.toISOString() } : {}),
    author: { '@type': 'Organization', name: i.organisation, url: i.baseUrl },
    reviewRating: { '@type': 'Rating', alternateName: RATING_LABELS[i.verdict.rating], ...scale, ratingExplanation: i.verdict.explanation },
    itemReviewed: {
      '@type': 'Claim',
      author: claimAuthor(i.claim),
      appearance: {
        '@type': i.article.publisher ? 'NewsArticle' : 'CreativeWork',
        headline: i.article.title,
        ...(i.article.url ? { url: i.article.url } : {}),
        ...(i.article.publishedAt ? { datePublished: day(i.article.publishedAt) } : {}),
        ...(i.article.publisher ? { publisher: { '@type': 'Organization' as const, name: i.article.publisher } } : {}),
      },
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export const jsonLd = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
