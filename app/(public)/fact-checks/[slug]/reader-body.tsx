import type { PublicFactCheck } from '@/lib/data/public';
import { ArticleText } from './article-text';
import { ClaimCard } from './claim-card';
import { CorrectionsSection, ReaderHeader } from './reader-sections';
import { VerdictSummary } from './verdict-summary';

/** The fact-check as readers read it: on its published page, and in the editor's preview of the next version. */
export function ReaderBody({ fc }: { fc: PublicFactCheck }) {
  return (
    <article>
      <ReaderHeader fc={fc} />
      <VerdictSummary ratings={fc.claims.map((c) => c.verdict.rating)} />

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">The article, with the claims we checked</h2>
        <p className="hint">Each marked passage shows our verdict and links to its explanation and sources below.</p>
        <ArticleText text={fc.article.plainText} claims={fc.claims} />
      </section>

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">The claims we checked ({fc.claims.length})</h2>
        <ol className="claim-cards">
          {fc.claims.map((c) => (
            <ClaimCard key={c.id} claim={c} demo={fc.demo} place={{ kind: 'list' }} />
          ))}
        </ol>
      </section>

      <CorrectionsSection corrections={fc.corrections} />
    </article>
  );
}
