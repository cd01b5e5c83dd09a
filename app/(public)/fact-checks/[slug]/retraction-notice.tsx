import type { Retraction } from '@/lib/data/public';
import { formatDate } from '@/lib/format';

// What a retracted fact-check's address shows readers (with status 410, see page.tsx): that it
// was withdrawn, when, and why, instead of a bare "not found".

export function RetractionNotice({ retraction: r }: { retraction: Retraction }) {
  return (
    <main id="main" className="reader">
      <article className="retraction">
        <header className="reader-header">
          <p className="kicker">Fact-check retracted</p>
          <h1>{r.title}</h1>
        </header>
        <section aria-labelledby="retraction-heading" className="alert warn retraction-notice">
          <h2 id="retraction-heading">We have withdrawn this fact-check</h2>
          <dl className="meta">
            <dt>First published</dt>
            <dd>
              <time dateTime={r.publishedAt.toISOString()}>{formatDate(r.publishedAt)}</time>
            </dd>
            <dt>Retracted</dt>
            <dd>
              <time dateTime={r.retractedAt.toISOString()}>{formatDate(r.retractedAt)}</time>
            </dd>
          </dl>
          <p className="retraction-reason">
            <strong>Why: </strong>
            {r.reason}
          </p>
        </section>
      </article>
    </main>
  );
}
