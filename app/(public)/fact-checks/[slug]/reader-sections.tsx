import type { PublicFactCheck } from '@/lib/data/public';
import { formatDate } from '@/lib/format';

// The reader page's header and corrections log, kept apart so the page reads as its outline.

export function ReaderHeader({ fc }: { fc: PublicFactCheck }) {
  return (
    <header className="reader-header">
      <p className="kicker">Fact-check</p>
      <h1>{fc.article.title}</h1>
      {/* The seed's explicit flag (articles.is_demo), never a guess from the sources' addresses. */}
      {fc.demo && (
        <p className="alert warn demo-notice">
          <strong>Demo content.</strong> This fact-check was written to show how Claimdesk works. Sources marked “placeholder” are not real
          references.
        </p>
      )}
      {fc.articleUpdatedAt && (
        <p className="alert warn article-updated" role="note">
          <strong>The article was updated on {formatDate(fc.articleUpdatedAt)}, after this fact-check.</strong> Where the words we checked have
          changed, each claim below shows what the article said when we checked it and what it says now.
        </p>
      )}
      <section aria-labelledby="summary-heading" className="summary">
        <h2 id="summary-heading">Summary</h2>
        <p>{fc.summary}</p>
      </section>
      <FactCheckMeta fc={fc} />
      <p className="small no-print">
        Something wrong? <a href={`/fact-checks/${fc.slug}/report`}>Report an error</a>
      </p>
    </header>
  );
}

function FactCheckMeta({ fc }: { fc: PublicFactCheck }) {
  const { article } = fc;
  return (
    <dl className="meta">
      <dt>Original article</dt>
      <dd>
        {article.url ? (
          <a href={article.url} rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          <cite>{article.title}</cite>
        )}
      </dd>
      <dt>Publisher</dt>
      <dd>{article.publisher ?? 'Unknown'}</dd>
      <dt>Article date</dt>
      <dd>
        {article.publishedAt ? <time dateTime={article.publishedAt.toISOString().slice(0, 10)}>{formatDate(article.publishedAt)}</time> : 'Unknown'}
      </dd>
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
  );
}

export function CorrectionsSection({ corrections }: { corrections: PublicFactCheck['corrections'] }) {
  return (
    <section aria-labelledby="corrections-heading" className="corrections">
      <h2 id="corrections-heading">Corrections</h2>
      {corrections.length === 0 ? (
        <p>No corrections have been made to this fact-check.</p>
      ) : (
        <ol>
          {corrections.map((k) => (
            <li key={k.id}>
              <time dateTime={k.date.toISOString()}>{formatDate(k.date)}</time>: {k.kind === 'update' && <strong className="kind">Update. </strong>}
              <span className="what-changed">{k.whatChanged}</span> <span className="why">Why: {k.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
