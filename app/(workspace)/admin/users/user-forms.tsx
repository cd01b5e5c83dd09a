'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { changeRoleAction, createUserAction, setActiveAction } from './actions';

const ROLES = ['journalist', 'editor', 'admin'] as const;

export function CreateUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  const passwordCleared = state.ok === false;
  return (
    <form action={action} className="form" key={state.ok ? state.message : 'form'} noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="new-name">Name</label>
        <input id="new-name" name="name" type="text" defaultValue={v.name} aria-invalid={!!state.errors?.name} aria-describedby="new-name-error" />
        <FieldError id="new-name-error" errors={state.errors?.name} />
      </div>
      <div className="field">
        <label htmlFor="new-email">Email</label>
        <input
          id="new-email"
          name="email"
          type="email"
          defaultValue={v.email}
          aria-invalid={!!state.errors?.email}
          aria-describedby="new-email-error"
        />
        <FieldError id="new-email-error" errors={state.errors?.email} />
      </div>
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue={v.role ?? 'journalist'} aria-invalid={!!state.errors?.role} aria-describedby="new-role-error">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" errors={state.errors?.role} />
      </div>
      <div className="field">
        <label htmlFor="new-password">Initial password</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!state.errors?.password}
          aria-describedby={passwordCleared ? 'new-password-hint new-password-cleared new-password-error' : 'new-password-hint new-password-error'}
        />
        <p id="new-password-hint" className="hint">
          At least 8 characters. Share it with the person privately.
        </p>
        {/* The password is never sent back to the page, so after a refusal the box is empty. */}
        {passwordCleared && (
          <p id="new-password-cleared" className="hint">
            <strong>For your safety the password was cleared: type it again.</strong>
          </p>
        )}
        <FieldError id="new-password-error" errors={state.errors?.password} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, label }: { userId: string; role: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeRoleAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      {/* Keyed by the saved role: the page's refresh after a change remounts it showing the new
          role, where a kept element would snap back to the role it was first drawn with (React
          resets a form after its action) and a second "Change" would silently revert it. */}
      <select key={role} name="role" defaultValue={role} aria-label={label}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="secondary" disabled={pending}>
        Change
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function ActiveForm({ userId, active, name, isSelf }: { userId: string; active: boolean; name: string; isSelf: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setActiveAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <span className="pill">{active ? 'Active' : 'Deactivated'}</span>{' '}
      {!isSelf && (
        <button type="submit" className="secondary" disabled={pending} aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${name}`}>
          {active ? 'Deactivate' : 'Reactivate'}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
