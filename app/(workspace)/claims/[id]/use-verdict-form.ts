'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { proposeVerdictAction, ruleVerdictAction } from './actions';
import type { VerdictDraft } from './verdict-forms';

/** The verdict form's state: after a failed submit, what was typed; otherwise the draft. */
export function useVerdictForm(mode: 'propose' | 'rule', draft: VerdictDraft) {
  const [state, action, pending] = useActionState<FormState, FormData>(mode === 'rule' ? ruleVerdictAction : proposeVerdictAction, {});
  const values =
    state.ok || !state.values
      ? {
          rating: draft?.rating ?? '',
          explanation: draft?.explanation ?? '',
          attributionConfirmed: draft ? (draft.attributionConfirmed ? 'yes' : 'no') : '',
        }
      : state.values;
  return { state, action, pending, values, errors: state.errors ?? {} };
}
