import { z } from 'zod';
import { ZId, ZVersion } from '@/lib/validation/common';

// Links between claims that say the same thing (lib/data/claim-links.ts).

export const ZLinkClaimsSchema = z.object({ claimId: ZId, linkedClaimId: ZId });
export type TLinkClaims = z.input<typeof ZLinkClaimsSchema>;

export const ZUnlinkSchema = z.object({ linkId: ZId });
export type TUnlink = z.input<typeof ZUnlinkSchema>;

/** The claim (at the version its page showed) takes over the ruling of the claim it is linked to. */
export const ZTakeOverSchema = z.object({ claimId: ZId, version: ZVersion, linkId: ZId });
export type TTakeOver = z.input<typeof ZTakeOverSchema>;
