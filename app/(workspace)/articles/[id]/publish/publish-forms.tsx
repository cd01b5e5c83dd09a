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

export function IncludeForm({
  claimId,
  version,
  included,
  live,
  label,
}: {
  claimId: string;
  version: number;
  included: boolean;
  live: boolean;
  label: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(setIncludedAction, {});
  const reasonId = `reason-${claimId}`;
  return (
    <form action={action} className="include-form">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <input type="hidden" name="included" value={included ? 'false' : 'true'} />
      {live && (
        <div className="field">
          <label htmlFor={reasonId}>Reason (for the corrections log)</label>
          <input
            id={reasonId}
            name="reason"
            type="text"
            defaultValue={state.values?.reason}
            aria-invalid={!!state.errors?.reason}
            aria-describedby={`${reasonId}-error`}
          />
          <FieldError id={`${reasonId}-error`} errors={state.errors?.reason} />
        </div>
      )}
      <button type="submit" className="secondary" disabled={pending} aria-label={`${included ? 'Leave out' : 'Include'}: ${label}`}>
        {included ? 'Leave out' : 'Include'}
      </button>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
    </form>
  );
}

/** Publish or republish. On refusal, every failing checklist item is listed with its problems. */
export function PublishForm({ articleId, version, republish }: Ids & { republish: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishAction, {});
  const problems = state.ok === false ? Object.values(state.errors ?? {}).flat() : [];
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <button type="submit" disabled={pending}>
        {pending ? 'Publishing…' : republish ? 'Republish' : 'Publish'}
      </button>
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
    </form>
  );
}

export function UnpublishForm({ articleId, version }: Ids) {
  const [state, action, pending] = useActionState<FormState, FormData>(unpublishAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <button type="submit" className="danger" disabled={pending}>
        {pending ? 'Unpublishing…' : 'Unpublish'}
      </button>
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
