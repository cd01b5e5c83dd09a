'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { RATING_INFO, RATINGS } from '@/lib/ratings';
import { MAX_EXPLANATION_CHARS } from '@/lib/validation/verdicts';
import { proposeVerdictAction, ruleVerdictAction } from './actions';
import { formKey, latestVersion } from './claim-forms';

export type VerdictDraft = { rating: string; explanation: string; attributionConfirmed: boolean } | null;

/**
 * Proposing (journalists and editors) and ruling (editors) share one form; ruling starts from
 * the latest proposal so accepting it is one click, and changing it is an edit.
 */
export function VerdictForm({ mode, claimId, version, draft, needsCorrection = false }: { mode: 'propose' | 'rule'; claimId: string; version: number; draft: VerdictDraft; needsCorrection?: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(mode === 'rule' ? ruleVerdictAction : proposeVerdictAction, {});
  const v = state.ok || !state.values ? { rating: draft?.rating ?? '', explanation: draft?.explanation ?? '', attributionConfirmed: draft ? (draft.attributionConfirmed ? 'yes' : 'no') : '' } : state.values;
  const p = mode;
  const err = state.errors ?? {};
  return (
    <form action={action} className="form" key={formKey(`${p}-${version}`, state)} noValidate aria-label={mode === 'rule' ? 'Rule the verdict' : 'Propose a verdict'}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor={`${p}-rating`}>Rating</label>
        <select id={`${p}-rating`} name="rating" defaultValue={v.rating} aria-invalid={!!err.rating} aria-describedby={`${p}-rating-error`}>
          <option value="">Choose a rating…</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {RATING_INFO[r].label} — {RATING_INFO[r].description}
            </option>
          ))}
        </select>
        <FieldError id={`${p}-rating-error`} errors={err.rating} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-explanation`}>Explanation</label>
        <textarea
          id={`${p}-explanation`}
          name="explanation"
          rows={5}
          maxLength={MAX_EXPLANATION_CHARS}
          defaultValue={v.explanation}
          aria-invalid={!!err.explanation}
          aria-describedby={`${p}-explanation-hint ${p}-explanation-error`}
        />
        <p id={`${p}-explanation-hint`} className="hint">
          One paragraph, up to {MAX_EXPLANATION_CHARS} characters.
        </p>
        <FieldError id={`${p}-explanation-error`} errors={err.explanation} />
      </div>
      <fieldset className="field" aria-describedby={`${p}-attribution-error`}>
        <legend className="label">Attribution confirmed?</legend>
        <p className="hint">Did the claimant really say it? This is separate from whether it is true.</p>
        <label>
          <input type="radio" name="attributionConfirmed" value="yes" defaultChecked={v.attributionConfirmed === 'yes'} /> Yes
        </label>
        <label>
          <input type="radio" name="attributionConfirmed" value="no" defaultChecked={v.attributionConfirmed === 'no'} /> No
        </label>
        <FieldError id={`${p}-attribution-error`} errors={err.attributionConfirmed} />
      </fieldset>
      {mode === 'rule' && (needsCorrection || err.correctionReason) && (
        <div className="field">
          <label htmlFor="rule-correction">Correction reason</label>
          <textarea id="rule-correction" name="correctionReason" rows={2} defaultValue={v.correctionReason} aria-invalid={!!err.correctionReason} aria-describedby="rule-correction-hint rule-correction-error" />
          <p id="rule-correction-hint" className="hint">
            This verdict is published. If you change it, readers see this reason in the corrections log.
          </p>
          <FieldError id="rule-correction-error" errors={err.correctionReason} />
        </div>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : mode === 'rule' ? 'Rule verdict' : 'Propose verdict'}
        </button>
      </div>
    </form>
  );
}
