'use server';

import { formAction } from '@/lib/actions';
import { mergeClaimants, updateClaimant } from '@/lib/data/claimants';
import { ZMergeClaimantSchema, ZUpdateClaimantSchema } from '@/lib/validation/claimants';

export const updateClaimantAction = formAction({
  schema: ZUpdateClaimantSchema,
  run: updateClaimant,
  success: (r) => `Saved “${r.name}” (version ${r.version}). Fact-checks published from now on describe them so.`,
  refresh: ({ input }) => ['/claimants', `/claimants/${input.id}`],
});

export const mergeClaimantAction = formAction({
  schema: ZMergeClaimantSchema,
  run: mergeClaimants,
  success: (r) => `Merged: ${r.claims === 1 ? '1 claim' : `${r.claims} claims`} moved to “${r.name}”.`,
  refresh: ({ input }) => ['/claimants', `/claimants/${input.id}`, `/claimants/${input.otherId}`],
});
