'use client';

import { ActionButton } from '@/app/components/action-button';
import { linkClaimsAction, takeOverAction, unlinkClaimsAction } from './link-actions';

export const LinkButton = ({ claimId, linkedClaimId, text }: { claimId: string; linkedClaimId: string; text: string }) => (
  <ActionButton
    action={linkClaimsAction}
    fields={{ claimId, linkedClaimId }}
    label="Link as the same claim"
    busy="Linking…"
    described={`Link as the same claim: ${text.slice(0, 80)}`}
    showSuccess
  />
);

export const UnlinkButton = ({ linkId, text }: { linkId: string; text: string }) => (
  <ActionButton action={unlinkClaimsAction} fields={{ linkId }} label="Unlink" busy="Unlinking…" described={`Unlink: ${text.slice(0, 80)}`} />
);

export const TakeOverButton = ({ claimId, version, linkId }: { claimId: string; version: number; linkId: string }) => (
  <ActionButton
    action={takeOverAction}
    fields={{ claimId, version, linkId }}
    label="Take over its verdict as a proposal"
    busy="Taking over…"
    showSuccess
  />
);
