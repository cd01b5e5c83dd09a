'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { createSourceAction, updateSourceAction } from './actions';
import type { SourceValues } from './source-forms';

/** The source form's state: adding a source, or editing `source` when given. */
export function useSourceForm(source?: SourceValues) {
  const [state, action, pending] = useActionState<FormState, FormData>(source ? updateSourceAction : createSourceAction, {});
  const p = `src-${source?.id ?? 'new'}`;
  // After a success the form starts over (a new source) or shows what was saved (an edit).
  const values: Record<string, string | number | undefined> =
    state.ok || !state.values
      ? {
          ...source,
          publisher: source?.publisher ?? '',
          excerpt: source?.excerpt ?? '',
          archiveUrl: source?.archiveUrl ?? '',
          notArchivableReason: source?.notArchivableReason ?? '',
        }
      : state.values;
  const errors = state.errors ?? {};
  /** The control's id, name and accessibility wiring; ids are prefixed so several forms can share a page. */
  const control = (name: string) => ({
    id: `${p}-${name}`,
    name,
    'aria-invalid': !!errors[name],
    'aria-describedby': `${p}-${name}-error`,
  });
  return { state, action, pending, p, values, errors, control };
}
