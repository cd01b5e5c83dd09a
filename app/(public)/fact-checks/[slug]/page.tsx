import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedFactCheck } from '@/lib/data/public';
import { jsonLd } from '@/lib/claimreview';
import { formatDate } from '@/lib/format';
import { ArticleText } from './article-text';
import { ClaimCard } from './claim-card';
import { isPlaceholderUrl } from './labels';
import './reader.css';

// The reader's hot path. Rendered from the database on a miss; scripts/server.mjs keeps the
// bytes and answers later requests itself until lib/public-cache.ts drops them (publish,
// unpublish, a correction, any workspace change to a published article), in every instance.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fc = await getPublishedFactCheck((await params).slug);
  if (!fc) return { title: 'Not found' };
  return { title: `Fact-check: ${fc.article.title}`, description: fc.summary };
}

export default async function FactCheckPage({ params }: Props) {
  const fc = await getPublishedFactCheck((await params).slug);
  if (!fc) notFound();
  const { article } = fc;
  const demo = fc.claims.some((c) => c.sources.some((s) => isPlaceholderUrl(s.url)));
  return (
    <main id="main" className="reader">
      <article>
        <header className="reader-header">
          <p className="kicker">Fact-check</p>
          <h1>{article.title}</h1>
          {demo && (
            <p className="alert warn demo-notice">
              <strong>Demo content.</strong> This fact-check was written to show how Claimdesk works. Sources marked
              “placeholder” are not real references.
            </p>
          )}
          <section aria-labelledby="summary-heading" className="summary">
            <h2 id="summary-heading">Summary</h2>
            <p>{fc.summary}</p>
          </section>
          <dl className="meta">
            <dt>Original article</dt>
            <dd>{article.url ? <a href={article.url} rel="noopener noreferrer">{article.title}</a> : <cite>{article.title}</cite>}</dd>
            <dt>Publisher</dt>
            <dd>{article.publisher ?? 'Unknown'}</dd>
            <dt>Article date</dt>
            <dd>{article.publishedAt ? <time dateTime={article.publishedAt.toISOString().slice(0, 10)}>{formatDate(article.publishedAt)}</time> : 'Unknown'}</dd>
            <dt>Fact-check published</dt>
            <dd>
              <time dateTime={fc.publishedAt.toISOString()}>{formatDate(fc.publishedAt)}</time>
            </dd>
            {fc.correctedAt && (
              <>
                <dt>Updated</dt>
                <dd>
                  <time dateTime={fc.correctedAt.toISOString()}>{formatDate(fc.correctedAt)}</time> (<a href="#corrections-heading">see corrections</a>)
                </dd>
              </>
            )}
          </dl>
        </header>

        <section aria-labelledby="text-heading">
          <h2 id="text-heading">The article, with the claims we checked</h2>
          <p className="hint">Each marked passage shows our verdict and links to its explanation and sources below.</p>
          <ArticleText text={article.plainText} claims={fc.claims} />
        </section>

        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">The claims we checked ({fc.claims.length})</h2>
          <ol className="claim-cards">
            {fc.claims.map((c, i) => (
              <ClaimCard key={c.id} claim={c} n={i + 1} />
            ))}
          </ol>
        </section>

        <section aria-labelledby="corrections-heading" className="corrections">
          <h2 id="corrections-heading">Corrections</h2>
          {fc.corrections.length === 0 ? (
            <p>No corrections have been made to this fact-check.</p>
          ) : (
            <ol>
              {fc.corrections.map((k) => (
                <li key={k.id}>
                  <time dateTime={k.createdAt.toISOString()}>{formatDate(k.createdAt)}</time>: <span className="what-changed">{k.whatChanged}</span>{' '}
                  <span className="why">Why: {k.reason}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </article>
      {fc.claims.map((c) => (
        <script key={c.id} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(c.claimReview) }} />
      ))}
    </main>
  );
}
