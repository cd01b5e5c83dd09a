'use client';

import { useActionState } from 'react';
import { FieldError, FormMessage, formKey } from '@/app/components/form-bits';
import type { FormState } from '@/lib/actions/form-state';
import type { FeedbackReceipt } from '@/lib/data/feedback';
import { FEEDBACK_LIMITS } from '@/lib/validation/feedback';
import { FeedbackField, Honeypot, PrivacyNote, Receipt } from '../../../tips/feedback-form-bits';
import { submitReportAction } from './actions';

type Props = {
  slug: string;
  factCheckPath: string;
  /** The claims readers see, by their numbers on the reader's pages. */
  claims: { n: number; label: string }[];
  /** The claim the reader came from (?claim=<n>), preselected. */
  claim: number | null;
};

export function ReportForm({ slug, factCheckPath, claims, claim }: Props) {
  const [state, action, pending] = useActionState<FormState<FeedbackReceipt>, FormData>(submitReportAction, {});
  if (state.ok && state.data) {
    return (
      <Receipt heading="Thank you: we have your report" reference={state.data.reference}>
        <p>
          An editor will read it. If it leads to a correction, you will see it in the fact-check’s corrections log, with the date.{' '}
          <a href={factCheckPath}>Back to the fact-check</a>
        </p>
      </Receipt>
    );
  }
  const chosen = state.ok === false ? (state.values?.claim ?? '') : claim ? String(claim) : '';
  return (
    <form action={action} className="form feedback-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="slug" value={slug} />
      <div key={formKey('report', state)}>
        <div className="field">
          <label htmlFor="report-claim">Which part is wrong?</label>
          <select id="report-claim" name="claim" defaultValue={chosen} aria-describedby="report-claim-error" aria-invalid={!!state.errors?.claim}>
            <option value="">The fact-check as a whole</option>
            {claims.map((c) => (
              <option key={c.n} value={c.n}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldError id="report-claim-error" errors={state.errors?.claim} />
        </div>
        <FeedbackField
          id="report-what"
          name="whatIsWrong"
          label="What is wrong?"
          hint="Tell us what we got wrong and what you think is right."
          rows={6}
          required
          maxLength={FEEDBACK_LIMITS.whatIsWrong}
          state={state}
        />
        <FeedbackField
          id="report-evidence"
          name="evidenceUrl"
          label="A link to your evidence"
          hint="A web address starting with https:// or http://."
          type="url"
          maxLength={FEEDBACK_LIMITS.url}
          state={state}
        />
        <FeedbackField
          id="report-email"
          name="email"
          label="Your email address"
          hint="Only if you would like an answer."
          type="email"
          autoComplete="email"
          maxLength={FEEDBACK_LIMITS.email}
          state={state}
        />
        <Honeypot />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Sending…' : 'Send the report'}
        </button>
      </div>
      <PrivacyNote />
    </form>
  );
}
