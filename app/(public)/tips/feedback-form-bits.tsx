import { FieldError } from '@/app/components/form-bits';
import type { FormState } from '@/lib/actions/form-state';
import { HONEYPOT_FIELD } from '@/lib/validation/feedback';
import './feedback.css';

// The parts the two readers' forms share. Both work without JavaScript (a plain form post to a
// server action) and keep what was typed when something is refused.

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  state: FormState<unknown>;
  maxLength: number;
  type?: 'text' | 'url' | 'email';
  rows?: number;
  required?: boolean;
  autoComplete?: string;
};

/** One labelled input or textarea, its hint and its errors wired to it for screen readers. */
export function FeedbackField({ id, name, label, hint, state, maxLength, type = 'text', rows, required, autoComplete }: FieldProps) {
  const errors = state.errors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  const shared = {
    id,
    name,
    maxLength,
    required,
    defaultValue: state.ok === false ? (state.values?.[name] ?? '') : '',
    'aria-invalid': !!errors,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted"> (optional)</span>}
      </label>
      {rows ? <textarea rows={rows} {...shared} /> : <input type={type} autoComplete={autoComplete} {...shared} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The hidden field only bots fill in (lib/data/feedback.ts answers them as if all went well). */
export function Honeypot() {
  return (
    <div className="feedback-trap" aria-hidden="true">
      <label htmlFor={`feedback-${HONEYPOT_FIELD}`}>Leave this empty</label>
      <input id={`feedback-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export function PrivacyNote() {
  return (
    <p className="hint feedback-privacy">
      You do not need an account. We keep what you send, and your email address if you give one, only to handle your message; it is never published.
      To keep spam out we accept a few messages at a time from one connection.
    </p>
  );
}

/** What the sender sees once their message is in: the reference to quote if they write again. */
export function Receipt({ heading, reference, children }: { heading: string; reference: string; children: React.ReactNode }) {
  return (
    <section className="alert ok feedback-receipt" role="status" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">{heading}</h2>
      <p>
        Your reference is <span className="reference">{reference}</span>. Quote it if you write to us about this.
      </p>
      {children}
    </section>
  );
}
