'use client';

import Link from '@/app/components/link';
import { canTransition } from '@/lib/workflow';
import { describeClaimant } from '@/lib/labels';
import { claimText } from '@/lib/workspace-marks';
import type { ClaimFacts } from '@/lib/data/articles';
import type { NumberedClaim } from './workspace';
import type { TextSelection } from './article-text';
import { claimLabel } from './claim-marks';
import { AttributionForm, SpanForm, SplitForm } from './review-forms';
import { useClaimFacts } from './use-claim-facts';
import { CheckedBefore } from './checked-before';

type Props = {
  claim: NumberedClaim;
  articleId: string;
  next: NumberedClaim | null;
  text: string;
  selection: TextSelection | null;
  canReview: boolean;
  canEdit: boolean;
  pending: boolean;
  onReview: (c: NumberedClaim, move: 'accept' | 'dismiss') => void;
  onMerge: (first: NumberedClaim, second: NumberedClaim) => void;
};

/** The selected claim beside the text: what the extractor found, and the tools to fix it. */
export function ClaimDetails({ claim: c, articleId, next, text, selection, canReview, canEdit, pending, onReview, onMerge }: Props) {
  const { facts, error, loading } = useClaimFacts(c.id, c.version);
  return (
    <section className="card claim-details" aria-labelledby="details-heading" aria-busy={loading}>
      <h2 id="details-heading">Claim {c.n}</h2>
      <blockquote className="quote">{claimText(c, text)}</blockquote>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`pill status-pill status-${c.status}`}>{claimLabel(c)}</span>
        </dd>
        {facts ? <FactRows c={c} facts={facts} /> : <Pending error={error} />}
        <dt>Span</dt>
        <dd>
          {c.anchorStatus === 'orphaned' ? (
            'its words are gone from the current version of the article: select its new words and use “Fix the span”, or leave it out'
          ) : (
            <>
              characters {c.start}–{c.end}
            </>
          )}
          {c.needsRecheck && <strong> Its words changed after its ruling: rule on it again.</strong>}
        </dd>
      </dl>
      <CheckedBefore text={claimText(c, text)} articleId={articleId} />
      <p>
        <Link href={`/claims/${c.id}`}>Open the claim page to research it</Link>
      </p>
      {canReview && (
        <div className="review-buttons">
          {canTransition('accept', c.status) && (
            <button type="button" disabled={pending} onClick={() => onReview(c, 'accept')}>
              Accept
            </button>
          )}
          {canTransition('dismiss', c.status) && (
            <button type="button" className="secondary" disabled={pending} onClick={() => onReview(c, 'dismiss')}>
              Dismiss
            </button>
          )}
          {next && (
            <button type="button" className="secondary" disabled={pending} onClick={() => onMerge(c, next)}>
              Merge with the next claim ({next.n})
            </button>
          )}
        </div>
      )}
      {canEdit && facts && <AttributionForm claim={{ id: c.id, version: c.version, claimant: facts.claimant, cue: facts.cue }} />}
      {canReview && (
        <>
          <SpanForm claim={c} text={text} selection={selection} />
          <SplitForm claim={c} selection={selection} />
        </>
      )}
    </section>
  );
}

function Pending({ error }: { error: string | null }) {
  return (
    <>
      <dt>Details</dt>
      <dd className={error ? 'error' : 'muted'} role={error ? 'alert' : undefined}>
        {error ?? 'Loading…'}
      </dd>
    </>
  );
}

function FactRows({ c, facts: f }: { c: NumberedClaim; facts: ClaimFacts }) {
  const flags = [f.flagUnverified && 'the article says it is unverified', f.flagDisputed && 'reported as disputed'].filter(Boolean);
  return (
    <>
      <dt>Claimant</dt>
      <dd>{f.claimant ? describeClaimant({ claimant: f.claimant, type: f.claimantType, role: f.claimantRole, mention: null }) : 'not found'}</dd>
      <dt>Cue</dt>
      <dd>{f.cue ?? '—'}</dd>
      <dt>Kind</dt>
      <dd>{f.kind ?? '—'}</dd>
      <dt>Score</dt>
      <dd>
        {c.score.toFixed(2)}
        {f.reasons.length > 0 && <span className="muted"> — {f.reasons.join('; ')}</span>}
      </dd>
      <dt>Flags</dt>
      <dd>{flags.length ? flags.join(', ') : 'none'}</dd>
      <dt>Research</dt>
      <dd>
        {f.research.sources} sources, {f.research.notes} notes, {f.research.verdicts} verdicts{f.assignee && `; assigned to ${f.assignee.name}`}
      </dd>
    </>
  );
}
