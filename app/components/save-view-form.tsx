'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, typedOr } from '@/app/components/form-bits';
import { ActionButton } from '@/app/components/action-button';
import { deleteViewAction, saveViewAction } from '@/app/(workspace)/claims/actions';
import type { ViewPath } from '@/lib/validation/saved-views';

/** "Save these filters as a view": the page's query string, named. */
export function SaveViewForm({ query, path }: { query: string; path: ViewPath }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveViewAction, {});
  return (
    <form action={action} className="save-view" key={state.ok ? `saved:${state.message}` : 'typing'} noValidate>
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="path" value={path} />
      <label htmlFor="view-name">Save these filters as a view</label>
      <input
        id="view-name"
        name="name"
        type="text"
        maxLength={80}
        placeholder="e.g. Unassigned in review"
        defaultValue={typedOr(state, 'name', '')}
        aria-invalid={!!state.errors?.name}
        aria-describedby="view-name-error"
      />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save view'}
      </button>
      <FieldError id="view-name-error" errors={state.errors?.name ?? state.errors?.query} />
      {state.ok && <FormMessage state={state} />}
    </form>
  );
}

export const DeleteViewButton = ({ id, name }: { id: string; name: string }) => (
  <ActionButton action={deleteViewAction} fields={{ id }} label="Delete" busy="Deleting…" described={`Delete the view ${name}`} className="link" />
);
