import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getClaimForWorkspace } from '@/lib/data/claims';
import { listSources } from '@/lib/data/sources';
import { listNotes } from '@/lib/data/notes';
import { listVerdicts, rulingNeedsCorrection } from '@/lib/data/verdicts';
import { getClaimHistory } from '@/lib/data/history';
import { listAssignableUsers } from '@/lib/data/users';
import { guard } from '@/lib/page-guard';
import { canTransition, STATUS_LABELS } from '@/lib/workflow';
import { AssignForm, AttributionForm, ReviewButton, SendBackForm } from './claim-forms';
import { VerdictForm } from './verdict-forms';
import { SourceForm } from './source-forms';
import { NoteForm } from './note-form';
import { NoteThread, SourceList, VerdictList } from './sections';
import { History } from './history';
import './claim.css';

export const metadata = { title: 'Claim' };

// Which forms show is only a courtesy: every action authorizes again in lib/data.
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  const uid = user?.id ?? null;
  const [claim, sources, notes, verdicts, history, people, needsCorrection] = await Promise.all([
    guard(getClaimForWorkspace(uid, id)),
    guard(listSources(uid, id)),
    guard(listNotes(uid, id)),
    guard(listVerdicts(uid, id)),
    guard(getClaimHistory(uid, id)),
    guard(listAssignableUsers(uid)),
    guard(rulingNeedsCorrection(uid, id)),
  ]);
  const s = claim.status;
  const may = {
    accept: can(user, 'claim.review') && canTransition('accept', s),
    dismiss: can(user, 'claim.review') && canTransition('dismiss', s),
    assign: can(user, 'claim.assign') && canTransition('assign', s),
    propose: can(user, 'verdict.propose') && canTransition('propose', s),
    rule: can(user, 'verdict.rule') && canTransition('rule', s),
    sendBack: can(user, 'claim.sendBack') && canTransition('sendBack', s),
  };
  const latestProposal = verdicts.find((v) => v.kind === 'proposed') ?? null;
  const latest = verdicts[0] ?? null;

  return (
    <main id="main" className="claim-page">
      <p>
        <Link href={`/articles/${claim.article.id}`}>← {claim.article.title}</Link>
      </p>
      <h1>Claim</h1>
      <blockquote className="claim-quote">
        <span className="muted">{claim.prefix}</span>
        <mark>{claim.text}</mark>
        <span className="muted">{claim.suffix}</span>
      </blockquote>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`pill status-${s}`}>{STATUS_LABELS[s]}</span>
        </dd>
        <dt>Assignee</dt>
        <dd>{claim.assignee?.name ?? 'Nobody yet'}</dd>
        <dt>Claimant</dt>
        <dd>{claim.claimant ?? 'Not attributed'}</dd>
        {(claim.flagUnverified || claim.flagDisputed) && (
          <>
            <dt>Article says</dt>
            <dd>{[claim.flagUnverified && 'not independently verified', claim.flagDisputed && 'disputed'].filter(Boolean).join(', ')}</dd>
          </>
        )}
      </dl>

      <div className="claim-grid">
        <div>
          <section aria-labelledby="h-workflow">
            <h2 id="h-workflow">Workflow</h2>
            {!Object.values(may).some(Boolean) && <p className="muted">There is nothing you can move from here.</p>}
            {(may.accept || may.dismiss) && (
              <div className="button-row">
                {may.accept && <ReviewButton claimId={claim.id} version={claim.version} move="accept" label="Accept" />}
                {may.dismiss && <ReviewButton claimId={claim.id} version={claim.version} move="dismiss" label="Dismiss" />}
              </div>
            )}
            {may.assign && <AssignForm claimId={claim.id} version={claim.version} assigneeId={claim.assignee?.id ?? null} people={people} />}
            {may.sendBack && <SendBackForm claimId={claim.id} version={claim.version} />}
          </section>

          <section aria-labelledby="h-verdicts">
            <h2 id="h-verdicts">Verdicts</h2>
            <VerdictList verdicts={verdicts} />
            {may.rule && (
              <>
                <h3>Rule</h3>
                <VerdictForm mode="rule" claimId={claim.id} version={claim.version} draft={latestProposal ?? latest} needsCorrection={needsCorrection} />
              </>
            )}
            {may.propose && (
              <>
                <h3>Propose a verdict</h3>
                <VerdictForm mode="propose" claimId={claim.id} version={claim.version} draft={null} />
              </>
            )}
          </section>

          <section aria-labelledby="h-sources">
            <h2 id="h-sources">Sources</h2>
            <SourceList claimId={claim.id} sources={sources} canWrite={can(user, 'source.write')} />
            {can(user, 'source.write') && (
              <>
                <h3>Add a source</h3>
                <SourceForm claimId={claim.id} />
              </>
            )}
          </section>
        </div>

        <div>
          <section aria-labelledby="h-attribution">
            <h2 id="h-attribution">Attribution</h2>
            {can(user, 'claim.edit') ? (
              <AttributionForm claim={{ id: claim.id, version: claim.version, claimant: claim.claimant, cue: claim.cue }} />
            ) : (
              <p>
                {claim.claimant ?? 'Not attributed'} · cue: {claim.cue ?? '—'}
              </p>
            )}
          </section>

          <section aria-labelledby="h-notes">
            <h2 id="h-notes">Notes</h2>
            <NoteThread notes={notes} />
            {can(user, 'note.write') && <NoteForm claimId={claim.id} />}
          </section>

          <section aria-labelledby="h-history">
            <h2 id="h-history">History</h2>
            <History entries={history} />
          </section>
        </div>
      </div>
    </main>
  );
}
