'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/app/components/form-bits';
import { linkClaimsAction, takeOverAction, unlinkClaimsAction } from './link-actions';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** One button posting hidden fields through an action, with its outcome beside it. */
function ActionButton({
  action: run,
  fields,
  label,
  busy,
  described,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  busy: string;
  described?: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(run, {});
  return (
    <form action={action} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="secondary" disabled={pending} aria-label={described}>
        {pending ? busy : label}
      </button>
      {state.ok !== undefined && <FormMessage state={state} />}
    </form>
  );
}

export const LinkButton = ({ claimId, linkedClaimId, text }: { claimId: string; linkedClaimId: string; text: string }) => (
  <ActionButton
    action={linkClaimsAction}
    fields={{ claimId, linkedClaimId }}
    label="Link as the same claim"
    busy="Linking…"
    described={`Link as the same claim: ${text.slice(0, 80)}`}
  />
);

export const UnlinkButton = ({ linkId, text }: { linkId: string; text: string }) => (
  <ActionButton action={unlinkClaimsAction} fields={{ linkId }} label="Unlink" busy="Unlinking…" described={`Unlink: ${text.slice(0, 80)}`} />
);

export const TakeOverButton = ({ claimId, version, linkId }: { claimId: string; version: number; linkId: string }) => (
  <ActionButton action={takeOverAction} fields={{ claimId, version, linkId }} label="Take over its verdict as a proposal" busy="Taking over…" />
);
