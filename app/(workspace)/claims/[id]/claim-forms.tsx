'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, formKey, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { CLAIMANT_TYPE_LABELS } from '@/lib/labels';
import type { ClaimantType } from '@/lib/generated/prisma/enums';
import { assignClaimAction, reviewClaimAction, sendBackAction, updateAttributionAction } from './actions';

type Attribution = {
  id: string;
  version: number;
  claimant: string | null;
  claimantType: ClaimantType | null;
  claimantRole: string | null;
  cue: string | null;
};

export function AttributionForm({ claim }: { claim: Attribution }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateAttributionAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    // Remounts when the saved version changes, so a successful save shows the stored values.
    <form action={action} className="form" key={claim.version} noValidate aria-label="Attribution">
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={latestVersion(claim.version, state)} />
      <div className="field">
        <label htmlFor="claimant">Claimant</label>
        <input
          id="claimant"
          name="claimant"
          type="text"
          defaultValue={v.claimant ?? claim.claimant ?? ''}
          aria-invalid={!!state.errors?.claimant}
          aria-describedby="claimant-hint claimant-error"
        />
        <p id="claimant-hint" className="hint">
          Who is said to have made the claim, e.g. “Russia’s Defence Ministry”.
        </p>
        <FieldError id="claimant-error" errors={state.errors?.claimant} />
      </div>
      <ClaimantKindFields claim={claim} values={v} errors={state.errors} />
      <div className="field">
        <label htmlFor="cue">Cue</label>
        <input
          id="cue"
          name="cue"
          type="text"
          defaultValue={v.cue ?? claim.cue ?? ''}
          aria-invalid={!!state.errors?.cue}
          aria-describedby="cue-error"
        />
        <FieldError id="cue-error" errors={state.errors?.cue} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save attribution'}
        </button>
      </div>
    </form>
  );
}

/** The claimant's kind and role: what the published markup says of them (a Person with a jobTitle, or an Organization). */
function ClaimantKindFields({ claim, values: v, errors }: { claim: Attribution; values: Record<string, string>; errors?: Record<string, string[]> }) {
  return (
    <>
      <div className="field">
        <label htmlFor="claimantType">Person or organisation</label>
        <select
          id="claimantType"
          name="claimantType"
          defaultValue={v.claimantType ?? claim.claimantType ?? ''}
          aria-invalid={!!errors?.claimantType}
          aria-describedby="claimantType-error"
        >
          <option value="">Not known</option>
          {(Object.keys(CLAIMANT_TYPE_LABELS) as ClaimantType[]).map((t) => (
            <option key={t} value={t}>
              {CLAIMANT_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <FieldError id="claimantType-error" errors={errors?.claimantType} />
      </div>
      <div className="field">
        <label htmlFor="claimantRole">Role or title</label>
        <input
          id="claimantRole"
          name="claimantRole"
          type="text"
          defaultValue={v.claimantRole ?? claim.claimantRole ?? ''}
          aria-invalid={!!errors?.claimantRole}
          aria-describedby="claimantRole-hint claimantRole-error"
        />
        <p id="claimantRole-hint" className="hint">
          E.g. “Council leader”; published as the person’s job title.
        </p>
        <FieldError id="claimantRole-error" errors={errors?.claimantRole} />
      </div>
    </>
  );
}

export function ReviewButton({ claimId, version, move, label }: { claimId: string; version: number; move: 'accept' | 'dismiss'; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(reviewClaimAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <input type="hidden" name="move" value={move} />
      <button type="submit" className={move === 'dismiss' ? 'secondary' : undefined} disabled={pending}>
        {label}
      </button>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}

type Person = { id: string; name: string; role: string };

export function AssignForm({
  claimId,
  version,
  assigneeId,
  people,
}: {
  claimId: string;
  version: number;
  assigneeId: string | null;
  people: Person[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(assignClaimAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="form" key={formKey(`assign-${version}`, state)} noValidate aria-label="Assign">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="assigneeId">Assign to</label>
        <select
          id="assigneeId"
          name="assigneeId"
          defaultValue={v.assigneeId ?? assigneeId ?? ''}
          aria-invalid={!!state.errors?.assigneeId}
          aria-describedby="assignee-error"
        >
          <option value="">Choose someone…</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
        <FieldError id="assignee-error" errors={state.errors?.assigneeId} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Assigning…' : 'Assign'}
        </button>
      </div>
    </form>
  );
}

export function SendBackForm({ claimId, version }: { claimId: string; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(sendBackAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="form" key={state.ok ? state.message : 'send-back'} noValidate aria-label="Send back">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="sendback-reason">Reason for sending it back</label>
        <textarea
          id="sendback-reason"
          name="reason"
          rows={3}
          defaultValue={v.reason}
          aria-invalid={!!state.errors?.reason}
          aria-describedby="sendback-reason-error"
        />
        <FieldError id="sendback-reason-error" errors={state.errors?.reason} />
      </div>
      <div>
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? 'Sending back…' : 'Send back'}
        </button>
      </div>
    </form>
  );
}
