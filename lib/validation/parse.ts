import { z } from 'zod';
import { invalid, type FieldErrors } from '@/lib/errors';

/** Field errors keyed by top-level field, as forms show them next to each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const flat = z.flattenError(error);
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) if (v?.length) out[k] = v;
  if (flat.formErrors.length) out._form = flat.formErrors;
  return out;
}

/**
 * Parses input at the trust boundary or throws INVALID carrying every field error at once. Takes
 * `unknown` on purpose: callers are typed, but scripts, route handlers and the browser are not.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const errors = fieldErrors(r.error);
    throw invalid(Object.values(errors)[0]?.[0] ?? 'The input is not valid.', errors);
  }
  return r.data;
}
