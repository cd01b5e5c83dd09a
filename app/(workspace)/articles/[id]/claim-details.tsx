'use client';

import Link from 'next/link';
import { canTransition } from '@/lib/workflow';
import { describeClaimant } from '@/lib/labels';
import type { NumberedClaim } from './workspace';
import type { TextSelection } from './article-text';
import { claimLabel } from './claim-marks';
import { AttributionForm, SpanForm, SplitForm } from './review-forms';

type Props = {
  claim: NumberedClaim;
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
export function ClaimDetails({ claim: c, next, text, selection, canReview, canEdit, pending, onReview, onMerge }: Props) {
  const flags = [c.flagUnverified && 'the article says it is unverified', c.flagDisputed && 'reported as disputed'].filter(Boolean);
  return (
    <section className="card claim-details" aria-labelledby="details-heading">
      <h2 id="details-heading">Claim {c.n}</h2>
      <blockquote className="quote">{c.text}</blockquote>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`pill status-pill status-${c.status}`}>{claimLabel(c)}</span>
        </dd>
        <dt>Claimant</dt>
        <dd>{c.claimant ? describeClaimant({ claimant: c.claimant, type: c.claimantType, role: c.claimantRole, mention: null }) : 'not found'}</dd>
        <dt>Cue</dt>
        <dd>{c.cue ?? '—'}</dd>
        <dt>Kind</dt>
        <dd>{c.kind ?? '—'}</dd>
        <dt>Score</dt>
        <dd>
          {c.score.toFixed(2)}
          {c.reasons.length > 0 && <span className="muted"> — {c.reasons.join('; ')}</span>}
        </dd>
        <dt>Flags</dt>
        <dd>{flags.length ? flags.join(', ') : 'none'}</dd>
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
        <dt>Research</dt>
        <dd>
          {c.research.sources} sources, {c.research.notes} notes, {c.research.verdicts} verdicts{c.assignee && `; assigned to ${c.assignee.name}`}
        </dd>
      </dl>
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
      {canEdit && <AttributionForm claim={c} />}
      {canReview && (
        <>
          <SpanForm claim={c} text={text} selection={selection} />
          <SplitForm claim={c} selection={selection} />
        </>
      )}
    </section>
  );
}
