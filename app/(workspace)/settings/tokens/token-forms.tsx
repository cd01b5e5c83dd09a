'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, typedOr } from '@/app/components/form-bits';
import { ActionButton } from '@/app/components/action-button';
import { createTokenAction, revokeTokenAction } from './actions';

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<FormState<{ token: string }>, FormData>(createTokenAction, {});
  return (
    <form action={action} className="form" key={state.ok ? `made:${state.data?.token}` : 'typing'} noValidate>
      <FormMessage state={state} />
      {state.ok && state.data?.token && (
        <p className="token-once">
          <label htmlFor="new-token">Your new token</label>
          <input id="new-token" type="text" readOnly value={state.data.token} className="token-value" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <div className="field">
        <label htmlFor="token-name">Name</label>
        <input
          id="token-name"
          name="name"
          type="text"
          maxLength={100}
          placeholder="e.g. CMS import, Slack bot"
          defaultValue={typedOr(state, 'name', '')}
          aria-invalid={!!state.errors?.name}
          aria-describedby="token-name-error"
        />
        <FieldError id="token-name-error" errors={state.errors?.name} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}

export const RevokeTokenButton = ({ id, name }: { id: string; name: string }) => (
  <ActionButton
    action={revokeTokenAction}
    fields={{ id }}
    label="Revoke"
    busy="Revoking…"
    described={`Revoke the token ${name}`}
    className="danger"
  />
);
