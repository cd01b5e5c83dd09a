import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getPublishedClaim, getRetraction, type PublicFactCheck } from '@/lib/data/public';
import { factCheckPath, jsonLd } from '@/lib/claimreview';
import { publicBaseUrl } from '@/lib/config';
import { RATING_LABELS } from '@/lib/labels';
import { formatDate } from '@/lib/format';
import { quote } from '@/lib/text';
import { STATUS_META, VERSION_META } from '@/lib/public-cache';
import { SHARE_IMAGE_SIZE } from '@/lib/share-image/size';
import { ClaimCard } from '../../claim-card';
import { RetractionNotice } from '../../retraction-notice';
import '../../reader.css';

// One claim's page, with its ClaimReview: Google reads one ClaimReview per page, so each claim
// has its own address (/fact-checks/<slug>/claims/<n>, n the claim's stable number in its
// article). Rendered from the same published snapshot as the fact-check's page and kept by the
// same in-memory copy (scripts/reader-cache.mjs), with the same version meta tag. A number a merge
// or split retired redirects to the claim that took it over; a retracted fact-check answers 410.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; n: string }> };

const NUMBER = /^[1-9]\d{0,5}$/;

async function load(params: Props['params']) {
  const { slug, n } = await params;
  return { slug, found: NUMBER.test(n) ? await getPublishedClaim(slug, Number(n)) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, found } = await load(params);
  if (!found?.claim) {
    const retraction = found ? null : await getRetraction(slug);
    if (!retraction) return { title: 'Not found' };
    return { title: `Retracted: ${retraction.title}`, robots: { index: false }, other: { [STATUS_META]: '410' } };
  }
  const { fc, claim } = found;
  const rating = RATING_LABELS[claim.verdict.rating];
  const title = `${rating}: ${claim.summary ?? quote(claim.text, 80)}`;
  const description = quote(claim.verdict.explanation, 200);
  const url = `${publicBaseUrl()}${claim.path}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title,
      description,
      url,
      publishedTime: claim.datePublished.toISOString(),
      images: [{ url: `${url}/share.png`, ...SHARE_IMAGE_SIZE, alt: title }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [`${url}/share.png`] },
    other: { [VERSION_META]: String(fc.readerVersion) },
  };
}

export default async function ClaimReviewPage({ params }: Props) {
  const { slug, found } = await load(params);
  if (!found) {
    const retraction = await getRetraction(slug);
    if (!retraction) notFound();
    return <RetractionNotice retraction={retraction} />;
  }
  if (!found.claim) permanentRedirect(found.movedTo);
  const { fc, claim } = found;
  return (
    <main id="main" className="reader">
      <p className="no-print">
        <a href={factCheckPath(fc.slug)}>← Fact-check: {fc.article.title}</a>
      </p>
      <ClaimCard claim={claim} demo={fc.demo} place={{ kind: 'own-page', factCheckPath: factCheckPath(fc.slug) }} />
      <ClaimContext fc={fc} claim={claim} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(claim.claimReview) }} />
    </main>
  );
}

/** Where the claim was made and when we published our check of it. */
function ClaimContext({ fc, claim }: { fc: PublicFactCheck; claim: PublicFactCheck['claims'][number] }) {
  const { article } = fc;
  return (
    <section aria-labelledby="context-heading" className="claim-context">
      <h2 id="context-heading">Where it was said</h2>
      <p>
        In {article.url ? <a href={article.url}>{article.title}</a> : <cite>{article.title}</cite>}
        {article.publisher ? `, ${article.publisher}` : ''}
        {article.publishedAt ? `, ${formatDate(article.publishedAt)}` : ''}.
      </p>
      <p className="small">
        We published this check on {formatDate(claim.datePublished)}.
        {fc.correctedAt && (
          <>
            {' '}
            The fact-check was last corrected on {formatDate(fc.correctedAt)}: see{' '}
            <a href={`${factCheckPath(fc.slug)}#corrections-heading`}>its corrections</a>.
          </>
        )}
      </p>
    </section>
  );
}
