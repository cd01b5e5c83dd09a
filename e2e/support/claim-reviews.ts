import { expect, type APIRequestContext } from '@playwright/test';
import { ZClaimReviewSchema, type TClaimReview } from '../../lib/claimreview/schema';

// The published markup as a crawler reads it: the fact-check's page lists its claims' pages (one
// ItemList, no ClaimReview of its own), and each claim's page carries exactly one ClaimReview,
// checked against lib/claimreview/schema.ts.

const LD = /<script type="application\/ld\+json">(.*?)<\/script>/gs;
const blocks = (html: string): unknown[] => [...html.matchAll(LD)].map((m) => JSON.parse(m[1]!));

export async function claimReviews(request: APIRequestContext, slug: string): Promise<TClaimReview[]> {
  const page = await request.get(`/fact-checks/${slug}`);
  expect(page.status()).toBe(200);
  const [list, ...more] = blocks(await page.text()) as { '@type': string; itemListElement: { url: string }[] }[];
  expect(more).toHaveLength(0);
  expect(list?.['@type']).toBe('ItemList');
  const reviews: TClaimReview[] = [];
  for (const item of list!.itemListElement) {
    const own = await request.get(new URL(item.url).pathname);
    expect(own.status(), item.url).toBe(200);
    const found = blocks(await own.text());
    expect(found, item.url).toHaveLength(1);
    const review = ZClaimReviewSchema.parse(found[0]);
    expect(new URL(review.url).pathname).toBe(new URL(item.url).pathname);
    reviews.push(review);
  }
  return reviews;
}
