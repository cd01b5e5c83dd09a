'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/app/components/form-bits';
import { redeliverAction } from '../actions';

export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(redeliverAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Send delivery ${deliveryId} again`}>
        {pending ? 'Queuing…' : 'Send again'}
      </button>
      {state.ok !== undefined && <FormMessage state={state} />}
    </form>
  );
}
