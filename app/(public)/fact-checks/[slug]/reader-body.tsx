import type { PublicFactCheck } from '@/lib/data/public';
import { ArticleText } from './article-text';
import { ClaimCard } from './claim-card';
import { CorrectionsSection, ReaderHeader } from './reader-sections';
import { VerdictSummary } from './verdict-summary';

const names = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

function Bylines({ bylines: { checkers, editor } }: { bylines: PublicFactCheck['bylines'] }) {
  if (!checkers.length && !editor) return null;
  return (
    <p className="bylines">
      {checkers.length > 0 && <>Checked by {names(checkers)}. </>}
      {editor && <>Edited by {editor}.</>}
    </p>
  );
}

/** The fact-check as readers read it: on its published page, and in the editor's preview of the next version. */
export function ReaderBody({ fc }: { fc: PublicFactCheck }) {
  return (
    <article>
      <ReaderHeader fc={fc} />
      <Bylines bylines={fc.bylines} />
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
