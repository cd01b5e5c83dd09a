import { BEST_RATING, RATING_VALUES, WORST_RATING } from '@/lib/ratings';
import { RATING_LABELS } from '@/lib/labels';
import type { ClaimantType, Rating } from '@/lib/generated/prisma/enums';
import type { TClaimReview } from '@/lib/claimreview/schema';
import { bylineNames } from '@/lib/extraction/byline';

// Builds the schema.org ClaimReview of one published claim. Pure: the claim's own page
// (/fact-checks/<slug>/claims/<n>) embeds it as JSON-LD, one per page as Google asks; the JSON
// API and the feed return it as is. The site's address and the organisation come from the caller
// (lib/config.ts), so this module reads no environment. lib/claimreview/schema.ts checks the
// result against Google's required and recommended fields.

export type ClaimReviewInput = {
  baseUrl: string;
  organisation: { name: string; url: string; logo: string; sameAs: string[] };
  slug: string;
  /** The claim's stable number in its article: its page is claimPath(slug, number). */
  number: number;
  /** When this claim was first published (a claim added to a live fact-check has its own date). */
  datePublished: Date;
  /** The last correction touching this claim or the whole fact-check, if any. */
  dateModified: Date | null;
  /** BCP 47 tag of the article's language. */
  language: string;
  /** claimantType/claimantRole/claimantSameAs as the desk recorded them (the claimant's record, else the claim's own reading), null if not known. */
  claim: {
    text: string;
    /** The editor's short wording; the full text stands in until one is written. */
    summary?: string | null;
    claimant: string;
    claimantType?: ClaimantType | null;
    claimantRole?: string | null;
    /** The claimant record's sameAs (Wikidata, an official site), where the desk recorded one. */
    claimantSameAs?: string | null;
  };
  verdict: { rating: Rating; explanation: string; attributionConfirmed: boolean };
  /** Who checked the claims and who edited the fact-check, as the page's byline names them. */
  bylines?: { checkers: string[]; editor: string | null };
  /** `byline` as the article gives it ("Jane Doe and John Roe", "Jane Doe, Reuters"): its people are the article's authors. */
  article: { title: string; publisher: string | null; byline?: string | null; url: string | null; publishedAt: Date | null };
};

export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const factCheckPath = (slug: string) => `/fact-checks/${encodeURIComponent(slug)}`;
export const claimPath = (slug: string, n: number) => `${factCheckPath(slug)}/claims/${n}`;

// schema.org wants the claimant typed as a Person or an Organization. Where the desk recorded no
// type (a claim marked by hand, or a version published before types were recorded), institutions
// are recognised by the words they usually carry; anyone else is a Person.
const INSTITUTION =
  /\b(ministry|government|department|office|agency|council|committee|commission|party|forces|military|army|navy|kremlin|white house|parliament|court|union|company|bank|police|spokes(man|woman|person)?|ukraine|russia|china|united states|us)\b/i;
export const claimantType = (name: string) => (INSTITUTION.test(name) ? 'Organization' : 'Person') as 'Organization' | 'Person';

/** The claim's author: a recorded type wins over the guess; a person's role is their jobTitle. A group ("doctors") is no one Person. */
function claimAuthor(c: ClaimReviewInput['claim']) {
  const type = c.claimantType ? (c.claimantType === 'person' ? 'Person' : 'Organization') : claimantType(c.claimant);
  return {
    '@type': type,
    name: c.claimant,
    ...(type === 'Person' && c.claimantRole ? { jobTitle: c.claimantRole } : {}),
    ...(c.claimantSameAs ? { sameAs: c.claimantSameAs } : {}),
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What the page says of an attribution we could not confirm, said in the markup too (which then names no author). */
export const unconfirmedAttribution = (claimant: string) =>
  claimant ? `We could not confirm that ${claimant} made this claim as reported.` : 'We could not confirm who made this claim.';

/**
 * The article where the claim appeared. Its byline becomes `author`, one Person per name, only
 * when it reads as people's names: "Jane Doe, Reuters" names Jane Doe; a staff credit or an
 * outlet ("Radio Dunmere staff") names no one, and no author is better than a wrong Person.
 */
function appearance(a: ClaimReviewInput['article'], language: string) {
  const authors = bylineNames(a.byline);
  return {
    '@type': a.publisher ? 'NewsArticle' : 'CreativeWork',
    headline: a.title,
    inLanguage: language,
    ...(a.url ? { url: a.url } : {}),
    ...(a.publishedAt ? { datePublished: day(a.publishedAt) } : {}),
    ...(authors.length ? { author: authors.map((name) => ({ '@type': 'Person' as const, name })) } : {}),
    ...(a.publisher ? { publisher: { '@type': 'Organization' as const, name: a.publisher } } : {}),
  } as const;
}

export function buildClaimReview(i: ClaimReviewInput): TClaimReview {
  const value = RATING_VALUES[i.verdict.rating];
  const scale = value === null ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING };
  // Where the page says the attribution is not confirmed, the markup names no author either.
  const confirmed = i.verdict.attributionConfirmed && i.claim.claimant !== '';
  const explanation = confirmed ? i.verdict.explanation : `${i.verdict.explanation} ${unconfirmedAttribution(i.claim.claimant)}`;
  const org = i.organisation;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${i.baseUrl}${claimPath(i.slug, i.number)}`,
    claimReviewed: i.claim.summary?.trim() || i.claim.text,
    datePublished: i.datePublished.toISOString(),
    ...(i.dateModified ? { dateModified: i.dateModified.toISOString() } : {}),
    inLanguage: i.language,
    author: {
      '@type': 'Organization',
      name: org.name,
      url: org.url,
      logo: { '@type': 'ImageObject', url: org.logo },
      ...(org.sameAs.length ? { sameAs: org.sameAs } : {}),
    },
    ...(i.bylines?.checkers.length ? { contributor: i.bylines.checkers.map((name) => ({ '@type': 'Person' as const, name })) } : {}),
    ...(i.bylines?.editor ? { editor: { '@type': 'Person' as const, name: i.bylines.editor } } : {}),
    reviewRating: { '@type': 'Rating', alternateName: RATING_LABELS[i.verdict.rating], ...scale, ratingExplanation: explanation },
    itemReviewed: {
      '@type': 'Claim',
      ...(confirmed ? { author: claimAuthor(i.claim) } : {}),
      // When the claim was made: as far as we know, when the article reporting it appeared.
      ...(i.article.publishedAt ? { datePublished: day(i.article.publishedAt) } : {}),
      // `appearance`, not `firstAppearance`: this article is where we met the claim, not
      // necessarily where it was first made.
      appearance: appearance(i.article, i.language),
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export const jsonLd = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
