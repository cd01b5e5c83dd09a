'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/app/components/form-bits';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

type Props = {
  action: Action;
  /** Posted as hidden fields. */
  fields: Record<string, string | number>;
  label: string;
  /** The label while the action runs ("Revoking…"). */
  busy: string;
  /** The accessible name when the label alone is ambiguous in a list ("Revoke the token CMS"). */
  described?: string;
  className?: string;
  /** Show the success note too (a failure is always shown). */
  showSuccess?: boolean;
};

/**
 * One button that posts a few hidden fields through a server action (the one pipeline,
 * lib/actions), with its outcome beside it: mark read, revoke, delete, send again, unlink…
 */
export function ActionButton({ action: run, fields, label, busy, described, className = 'secondary', showSuccess = false }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(run, {});
  return (
    <form action={action} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending} aria-label={described}>
        {pending ? busy : label}
      </button>
      {(state.ok === false || (showSuccess && state.ok)) && <FormMessage state={state} />}
    </form>
  );
}
