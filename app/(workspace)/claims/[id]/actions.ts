'use server';

import { formAction } from '@/lib/actions';
import { setPrimarySourceReason, updateClaimAttribution, updateClaimSummary } from '@/lib/data/claims';
import { assignClaim, reviewClaim, sendBackClaim } from '@/lib/data/workflow';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import { STATUS_LABELS } from '@/lib/labels';
import { ZPrimarySourceReasonSchema, ZUpdateClaimAttributionSchema, ZUpdateClaimSummarySchema } from '@/lib/validation/claims';
import { ZAssignClaimSchema, ZSendBackSchema, ZSimpleMoveSchema } from '@/lib/validation/workflow';
import { ZCreateSourceSchema, ZDeleteSourceSchema, ZUpdateSourceSchema } from '@/lib/validation/sources';
import { ZAddNoteSchema } from '@/lib/validation/notes';
import { ZProposeVerdictSchema, ZRuleVerdictSchema } from '@/lib/validation/verdicts';

// The claim page's actions. Each is the pipeline (lib/actions) around one data-layer function,
// which validates and authorizes; readers' copies are refreshed by the pipeline after the commit.

const claimPage = ({ input }: { input: { claimId: string } }) => [`/claims/${input.claimId}`];

export const updateAttributionAction = formAction({
  schema: ZUpdateClaimAttributionSchema,
  run: updateClaimAttribution,
  success: 'Attribution saved.',
  refresh: claimPage,
});

export const updateSummaryAction = formAction({
  schema: ZUpdateClaimSummarySchema,
  run: updateClaimSummary,
  success: 'Short summary saved.',
  refresh: claimPage,
});

export const primarySourceReasonAction = formAction({
  schema: ZPrimarySourceReasonSchema,
  run: setPrimarySourceReason,
  success: 'Saved.',
  refresh: claimPage,
});

export const reviewClaimAction = formAction({
  schema: ZSimpleMoveSchema,
  run: reviewClaim,
  success: (c) => `Claim is now ${STATUS_LABELS[c.status].toLowerCase()}.`,
  refresh: claimPage,
});

export const assignClaimAction = formAction({
  schema: ZAssignClaimSchema,
  run: assignClaim,
  success: (c) => `Assigned to ${c.assignee?.name ?? 'nobody'}.`,
  refresh: claimPage,
});

export const sendBackAction = formAction({
  schema: ZSendBackSchema,
  run: sendBackClaim,
  success: 'Sent back for more research.',
  refresh: claimPage,
});

export const createSourceAction = formAction({
  schema: ZCreateSourceSchema,
  run: createSource,
  success: (s) => `Source “${s.title}” added.`,
  refresh: claimPage,
});

export const updateSourceAction = formAction({
  schema: ZUpdateSourceSchema,
  run: updateSource,
  success: (s) => `Source “${s.title}” saved.`,
  refresh: ({ result, conflict }) => [`/claims/${result?.claimId ?? (conflict?.entity === 'source' ? conflict.claimId : '')}`],
});

export const deleteSourceAction = formAction({
  schema: ZDeleteSourceSchema,
  run: deleteSource,
  success: 'Source removed.',
  refresh: ({ result, conflict }) => [`/claims/${result?.claimId ?? (conflict?.entity === 'source' ? conflict.claimId : '')}`],
});

export const addNoteAction = formAction({
  schema: ZAddNoteSchema,
  run: addNote,
  success: 'Note added.',
  refresh: claimPage,
});

export const proposeVerdictAction = formAction({
  schema: ZProposeVerdictSchema,
  run: proposeVerdict,
  success: 'Verdict proposed; the claim is in review.',
  refresh: claimPage,
});

export const ruleVerdictAction = formAction({
  schema: ZRuleVerdictSchema,
  run: ruleVerdict,
  success: (v) => (v.correctionId ? 'Verdict ruled. Readers see it, with the correction, in the next published version.' : 'Verdict ruled.'),
  refresh: claimPage,
});
