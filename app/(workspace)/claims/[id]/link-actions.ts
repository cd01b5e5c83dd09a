'use server';

import { formAction } from '@/lib/actions';
import { linkClaims, takeOverVerdict, unlinkClaims } from '@/lib/data/claim-links';
import { ZLinkClaimsSchema, ZTakeOverSchema, ZUnlinkSchema } from '@/lib/validation/claim-links';

// "Same claim as" on the claim page (lib/data/claim-links.ts).

const both = (ids: (string | undefined)[]) => ids.filter(Boolean).map((id) => `/claims/${id}`);

export const linkClaimsAction = formAction({
  schema: ZLinkClaimsSchema,
  run: linkClaims,
  success: 'Linked as the same claim.',
  refresh: ({ input }) => both([input.claimId, input.linkedClaimId]),
});

export const unlinkClaimsAction = formAction({
  schema: ZUnlinkSchema,
  run: unlinkClaims,
  success: 'Link removed.',
  refresh: ({ result }) => both([result?.claimId]),
});

export const takeOverAction = formAction({
  schema: ZTakeOverSchema,
  run: takeOverVerdict,
  success: (r) =>
    `The linked claim’s verdict is now this claim’s proposal, with ${r.sources} ${r.sources === 1 ? 'source' : 'sources'}. An editor rules on it.`,
  refresh: ({ input }) => both([input.claimId]),
});
