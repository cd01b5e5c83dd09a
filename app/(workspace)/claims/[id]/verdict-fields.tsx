import { FieldError } from '@/app/components/form-bits';
import { RATINGS } from '@/lib/ratings';
import { RATING_DESCRIPTIONS, RATING_LABELS } from '@/lib/labels';
import { MAX_EXPLANATION_CHARS } from '@/lib/validation/verdicts';
import { Field } from './field';

// The verdict form's fields. `p` prefixes their ids: the propose and rule forms can share a page.

type FieldProps = { p: string; value?: string; errors?: string[] };

export function RatingField({ p, value, errors }: FieldProps) {
  return (
    <Field id={`${p}-rating`} label="Rating" errors={errors}>
      <select id={`${p}-rating`} name="rating" defaultValue={value} aria-invalid={!!errors} aria-describedby={`${p}-rating-error`}>
        <option value="">Choose a rating…</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {RATING_LABELS[r]} — {RATING_DESCRIPTIONS[r]}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ExplanationField({ p, value, errors }: FieldProps) {
  return (
    <Field id={`${p}-explanation`} label="Explanation" hint={<>One paragraph, up to {MAX_EXPLANATION_CHARS} characters.</>} errors={errors}>
      <textarea
        id={`${p}-explanation`}
        name="explanation"
        rows={5}
        maxLength={MAX_EXPLANATION_CHARS}
        defaultValue={value}
        aria-invalid={!!errors}
        aria-describedby={`${p}-explanation-hint ${p}-explanation-error`}
      />
    </Field>
  );
}

/** Whether the claimant really said it, asked apart from whether it is true. */
export function AttributionField({ p, value, errors }: FieldProps) {
  return (
    <fieldset className="field" aria-describedby={`${p}-attribution-error`}>
      <legend className="label">Attribution confirmed?</legend>
      <p className="hint">Did the claimant really say it? This is separate from whether it is true.</p>
      <label>
        <input type="radio" name="attributionConfirmed" value="yes" defaultChecked={value === 'yes'} /> Yes
      </label>
      <label>
        <input type="radio" name="attributionConfirmed" value="no" defaultChecked={value === 'no'} /> No
      </label>
      <FieldError id={`${p}-attribution-error`} errors={errors} />
    </fieldset>
  );
}

/** Only when ruling on a published verdict: readers see the reason if the verdict changes. */
export function CorrectionReasonField({ value, errors }: Omit<FieldProps, 'p'>) {
  return (
    <Field
      id="rule-correction"
      label="Correction reason"
      hint="This verdict is published. If you change it, say why: readers see this reason in the corrections log once the next version is published."
      errors={errors}
    >
      <textarea
        id="rule-correction"
        name="correctionReason"
        rows={2}
        defaultValue={value}
        aria-invalid={!!errors}
        aria-describedby="rule-correction-hint rule-correction-error"
      />
    </Field>
  );
}
