import 'server-only';
import { authorize } from '@/lib/auth/actor';
import { conflict, invalid, invalidField } from '@/lib/errors';
import { recordEvent, recordEvents } from '@/lib/data/events';
import { claimSummarySelect, savedClaim, updateClaimVersioned } from '@/lib/data/claims';
import {
  anchored,
  anchorSettled,
  articleText,
  checkSpan,
  inSpanTransaction,
  issueClaimNumber,
  loadAtVersion,
  snapSpan,
  spanOf,
} from '@/lib/data/span-rules';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { quote } from '@/lib/text';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZAddClaimSchema,
  ZEditSpanSchema,
  ZMergeClaimsSchema,
  ZSplitClaimSchema,
  type TAddClaim,
  type TEditSpan,
  type TMergeClaims,
  type TSplitClaim,
} from '@/lib/validation/claim-spans';

// Fixing the extractor's split: edit a span, merge, split, add from a selection. (Accepting and
// dismissing are workflow moves: reviewClaim in lib/data/workflow.ts.) Every function authorizes
// `claim.review` inside its transaction, checks the version the user saw, keeps spans inside the
// text and apart from each other (lib/data/span-rules.ts), and writes history in the same commit.

/** Moves a claim's span; text, prefix and suffix are recomputed from the article text. */
export async function editClaimSpan(actorId: string | null, input: TEditSpan) {
  const data = parseOrThrow(ZEditSpanSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const before = await loadAtVersion(tx, data.claimId, data.version);
    const text = await articleText(tx, before.articleId);
    if (data.end > text.length) throw invalidField('end', `The end is past the end of the text (${text.length} characters).`);
    const { start, end } = snapSpan(text, data.start, data.end);
    await checkSpan(tx, before.articleId, text, start, end, [before.id], 'end');
    const span = anchored(text, start, end);
    const after = await updateClaimVersioned(tx, before.id, data.version, { ...span, ...anchorSettled });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim_span',
      entityId: before.id,
      claimId: before.id,
      articleId: before.articleId,
      before: spanOf(before),
      after: spanOf(after),
    });
    return after;
  });
}

/**
 * Merges two claims with nothing between them into one spanning both. The earlier one keeps its
 * id, status and research; the later one is deleted. A later claim that has sources, notes,
 * verdicts or corrections is refused rather than silently losing that work.
 */
export async function mergeClaims(actorId: string | null, input: TMergeClaims) {
  const data = parseOrThrow(ZMergeClaimsSchema, input);
  if (data.firstId === data.secondId) throw invalid('Choose two different claims to merge.');
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const one = await loadAtVersion(tx, data.firstId, data.firstVersion);
    const two = await loadAtVersion(tx, data.secondId, data.secondVersion, 'the other claim');
    if (one.articleId !== two.articleId) throw invalid('Only claims of the same article can be merged.');
    const [first, second] = one.start < two.start ? [one, two] : [two, one];
    const between = await tx.claim.findFirst({
      where: { articleId: first.articleId, id: { notIn: [first.id, second.id] }, start: { gte: first.end, lt: second.start } },
      select: { text: true },
    });
    if (between) throw invalid(`Only neighbouring claims can be merged: ${quote(between.text)} lies between them.`);
    const research = await tx.claim.findUniqueOrThrow({
      where: { id: second.id },
      select: { _count: { select: { sources: true, notes: true, verdicts: true, corrections: true } } },
    });
    const n = research._count;
    if (n.sources + n.notes + n.verdicts + n.corrections > 0) {
      throw invalid(
        `The later claim (${quote(second.text)}) already has sources, notes or verdicts; merging would delete them. Move that work first.`,
      );
    }
    const gone = await tx.claim.deleteMany({ where: { id: second.id, version: second.version } });
    if (gone.count === 0) throw conflict(savedClaim(second), 'the other claim');
    const text = await articleText(tx, first.articleId);
    const after = await updateClaimVersioned(tx, first.id, first.version, {
      ...anchored(text, first.start, second.end),
      // Neither old number names the merged claim: both are retired, and it gets a new one.
      number: await issueClaimNumber(tx, first.articleId),
      formerNumbers: [...first.formerNumbers, first.number, ...second.formerNumbers, second.number],
      flagUnverified: first.flagUnverified || second.flagUnverified,
      flagDisputed: first.flagDisputed || second.flagDisputed,
      score: Math.max(first.score, second.score),
      recommended: first.recommended || second.recommended,
    });
    const base = { actorId: actor.id, articleId: first.articleId };
    await recordEvents(tx, [
      {
        ...base,
        action: 'claim_merge' as const,
        entityId: first.id,
        claimId: first.id,
        before: { first: spanOf(first), second: { id: second.id, ...spanOf(second) } },
        after: spanOf(after),
      },
      {
        ...base,
        action: 'claim_delete' as const,
        entityId: second.id,
        claimId: second.id,
        before: { ...spanOf(second), status: second.status },
        after: { mergedInto: first.id },
      },
    ]);
    return after;
  });
}

