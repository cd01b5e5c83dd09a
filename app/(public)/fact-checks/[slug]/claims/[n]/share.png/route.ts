import { getPublishedClaim } from '@/lib/data/public';
import { ORGANISATION_NAME } from '@/lib/config';
import { shareImage } from '@/lib/share-image';

// The claim's share image (its page names it as og:image and twitter:image). Rendered from the
// published snapshot like the page; shared caches may keep it a few minutes, so a new verdict
// reaches a card that was already fetched within that time.
export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const found = /^[1-9]\d{0,5}$/.test(n) ? await getPublishedClaim(slug, Number(n)) : null;
  if (!found?.claim) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const { fc, claim } = found;
  const image = shareImage({
    organisation: ORGANISATION_NAME,
    claim: claim.summary ?? claim.text,
    claimant: claim.claimant,
    rating: claim.verdict.rating,
    n: claim.n,
    articleTitle: fc.article.title,
  });
  image.headers.set('Cache-Control', 'public, max-age=300');
  return image;
}
