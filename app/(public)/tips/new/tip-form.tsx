'use client';

import Link from '@/app/components/link';
import { useActionState } from 'react';
import { FormMessage, formKey } from '@/app/components/form-bits';
import type { FormState } from '@/lib/actions/form-state';
import type { FeedbackReceipt } from '@/lib/data/feedback';
import { FEEDBACK_LIMITS } from '@/lib/validation/feedback';
import { FeedbackField, Honeypot, PrivacyNote, Receipt } from '../feedback-form-bits';
import { submitTipAction } from './actions';

export function TipForm() {
  const [state, action, pending] = useActionState<FormState<FeedbackReceipt>, FormData>(submitTipAction, {});
  if (state.ok && state.data) {
    return (
      <Receipt heading="Thank you: we have your claim" reference={state.data.reference}>
        <p>
          Our journalists read every claim readers send. We cannot check them all; those we do check are published with our other{' '}
          <Link href="/fact-checks">fact-checks</Link>.
        </p>
      </Receipt>
    );
  }
  return (
    <form action={action} className="form feedback-form" noValidate>
      <FormMessage state={state} />
      <div key={formKey('tip', state)}>
        <FeedbackField
          id="tip-claim"
          name="claimText"
          label="The claim"
          hint="Who said what, as close to their words as you can."
          rows={5}
          required
          maxLength={FEEDBACK_LIMITS.claimText}
          state={state}
        />
        <FeedbackField
          id="tip-seen-at"
          name="seenAtUrl"
          label="Where you saw it"
          hint="A web address starting with https:// or http://: the article, post or video."
          type="url"
          maxLength={FEEDBACK_LIMITS.url}
          state={state}
        />
        <FeedbackField
          id="tip-email"
          name="email"
          label="Your email address"
          hint="Only if you would like to hear whether we check it."
          type="email"
          autoComplete="email"
          maxLength={FEEDBACK_LIMITS.email}
          state={state}
        />
        <Honeypot />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Sending…' : 'Send the claim'}
        </button>
      </div>
      <PrivacyNote />
    </form>
  );
}
