import { listPublishedClaimReviews } from '@/lib/data/public-lists';
import { pageJson, pageParams, publicList } from '../fact-checks/public-json';

export const dynamic = 'force-dynamic';

/**
 * The ClaimReview feed: one schema.org ClaimReview per claim shown on a published fact-check, for
 * a page of fact-checks at a time (newest first; ?limit=1–100 fact-checks, default 20; `next` and
 * the Link header give the next page). Each is the one its claim's own page carries.
 */
export async function GET(req: Request) {
  return publicList(async () => {
    const { reviews, next } = await listPublishedClaimReviews(pageParams(req));
    return pageJson(req, { '@context': 'https://schema.org', '@graph': reviews.map(({ '@context': _c, ...r }) => r) }, next);
  });
}
