import type { ClaimPage } from '@/lib/data/claim-page';
import { MOVE_LABELS } from '@/lib/labels';
import { AssignForm, ReviewButton, SendBackForm } from './claim-forms';
import { VerdictForm } from './verdict-forms';
import { SourceForm } from './source-forms';
import { PrimarySourceReasonForm } from './primary-source-form';
import { PRIMARY_SOURCE_TYPES } from '@/lib/ratings';
import { SourceList, VerdictList } from './sections';

// The claim page's sections that depend on what the signed-in person may do (page.moves and
// page.can, from getClaimPage). Showing a form is a courtesy; the action authorizes again.

export function WorkflowSection({ page }: { page: ClaimPage }) {
  const { claim, moves } = page;
  const has = (m: (typeof moves)[number]) => moves.includes(m);
  const shown = has('accept') || has('dismiss') || has('assign') || has('sendBack');
  return (
    <section aria-labelledby="h-workflow">
      <h2 id="h-workflow">Workflow</h2>
      {!shown && !has('propose') && !has('rule') && <p className="muted">There is nothing you can move from here.</p>}
      {(has('accept') || has('dismiss')) && (
        <div className="button-row">
          {has('accept') && <ReviewButton claimId={claim.id} version={claim.version} move="accept" label={MOVE_LABELS.accept} />}
          {has('dismiss') && <ReviewButton claimId={claim.id} version={claim.version} move="dismiss" label={MOVE_LABELS.dismiss} />}
        </div>
      )}
      {has('assign') && <AssignForm claimId={claim.id} version={claim.version} assigneeId={claim.assignee?.id ?? null} people={page.assignable} />}
      {has('sendBack') && <SendBackForm claimId={claim.id} version={claim.version} />}
    </section>
  );
}

export function VerdictsSection({ page }: { page: ClaimPage }) {
  const { claim, verdicts, moves } = page;
  // Ruling starts from the latest proposal (or the verdict in force), so accepting it is one click.
  const draft = verdicts.find((v) => v.kind === 'proposed') ?? verdicts[0] ?? null;
  return (
    <section aria-labelledby="h-verdicts">
      <h2 id="h-verdicts">Verdicts</h2>
      <VerdictList verdicts={verdicts} />
      {moves.includes('rule') && (
        <>
          <h3>Rule</h3>
          <VerdictForm mode="rule" claimId={claim.id} version={claim.version} draft={draft} needsCorrection={page.needsCorrection} />
        </>
      )}
      {moves.includes('propose') && (
        <>
          <h3>Propose a verdict</h3>
          <VerdictForm mode="propose" claimId={claim.id} version={claim.version} draft={null} />
        </>
      )}
    </section>
  );
}

export function SourcesSection({ page }: { page: ClaimPage }) {
  return (
    <section aria-labelledby="h-sources">
      <h2 id="h-sources">Sources</h2>
      <SourceList claimId={page.claim.id} sources={page.sources} canWrite={page.can.writeSources} />
      {page.can.writeSources && (
        <>
          <h3>Add a source</h3>
          <SourceForm claimId={page.claim.id} />
          {(page.claim.noPrimarySourceReason || !page.sources.some((s) => PRIMARY_SOURCE_TYPES.includes(s.type))) && (
            <PrimarySourceReasonForm claim={page.claim} />
          )}
        </>
      )}
    </section>
  );
}
