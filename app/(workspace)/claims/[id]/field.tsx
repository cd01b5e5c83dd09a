import type { ReactNode } from 'react';
import { FieldError } from '@/app/components/form-bits';

/**
 * One labelled control with its hint and error below it. `id` is the control's; the hint and
 * error take `${id}-hint` and `${id}-error`, which the control's aria-describedby names.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
