'use client';

import { ActionButton } from '@/app/components/action-button';
import { redeliverAction } from '../actions';

export const RedeliverButton = ({ deliveryId }: { deliveryId: string }) => (
  <ActionButton
    action={redeliverAction}
    fields={{ deliveryId }}
    label="Send again"
    busy="Queuing…"
    described={`Send delivery ${deliveryId} again`}
    showSuccess
  />
);
