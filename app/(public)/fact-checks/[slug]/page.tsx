import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedFactCheck, getRetraction, type PublicFactCheck } from '@/lib/data/public';
import { factCheckPath, jsonLd } from '@/lib/claimreview';
import { publicBaseUrl } from '@/lib/config';
import { STATUS_META, VERSION_META } from '@/lib/public-cache';
import { ReaderBody } from './reader-body';
import { RetractionNotice } from './retraction-notice';
import './reader.css';

// The reader's hot path, rendered from the fact-check's latest published snapshot (never the
// workspace). scripts/server.mjs keeps the bytes and answers later requests itself until
// lib/public-cache.ts says readers should see another version (a new one, or none), in every
// instance. The version meta tag tells it which version a copy shows.
//
// A retracted fact-check (unpublished with a reason) shows the retraction notice instead. It must
// answer 410 Gone, which an App Router page cannot set (notFound/forbidden/unauthorized give
// 404/403/401; Next has no gone()), and a proxy would need the database on every reader request.
// So the page says so in a meta tag and scripts/reader-cache.mjs, which every production request
// for this address goes through (scripts/server.mjs), sends it with 410 and never keeps a copy.
// The JSON API (a route handler) sets its own 410.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const fc = await getPublishedFactCheck(slug);
  if (!fc) {
    const retraction = await getRetraction(slug);
    if (!retraction) return { title: 'Not found' };
    return { title: `Retracted: ${retraction.title}`, robots: { index: false }, other: { [STATUS_META]: '410' } };
  }
  const title = `Fact-check: ${fc.article.title}`;
  const url = `${publicBaseUrl()}${factCheckPath(fc.slug)}`;
  return {
    title,
    description: fc.summary,
    alternates: { canonical: url, types: { 'application/atom+xml': '/feed.xml' } },
    openGraph: { type: 'article', title, description: fc.summary, url, publishedTime: fc.publishedAt.toISOString() },
    twitter: { card: 'summary', title, description: fc.summary },
    other: { [VERSION_META]: String(fc.readerVersion) },
  };
}

export default async function FactCheckPage({ params }: Props) {
  const { slug } = await params;
  const fc = await getPublishedFactCheck(slug);
  if (!fc) {
    const retraction = await getRetraction(slug);
    if (!retraction) notFound();
    return <RetractionNotice retraction={retraction} />;
  }
  return (
    <main id="main" className="reader">
      <ReaderBody fc={fc} />
      {/* One ClaimReview per page (Google's rule): each claim's is on its own page; this one lists them. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(claimPagesList(fc)) }} />
    </main>
  );
}

/** The claims' own pages, as a schema.org ItemList. */
function claimPagesList(fc: PublicFactCheck) {
  const base = publicBaseUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: fc.claims.map((c, i) => ({ '@type': 'ListItem', position: i + 1, url: `${base}${c.path}`, name: `Claim ${c.n}` })),
  };
}
