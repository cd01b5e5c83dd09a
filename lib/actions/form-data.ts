import type { FormValues } from './form-state';

/**
 * The one way FormData becomes a plain object for a schema: string fields only (files are read
 * by the actions that take them), and never the `$ACTION_…` keys React adds to progressively
 * enhanced forms. A field sent twice keeps its last value, as a browser's own form parsing would
 * for a single-valued input.
 */
export function formDataToObject(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
