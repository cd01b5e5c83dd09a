'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { SUMMARY_TARGET_CHARS } from '@/lib/validation/claims';
import { updateSummaryAction } from './actions';

/**
 * The claim in a few words, for ClaimReview's claimReviewed: search engines show it beside the
 * verdict and ask for under ~75 characters. The reader's page keeps the full quote.
 */
export function SummaryForm({ claim }: { claim: { id: string; version: number; summary: string | null } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSummaryAction, {});
  const typed = state.ok ? undefined : state.values?.summary;
  const [length, setLength] = useState((typed ?? claim.summary ?? '').length);
  const over = length > SUMMARY_TARGET_CHARS;
  return (
    <form action={action} className="form" key={claim.version} noValidate aria-label="Short summary">
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={latestVersion(claim.version, state)} />
      <div className="field">
        <label htmlFor="summary">Short summary</label>
        <input
          id="summary"
          name="summary"
          type="text"
          maxLength={200}
          defaultValue={typed ?? claim.summary ?? ''}
          onChange={(e) => setLength(e.currentTarget.value.length)}
          aria-invalid={!!state.errors?.summary}
          aria-describedby="summary-hint summary-count summary-error"
        />
        <p id="summary-hint" className="hint">
          The claim in a few words, e.g. “Ukraine made two attempts to cross the border”. Search engines show it with the verdict.
        </p>
        <p id="summary-count" className={over ? 'hint warn' : 'hint'} aria-live="polite">
          {length} of {SUMMARY_TARGET_CHARS} characters{over ? ': longer than search engines show' : ''}
        </p>
        <FieldError id="summary-error" errors={state.errors?.summary} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save summary'}
        </button>
      </div>
    </form>
  );
}
