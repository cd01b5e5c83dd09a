'use client';

import { formKey, FormMessage, latestVersion } from '@/app/components/form-bits';
import { useVerdictForm } from './use-verdict-form';
import { AttributionField, CorrectionReasonField, ExplanationField, RatingField } from './verdict-fields';

export type VerdictDraft = { rating: string; explanation: string; attributionConfirmed: boolean } | null;

type Props = {
  mode: 'propose' | 'rule';
  claimId: string;
  version: number;
  draft: VerdictDraft;
  needsCorrection?: boolean;
};

/**
 * Proposing (journalists and editors) and ruling (editors) share one form; ruling starts from
 * the latest proposal so accepting it is one click, and changing it is an edit.
 */
export function VerdictForm({ mode, claimId, version, draft, needsCorrection = false }: Props) {
  const { state, action, pending, values: v, errors: err } = useVerdictForm(mode, draft);
  const p = mode;
  return (
    <form
      action={action}
      className="form"
      key={formKey(`${p}-${version}`, state)}
      noValidate
      aria-label={mode === 'rule' ? 'Rule the verdict' : 'Propose a verdict'}
    >
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <RatingField p={p} value={v.rating} errors={err.rating} />
      <ExplanationField p={p} value={v.explanation} errors={err.explanation} />
      <AttributionField p={p} value={v.attributionConfirmed} errors={err.attributionConfirmed} />
      {mode === 'rule' && (needsCorrection || err.correctionReason) && (
        <CorrectionReasonField value={v.correctionReason} errors={err.correctionReason} />
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : mode === 'rule' ? 'Rule verdict' : 'Propose verdict'}
        </button>
      </div>
    </form>
  );
}
