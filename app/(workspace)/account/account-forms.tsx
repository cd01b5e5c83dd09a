'use client';

import Link from '@/app/components/link';
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, typedOr } from '@/app/components/form-bits';
import { changeOwnPasswordAction, updateOwnNameAction } from './actions';

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateOwnNameAction, {});
  return (
    // Keyed by the saved name: after a change the box shows it; after a refusal, what was typed.
    <form action={action} className="form" key={state.ok === false ? `typed:${state.values?.name}` : `saved:${name}`} noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="account-name">Name</label>
        <input
          id="account-name"
          name="name"
          type="text"
          autoComplete="name"
          defaultValue={typedOr(state, 'name', name)}
          aria-invalid={!!state.errors?.name}
          aria-describedby="account-name-error"
        />
        <FieldError id="account-name-error" errors={state.errors?.name} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save name'}
        </button>
      </div>
    </form>
  );
}

type PasswordField = { name: 'current' | 'next' | 'confirm'; label: string; autoComplete: string; hint?: string };

const PASSWORD_FIELDS: PasswordField[] = [
  { name: 'current', label: 'Current password', autoComplete: 'current-password' },
  { name: 'next', label: 'New password', autoComplete: 'new-password', hint: 'At least 12 characters. A few unrelated words make a strong one.' },
  { name: 'confirm', label: 'New password again', autoComplete: 'new-password' },
];

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState<{ wasRequired: boolean }>, FormData>(changeOwnPasswordAction, {});
  const cleared = state.ok === false;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {state.ok && state.data?.wasRequired && (
        <p>
          <Link href="/dashboard">Go to the dashboard</Link>
        </p>
      )}
      {/* Passwords are never sent back to the page: after a refusal every box is empty. */}
      {cleared && (
        <p id="password-cleared" className="hint">
          <strong>For your safety the password boxes were cleared: type them again.</strong>
        </p>
      )}
      {PASSWORD_FIELDS.map((f) => {
        const describedBy = [f.hint && `password-${f.name}-hint`, cleared && 'password-cleared', `password-${f.name}-error`]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="field" key={f.name}>
            <label htmlFor={`password-${f.name}`}>{f.label}</label>
            <input
              id={`password-${f.name}`}
              name={f.name}
              type="password"
              autoComplete={f.autoComplete}
              aria-invalid={!!state.errors?.[f.name]}
              aria-describedby={describedBy}
            />
            {f.hint && (
              <p id={`password-${f.name}-hint`} className="hint">
                {f.hint}
              </p>
            )}
            <FieldError id={`password-${f.name}-error`} errors={state.errors?.[f.name]} />
          </div>
        );
      })}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
