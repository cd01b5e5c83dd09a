import type { FormState } from '@/lib/actions/form-state';

/** The error under a field; `id` is what the input's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((e) => (
        <p key={e} className="field-error">
          {e}
        </p>
      ))}
    </div>
  );
}

/** The form-level outcome: a success note or the error, announced to screen readers. */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  return (
    <div aria-live="polite">
      {state.message && (
        <p className={`alert ${state.ok ? 'ok' : 'error'}`} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      )}
    </div>
  );
}

/**
 * The version a form should send: the page's, or, after a conflict, the one now saved, so that
 * saving again is a deliberate overwrite of what the user has now seen.
 */
export function latestVersion(version: number, state: FormState<unknown>): number {
  const saved = state.conflict;
  return saved && 'version' in saved ? Math.max(version, saved.version) : version;
}

/**
 * React resets a form after its action, and a <select> goes back to the option it was mounted
 * with (its defaultValue is not updated on re-render). Keying the form by what was submitted
 * remounts it with the submitted choices, so a failed submit keeps every field.
 */
export function formKey(base: string, state: FormState<unknown>): string {
  return state.ok ? `${base}:ok:${state.message ?? ''}` : `${base}:${JSON.stringify(state.values ?? {})}`;
}

/** What the user typed, after a failed submit; otherwise the saved value. */
export function typedOr(state: FormState<unknown>, name: string, saved: string | number | null | undefined): string {
  return (state.ok === false ? state.values?.[name] : undefined) ?? String(saved ?? '');
}
