'use server';

import { callAction, formAction } from '@/lib/actions';
import { articleIdOf, type SavedRecord } from '@/lib/errors';
import { updateClaimAttribution } from '@/lib/data/claims';
import { addClaimFromSelection, editClaimSpan, mergeClaims, splitClaim } from '@/lib/data/claim-spans';
import { reviewClaim } from '@/lib/data/workflow';
import { STATUS_LABELS } from '@/lib/labels';
import { quote } from '@/lib/text';
import { ZUpdateClaimAttributionSchema } from '@/lib/validation/claims';
import { ZAddClaimSchema, ZEditSpanSchema, ZMergeClaimsSchema, ZSplitClaimSchema } from '@/lib/validation/claim-spans';
import { ZSimpleMoveSchema } from '@/lib/validation/workflow';

// The article workspace's actions: reviewing the extractor's suggestions and fixing its spans.
// After a change, and after a conflict, the article page is refreshed so the next attempt starts
// from what is saved now (the forms keep what was typed).

type Touched = { result?: { articleId: string }; conflict?: SavedRecord };
const articlePages = ({ result, conflict }: Touched) => {
  const id = result?.articleId ?? articleIdOf(conflict);
  return id ? [`/articles/${id}`, '/articles'] : [];
};

/** Accept or dismiss; called from buttons and the `a` / `d` keys. */
export const reviewAction = callAction({
  schema: ZSimpleMoveSchema,
  run: reviewClaim,
  success: (c) => `Claim ${c.status === 'open' ? 'accepted' : 'dismissed'}: it is now ${STATUS_LABELS[c.status].toLowerCase()}.`,
  refresh: articlePages,
});

export const mergeAction = callAction({
  schema: ZMergeClaimsSchema,
  run: mergeClaims,
  success: 'Claims merged.',
  refresh: articlePages,
  data: (c) => ({ claimId: c.id }),
});

export const addClaimAction = callAction({
  schema: ZAddClaimSchema,
  run: addClaimFromSelection,
  success: (c) => `Claim added: ${quote(c.text)}.`,
  refresh: articlePages,
  data: (c) => ({ claimId: c.id }),
});

export const spanAction = formAction({
  schema: ZEditSpanSchema,
  run: editClaimSpan,
  success: (c) => `Span saved: characters ${c.start}–${c.end}.`,
  refresh: articlePages,
});

export const splitAction = formAction({
  schema: ZSplitClaimSchema,
  run: splitClaim,
  success: 'Claim split in two.',
  refresh: ({ result, conflict }) => articlePages({ result: result?.first, conflict }),
});

export const attributionAction = formAction({
  schema: ZUpdateClaimAttributionSchema,
  run: updateClaimAttribution,
  success: 'Claimant and cue saved.',
  refresh: articlePages,
});
