import { listPublishedClaimReviews } from '@/lib/data/public';
import { json } from '../fact-checks/public-json';

export const dynamic = 'force-dynamic';

/** The ClaimReview feed: one schema.org ClaimReview per claim shown on a published fact-check. */
export async function GET() {
  const reviews = await listPublishedClaimReviews();
  return json({ '@context': 'https://schema.org', '@graph': reviews.map(({ '@context': _c, ...r }) => r) });
}
