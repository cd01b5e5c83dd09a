import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUserId } from '@/lib/auth/session';
import { getClaimPage, type ClaimPage as ClaimPageData } from '@/lib/data/claim-page';
import { guard } from '@/lib/page-guard';
import { describeClaimant, STATUS_LABELS } from '@/lib/labels';
import { formatDateTime } from '@/lib/format';
import { isId } from '@/lib/validation/common';
import { AttributionForm } from './claim-forms';
import { SummaryForm } from './summary-form';
import { NoteForm } from './note-form';
import { NoteThread } from './sections';
import { History } from './history';
import { CheckedBeforeSection } from './checked-before';
import { SameClaimSection } from './same-claim';
import { SourcesSection, VerdictsSection, WorkflowSection } from './claim-sections';
import './claim.css';

export const metadata = { title: 'Claim' };

// One read, one authorization (getClaimPage). Which forms show is only a courtesy: every
// action authorizes again in lib/data.
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actorId] = await Promise.all([params, currentUserId()]);
  // A hand-typed address (%00, half an emoji) is no claim: 404, not a database error.
  if (!isId(id)) notFound();
  const page = await guard(getClaimPage(actorId, id));
  const { claim } = page;
  return (
    <main id="main" className="claim-page">
      <p>
        <Link href={`/articles/${claim.article.id}`}>← {claim.article.title}</Link>
      </p>
      <h1>Claim {claim.number}</h1>
      {page.sentBack && (
        <div className="alert warn" role="note" aria-label="Sent back">
          <p>
            <strong>
              Sent back by {page.sentBack.by} on {formatDateTime(page.sentBack.at)}:
            </strong>{' '}
            {page.sentBack.reason}
          </p>
          <p className="small">This stays here until a verdict is proposed again.</p>
        </div>
      )}
      <ClaimFacts claim={claim} />
      <div className="claim-grid">
        <div>
          <WorkflowSection page={page} />
          <VerdictsSection page={page} />
          <SourcesSection page={page} />
        </div>
        <div>
          <section aria-labelledby="h-attribution">
            <h2 id="h-attribution">Attribution</h2>
            {page.can.editAttribution ? (
              <AttributionForm
                claim={{
                  id: claim.id,
                  version: claim.version,
                  claimant: claim.claimant,
                  claimantType: claim.claimantType,
                  claimantRole: claim.claimantRole,
                  cue: claim.cue,
                }}
              />
            ) : (
              <p>
                {describeClaimant(claimantOf(claim))} · cue: {claim.cue ?? '—'}
              </p>
            )}
            {claim.claimantRecord && (
              <p className="small">
                Their track record: <Link href={`/claimants/${claim.claimantRecord.id}`}>{claim.claimantRecord.name}</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="h-summary">
            <h2 id="h-summary">Short summary</h2>
            {page.can.editAttribution ? (
              <SummaryForm claim={{ id: claim.id, version: claim.version, summary: claim.summary }} />
            ) : (
              <p>{claim.summary ?? 'None yet.'}</p>
            )}
          </section>
          <SameClaimSection page={page} />
          <CheckedBeforeSection page={page} actorId={actorId} />
          <section aria-labelledby="h-notes">
            <h2 id="h-notes">Notes</h2>
            <NoteThread notes={page.notes} />
            {page.can.writeNotes && <NoteForm claimId={claim.id} />}
          </section>
          <section aria-labelledby="h-history">
            <h2 id="h-history">History</h2>
            <History entries={page.history} />
          </section>
        </div>
      </div>
    </main>
  );
}

const claimantOf = (c: ClaimPageData['claim']) => ({ claimant: c.claimant, type: c.claimantType, role: c.claimantRole, mention: c.claimantMention });

function ClaimFacts({ claim }: { claim: ClaimPageData['claim'] }) {
  return (
    <>
      <blockquote className="claim-quote">
        <span className="muted">{claim.prefix}</span>
        <mark>{claim.text}</mark>
        <span className="muted">{claim.suffix}</span>
      </blockquote>
      {claim.anchorStatus === 'orphaned' && (
        <p className="alert warn">
          These words are gone from the current version of the article. Re-mark them in the article workspace, or leave the claim out.
        </p>
      )}
      {claim.needsRecheck && <p className="alert warn">The article’s words for this claim changed after its ruling: rule on it again.</p>}
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`pill status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
        </dd>
        <dt>Assignee</dt>
        <dd>{claim.assignee?.name ?? 'Nobody yet'}</dd>
        <dt>Claimant</dt>
        <dd>{describeClaimant(claimantOf(claim))}</dd>
        {(claim.flagUnverified || claim.flagDisputed) && (
          <>
            <dt>Article says</dt>
            <dd>{[claim.flagUnverified && 'not independently verified', claim.flagDisputed && 'disputed'].filter(Boolean).join(', ')}</dd>
          </>
        )}
        {claim.disputedBy && (
          <>
            <dt>Disputed by</dt>
            <dd>“{claim.disputedBy}”</dd>
          </>
        )}
      </dl>
    </>
  );
}
