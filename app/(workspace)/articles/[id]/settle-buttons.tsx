'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import type { FormState } from '@/lib/actions/form-state';
import { confirmAnchorAction, leaveOutAnchorAction } from './versions/actions';

/** Confirm the claim's new words, or leave the claim out; one small form each. */
export function SettleButtons({ claimId, version, canConfirm }: { claimId: string; version: number; canConfirm: boolean }) {
  const [confirmed, confirm, confirming] = useActionState<FormState, FormData>(confirmAnchorAction, {});
  const [leftOut, leaveOut, leaving] = useActionState<FormState, FormData>(leaveOutAnchorAction, {});
  const busy = confirming || leaving;
  return (
    <div className="review-buttons">
      {canConfirm && (
        <form action={confirm}>
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" disabled={busy}>
            {confirming ? 'Confirming…' : 'Confirm the new words'}
          </button>
        </form>
      )}
      <form action={leaveOut}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" className="secondary" disabled={busy}>
          {leaving ? 'Saving…' : 'Leave it out of the fact-check'}
        </button>
      </form>
      <FormMessage state={confirmed.ok === false ? confirmed : leftOut} />
      <ConflictNotice saved={confirmed.conflict ?? leftOut.conflict} />
    </div>
  );
}
