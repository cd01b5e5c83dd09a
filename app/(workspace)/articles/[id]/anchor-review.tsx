import { wordDiff } from '@/lib/anchoring';
import type { WorkspaceClaim } from '@/lib/data/articles';
import { SettleButtons } from './settle-buttons';
import '../../articles/[id]/versions/versions.css';

/**
 * What the latest version of the article did to claims, waiting for a person: changed words
 * (old and new, the difference marked) and words that are gone. Each is confirmed, re-marked in
 * the text (select the claim, "Fix the span"), or left out of the fact-check; its research stays.
 */
export function AnchorReview({ claims, version, canReview }: { claims: WorkspaceClaim[]; version: number; canReview: boolean }) {
  const pending = claims.filter((c) => c.anchorPending);
  if (pending.length === 0) return null;
  return (
    <section id="anchor-review" className="anchor-review alert warn" aria-labelledby="anchor-review-heading">
      <h2 id="anchor-review-heading">
        Version {version} of the article changed {pending.length} {pending.length === 1 ? 'claim' : 'claims'}
      </h2>
      <p className="small">
        Confirm the new words, re-mark them in the text (select the claim below, then “Fix the span”), or leave the claim out of the fact-check. Its
        sources, notes and verdicts are kept either way. Publishing waits until each is settled.
      </p>
      <ul className="anchor-list">
        {pending.map((c) => (
          <li key={c.id}>
            <AnchorItem claim={c} canReview={canReview} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnchorItem({ claim: c, canReview }: { claim: WorkspaceClaim; canReview: boolean }) {
  const before = c.textBefore ?? c.text;
  const gone = c.anchorStatus === 'orphaned';
  return (
    <article className="anchor-item" aria-label={gone ? 'Claim whose words are gone' : 'Claim whose words changed'}>
      <p className="small">
        <strong>{gone ? 'Gone from the article' : `Words changed (similarity ${Math.round((c.anchorSimilarity ?? 0) * 100)}%)`}</strong>
        {c.needsRecheck && ' · it was ruled: rule on it again'}
      </p>
      {gone ? (
        <p className="words-diff">
          <del>{before}</del>
        </p>
      ) : (
        <p className="words-diff">
          {wordDiff(before, c.text).map((d, i) =>
            d.op === 'delete' ? <del key={i}>{d.text}</del> : d.op === 'insert' ? <ins key={i}>{d.text}</ins> : d.text,
          )}
        </p>
      )}
      {canReview && <SettleButtons claimId={c.id} version={c.version} canConfirm={!gone} />}
    </article>
  );
}
