'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { addNoteAction } from './actions';

export function NoteForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="form" key={state.ok ? state.message : 'note'} noValidate aria-label="Add a note">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <div className="field">
        <label htmlFor="note-body">New note</label>
        <textarea
          id="note-body"
          name="body"
          rows={3}
          defaultValue={v.body}
          aria-invalid={!!state.errors?.body}
          aria-describedby="note-body-hint note-body-error"
        />
        <p id="note-body-hint" className="hint">
          Internal to the desk: readers never see notes.
        </p>
        <FieldError id="note-body-error" errors={state.errors?.body} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add note'}
        </button>
      </div>
    </form>
  );
}
