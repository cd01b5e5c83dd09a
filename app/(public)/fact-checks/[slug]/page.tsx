import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedFactCheck } from '@/lib/data/public';
import { jsonLd } from '@/lib/claimreview';
import { VERSION_META } from '@/lib/public-cache';
import { ArticleText } from './article-text';
import { ClaimCard } from './claim-card';
import { isPlaceholderUrl } from './placeholder-url';
import { CorrectionsSection, ReaderHeader } from './reader-sections';
import './reader.css';

// The reader's hot path, rendered from the fact-check's latest published snapshot (never the
// workspace). scripts/server.mjs keeps the bytes and answers later requests itself until
// lib/public-cache.ts says readers should see another version (a new one, or none), in every
// instance. The version meta tag tells it which version a copy shows.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fc = await getPublishedFactCheck((await params).slug);
  if (!fc) return { title: 'Not found' };
  return { title: `Fact-check: ${fc.article.title}`, description: fc.summary, other: { [VERSION_META]: String(fc.readerVersion) } };
}

export default async function FactCheckPage({ params }: Props) {
  const fc = await getPublishedFactCheck((await params).slug);
  if (!fc) notFound();
  const demo = fc.claims.some((c) => c.sources.some((s) => isPlaceholderUrl(s.url)));
  return (
    <main id="main" className="reader">
      <article>
        <ReaderHeader fc={fc} demo={demo} />

        <section aria-labelledby="text-heading">
          <h2 id="text-heading">The article, with the claims we checked</h2>
          <p className="hint">Each marked passage shows our verdict and links to its explanation and sources below.</p>
          <ArticleText text={fc.article.plainText} claims={fc.claims} />
        </section>

        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">The claims we checked ({fc.claims.length})</h2>
          <ol className="claim-cards">
            {fc.claims.map((c, i) => (
              <ClaimCard key={c.id} claim={c} n={i + 1} />
            ))}
          </ol>
        </section>

        <CorrectionsSection corrections={fc.corrections} />
      </article>
      {fc.claims.map((c) => (
        <script key={c.id} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(c.claimReview) }} />
      ))}
    </main>
  );
}