/** A split part that is not yet part of the research keeps its status; any other starts as open. */
const statusOfNewPart = (s: ClaimStatus): ClaimStatus => (s === 'suggested' || s === 'dismissed' || s === 'open' ? s : 'open');

/** Splits a claim at an offset into two; the first part keeps the id and research, the second is new. */
export async function splitClaim(actorId: string | null, input: TSplitClaim) {
  const data = parseOrThrow(ZSplitClaimSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const before = await loadAtVersion(tx, data.claimId, data.version);
    if (data.at <= before.start || data.at >= before.end) {
      throw invalidField('at', `Split inside the claim: between ${before.start + 1} and ${before.end - 1}.`);
    }
    const text = await articleText(tx, before.articleId);
    const left = snapSpan(text, before.start, data.at);
    const right = snapSpan(text, data.at, before.end);
    if (left.start >= left.end || right.start >= right.end) throw invalidField('at', 'Both parts must contain some text.');
    // Both parts get new numbers (the first here, the second from the insert below), in text order.
    const after = await updateClaimVersioned(tx, before.id, data.version, {
      ...anchored(text, left.start, left.end),
      number: await issueClaimNumber(tx, before.articleId),
      formerNumbers: [...before.formerNumbers, before.number],
    });
    const full = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
    const created = await tx.claim.create({
      data: {
        articleId: before.articleId,
        ...anchored(text, right.start, right.end),
        claimant: full.claimant,
        cue: full.cue,
        kind: full.kind,
        score: full.score,
        reasons: full.reasons,
        flagUnverified: full.flagUnverified,
        flagDisputed: full.flagDisputed,
        recommended: full.recommended,
        status: statusOfNewPart(full.status),
        formerNumbers: [before.number],
        createdById: actor.id,
      },
      select: claimSummarySelect,
    });
    const base = { actorId: actor.id, articleId: before.articleId };
    await recordEvents(tx, [
      {
        ...base,
        action: 'claim_split' as const,
        entityId: before.id,
        claimId: before.id,
        before: spanOf(before),
        after: { ...spanOf(after), newClaimId: created.id },
      },
      {
        ...base,
        action: 'claim_create' as const,
        entityId: created.id,
        claimId: created.id,
        after: { ...spanOf(created), status: created.status, splitFrom: before.id },
      },
    ]);
    return { first: after, second: created };
  });
}

/** Adds a claim the extractor missed, from text the user selected; it starts as open. */
export async function addClaimFromSelection(actorId: string | null, input: TAddClaim) {
  const data = parseOrThrow(ZAddClaimSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const text = await articleText(tx, data.articleId);
    if (data.end > text.length) throw invalid(`The selection ends past the end of the text (${text.length} characters).`);
    const { start, end } = snapSpan(text, data.start, data.end);
    await checkSpan(tx, data.articleId, text, start, end, []);
    const created = await tx.claim.create({
      data: {
        articleId: data.articleId,
        ...anchored(text, start, end),
        status: 'open',
        recommended: true,
        reasons: ['added by hand from a selection'],
        createdById: actor.id,
      },
      select: claimSummarySelect,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim_create',
      entityId: created.id,
      claimId: created.id,
      articleId: data.articleId,
      after: { ...spanOf(created), status: created.status },
    });
    return created;
  });
}
