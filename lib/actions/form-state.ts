// What every server action returns to its form (through useActionState) or to its caller.
// Client-safe: forms import these types.
import type { FieldErrors, SavedRecord } from '@/lib/errors';

export type FormValues = Record<string, string>;

export type FormState<D = undefined> = {
  ok?: boolean;
  /** The outcome in one sentence: a success note or what went wrong. */
  message?: string;
  /** INVALID: every problem, keyed by field (`_form` for the form as a whole). */
  errors?: FieldErrors;
  /** What was submitted, echoed back so a failed submit loses nothing (secrets excepted). */
  values?: FormValues;
  /** CONFLICT: what is saved now, shown beside the input the form keeps. */
  conflict?: SavedRecord;
  /** What the caller needs of a successful result (an id to select, a preview…). */
  data?: D;
};

export const initialFormState: FormState = {};
