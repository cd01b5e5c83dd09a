import 'server-only';
import { currentUserId } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { invalidateAfterMutation } from '@/lib/public-cache';
import type { FieldErrors } from '@/lib/validation/parse';

/** What every form's server action returns through useActionState. */
export type FormState<V = Record<string, string>> = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  /** What was submitted, echoed back so a failed submit loses nothing. */
  values?: V;
  /** For CONFLICT: the record as it is now. */
  current?: unknown;
};

export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !k.startsWith('$ACTION')) out[k] = v;
  return out;
}

/**
 * The one wrapper for server actions: resolves the session user id, runs the data-layer call
 * (which validates and authorizes), and turns typed failures into form state. Unexpected
 * errors are rethrown to error.tsx rather than shown as if they were the user's fault.
 */
export async function runAction<T>(
  form: FormData | null,
  fn: (userId: string | null) => Promise<T>,
  success?: (result: T) => string,
): Promise<FormState & { result?: T }> {
  const values = form ? formValues(form) : undefined;
  // Some slack: an event's time is its transaction's start, a little before fn returns.
  const since = new Date(Date.now() - 5000);
  try {
    const userId = await currentUserId();
    const result = await fn(userId);
    if (userId) await invalidateAfterMutation(userId, since);
    return { ok: true, message: success?.(result), result };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return {
      ok: false,
      message: e.message,
      errors: e.code === 'INVALID' && e.details && typeof e.details === 'object' ? (e.details as FieldErrors) : undefined,
      current: e.code === 'CONFLICT' ? e.details : undefined,
      values,
    };
  }
}
