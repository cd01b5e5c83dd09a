'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { primarySourceReasonAction } from './actions';

/**
 * When no primary source (document, official statement, dataset) exists: why. The publishing
 * checklist asks every included claim for one or the other; readers are not shown the reason.
 */
export function PrimarySourceReasonForm({ claim }: { claim: { id: string; version: number; noPrimarySourceReason: string | null } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(primarySourceReasonAction, {});
  const typed = state.ok ? undefined : state.values?.reason;
  return (
    <form action={action} className="form" key={claim.version} noValidate aria-label="No primary source">
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={latestVersion(claim.version, state)} />
      <div className="field">
        <label htmlFor="no-primary-reason">If no primary source exists, why</label>
        <input
          id="no-primary-reason"
          name="reason"
          type="text"
          maxLength={500}
          defaultValue={typed ?? claim.noPrimarySourceReason ?? ''}
          aria-invalid={!!state.errors?.reason}
          aria-describedby="no-primary-reason-hint no-primary-reason-error"
        />
        <p id="no-primary-reason-hint" className="hint">
          E.g. “The ministry published no figures; only its spokesman’s remarks exist.” Leave empty once a primary source is added.
        </p>
        <FieldError id="no-primary-reason-error" errors={state.errors?.reason} />
      </div>
      <div>
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? 'Saving…' : 'Save reason'}
        </button>
      </div>
    </form>
  );
}
