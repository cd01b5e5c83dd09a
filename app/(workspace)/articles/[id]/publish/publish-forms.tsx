'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { correctionAction, publishAction, saveSummaryAction, setIncludedAction, unpublishAction } from './actions';

type Ids = { articleId: string; version: number };

export function SummaryForm({ articleId, version, summary }: Ids & { summary: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSummaryAction, {});
  const value = state.ok === false ? (state.values?.summary ?? summary) : summary;
  return (
    <form action={action} className="form wide" key={state.ok === false ? 'failed' : `${version}`} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="fc-summary">Summary</label>
        <textarea
          id="fc-summary"
          name="summary"
          defaultValue={value}
          aria-invalid={!!state.errors?.summary}
          aria-describedby="fc-summary-hint fc-summary-error"
        />
        <p id="fc-summary-hint" className="hint">
          Shown at the top of the reader’s page: what was checked and what we found, in a few sentences.
        </p>
        <FieldError id="fc-summary-error" errors={state.errors?.summary} />
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save summary'}
        </button>
      </div>
    </form>
  );
}

export function IncludeForm({ claimId, version, included, label }: { claimId: string; version: number; included: boolean; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setIncludedAction, {});
  return (
    <form action={action} className="include-form">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <input type="hidden" name="included" value={included ? 'false' : 'true'} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`${included ? 'Leave out' : 'Include'}: ${label}`}>
        {included ? 'Leave out' : 'Include'}
      </button>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
    </form>
  );
}

/** The checklist's items: a refusal lists their problems under its message (other fields show their own). */
const CHECKLIST_ITEMS = ['claims', 'anchors', 'review', 'verdicts', 'claimants', 'sources', 'summary', 'article'];

/**
 * Publish, republish, or publish a new version. Once readers have seen a version, a change needs
 * a note for the corrections log (`needsNote`). On refusal, every failing checklist item is listed.
 * Stays mounted with nothing new to publish (disabled), so the success note stays on screen.
 */
export function PublishForm({
  articleId,
  version,
  label,
  needsNote,
  nothingNew = false,
}: Ids & { label: string; needsNote: boolean; nothingNew?: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishAction, {});
  const problems = state.ok === false ? CHECKLIST_ITEMS.flatMap((k) => state.errors?.[k] ?? []) : [];
  return (
    <form action={action} className="form wide" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      {needsNote && <NoteFields state={state} />}
      <div>
        <button type="submit" disabled={pending || nothingNew}>
          {pending ? 'Publishing…' : label}
        </button>
      </div>
      <div aria-live="polite">
        {state.message && (
          <div className={`alert ${state.ok ? 'ok' : 'error'}`} role={state.ok ? 'status' : 'alert'}>
            <p className="tight">{state.message}</p>
            {problems.length > 1 && (
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <ConflictNotice saved={state.conflict} />
    </form>
  );
}

/** Correction or update, and the note readers see in the corrections log beside the list of changes. */
function NoteFields({ state }: { state: FormState }) {
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <>
      <fieldset className="field" aria-describedby="publish-kind-error">
        <legend>What is this new version?</legend>
        <label>
          <input type="radio" name="kind" value="correction" defaultChecked={v.kind === 'correction'} /> A correction: it fixes something readers were
          told wrongly
        </label>
        <label>
          <input type="radio" name="kind" value="update" defaultChecked={v.kind === 'update'} /> An update: it adds or changes information
        </label>
        <FieldError id="publish-kind-error" errors={state.errors?.kind} />
      </fieldset>
      <div className="field">
        <label htmlFor="publish-note">Note for readers</label>
        <textarea
          id="publish-note"
          name="note"
          defaultValue={v.note}
          aria-invalid={!!state.errors?.note}
          aria-describedby="publish-note-hint publish-note-error"
        />
        <p id="publish-note-hint" className="hint">
          Why it changed. Readers see it in the corrections log, with the list of changes above.
        </p>
        <FieldError id="publish-note-error" errors={state.errors?.note} />
      </div>
    </>
  );
}

/** Unpublishing is a retraction: the reason is required, shown to readers, and kept in the form on error. */
export function UnpublishForm({ articleId, version }: Ids) {
  const [state, action, pending] = useActionState<FormState, FormData>(unpublishAction, {});
  return (
    <form action={action} className="form wide" aria-label="Retract" key={state.ok === false ? 'failed' : 'form'} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="unpublish-reason">Reason for retracting</label>
        <textarea
          id="unpublish-reason"
          name="reason"
          defaultValue={state.ok === false ? state.values?.reason : undefined}
          aria-invalid={!!state.errors?.reason}
          aria-describedby="unpublish-reason-hint unpublish-reason-error"
        />
        <p id="unpublish-reason-hint" className="hint">
          Readers who open the fact-check’s address see this reason, with its title and dates, instead of the fact-check.
        </p>
        <FieldError id="unpublish-reason-error" errors={state.errors?.reason} />
      </div>
      <div>
        <button type="submit" className="danger" disabled={pending}>
          {pending ? 'Unpublishing…' : 'Unpublish'}
        </button>
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
    </form>
  );
}

export function CorrectionForm({ articleId, claims }: { articleId: string; claims: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(correctionAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="form wide" key={state.ok ? state.message : 'form'} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <div className="field">
        <label htmlFor="corr-claim">Claim concerned</label>
        <select
          id="corr-claim"
          name="claimId"
          defaultValue={v.claimId ?? ''}
          aria-invalid={!!state.errors?.claimId}
          aria-describedby="corr-claim-error"
        >
          <option value="">The fact-check as a whole</option>
          {claims.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldError id="corr-claim-error" errors={state.errors?.claimId} />
      </div>
      <div className="field">
        <label htmlFor="corr-what">What changed</label>
        <textarea
          id="corr-what"
          name="whatChanged"
          defaultValue={v.whatChanged}
          aria-invalid={!!state.errors?.whatChanged}
          aria-describedby="corr-what-error"
        />
        <FieldError id="corr-what-error" errors={state.errors?.whatChanged} />
      </div>
      <div className="field">
        <label htmlFor="corr-why">Why</label>
        <textarea id="corr-why" name="reason" defaultValue={v.reason} aria-invalid={!!state.errors?.reason} aria-describedby="corr-why-error" />
        <FieldError id="corr-why-error" errors={state.errors?.reason} />
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Publishing correction…' : 'Publish correction'}
        </button>
      </div>
    </form>
  );
}
