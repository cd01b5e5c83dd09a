'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/app/components/form-bits';
import { resetPasswordAction } from './actions';

type Reset = FormState<{ temporaryPassword: string }>;

/**
 * "Reset password" for one account: a confirmation first, then the temporary password, shown
 * this once (it lives only in this component's state; the database keeps its hash).
 */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState<Reset, FormData>(resetPasswordAction, {});
  const [confirming, setConfirming] = useState(false);
  const [dismissed, setDismissed] = useState<Reset | null>(null);
  const temporary = state.ok && state !== dismissed ? state.data?.temporaryPassword : undefined;
  const id = `reset-${userId}`;

  if (temporary) {
    return (
      <div className="inline-form">
        <FormMessage state={state} />
        <p>
          Temporary password for {name}: <code id={`${id}-password`}>{temporary}</code>
        </p>
        <p className="hint">Shown only this once. Hand it over privately, in person or by phone, not by email or chat.</p>
        <button type="button" className="secondary" onClick={() => setDismissed(state)}>
          Done
        </button>
      </div>
    );
  }
  if (!confirming) {
    return (
      <div className="inline-form">
        <button type="button" className="secondary" onClick={() => setConfirming(true)} aria-label={`Reset the password of ${name}`}>
          Reset password
        </button>
        {state.ok === false && <FormMessage state={state} />}
      </div>
    );
  }
  return (
    <form
      className="inline-form"
      action={(form) => {
        setConfirming(false);
        action(form);
      }}
      aria-describedby={`${id}-confirm`}
    >
      <input type="hidden" name="userId" value={userId} />
      <p id={`${id}-confirm`}>Reset the password of {name}? They are signed out everywhere and must choose a new password at their next sign-in.</p>
      <button type="submit" disabled={pending}>
        Yes, reset the password
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </form>
  );
}
