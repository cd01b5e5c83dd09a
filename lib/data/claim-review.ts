import 'server-only';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, conflict, isAppError, notFound } from '@/lib/errors';
import { recordEvent, recordEvents } from '@/lib/data/events';
import { claimSummarySelect, updateClaimVersioned } from '@/lib/data/claims';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZAddClaimSchema, ZEditSpanSchema, ZMergeClaimsSchema, ZSplitClaimSchema } from '@/lib/validation/claim-review';

// Fixing the extractor's split: edit a span, merge, split, add from a selection (accept/dismiss: below).
// Every function authorizes `claim.review` inside its transaction, checks the version the user saw,
// keeps spans inside the text and apart from each other, and writes history in the same commit.

const CONTEXT = 32; // same context length as the extractor's TextQuoteSelector

/** text/prefix/suffix for a span, with the context kept on code point boundaries (as the extractor does). */
export function anchorSpan(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  const low = text.charCodeAt(from);
  const high = text.charCodeAt(to - 1);
  if (from > 0 && low >= 0xdc00 && low <= 0xdfff) from++;
  if (to < text.length && high >= 0xd800 && high <= 0xdbff) to--;
  return { start, end, text: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Drops whitespace at both ends, so a sloppy selection snaps to the words inside it. */
export function snapSpan(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

const invalid = (message: string, field = '_form') => new AppError('INVALID', message, { [field]: [message] });
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Runs a change in one transaction. The overlap check below reads before it writes, so two people
 * saving at the same moment could both pass it; the database's exclusion constraint then refuses
 * the second commit, and this turns that into a message instead of a 500.
 */
export async function inSpanTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (e) {
    if (isAppError(e)) throw e;
    const text = `${String(e)} ${JSON.stringify((e as { meta?: unknown })?.meta ?? '')} ${String((e as { cause?: unknown })?.cause ?? '')}`;
    if (/claims_span_no_overlap|conflicting key value violates exclusion/i.test(text)) {
      throw invalid('Someone else changed the claims of this article at the same time, and the spans would overlap. Reload the page and try again.');
    }
    if (/claims_span_valid/i.test(text)) throw invalid('A claim must cover at least one character of the text.');
    throw e;
  }
}

/** The claim as the user last saw it, or CONFLICT with what is there now. */
async function loadAtVersion(tx: Tx, id: string, version: number, what = 'this claim') {
  const claim = await tx.claim.findUnique({ where: { id }, select: { ...claimSummarySelect, recommended: true } });
  if (!claim) throw notFound('That claim');
  if (claim.version !== version) throw conflict(claim, what);
  return claim;
}

async function articleText(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { plainText: true } });
  if (!article) throw notFound('That article');
  return article.plainText;
}

/** Refuses a span outside the text or overlapping any other claim of the article. */
async function checkSpan(tx: Tx, articleId: string, text: string, start: number, end: number, ignore: string[], field = '_form') {
  if (end > text.length) throw invalid(`The span ends at ${end}, past the end of the text (${text.length} characters).`, field);
  if (start >= end) throw invalid('The span must contain some text (not only spaces).', field);
  const clash = await tx.claim.findFirst({
    where: { articleId, id: { notIn: ignore }, start: { lt: end }, end: { gt: start } },
    orderBy: { start: 'asc' },
    select: { start: true, end: true, text: true },
  });
  if (clash) {
    throw invalid(`That would overlap another claim (“${short(clash.text)}”, characters ${clash.start}–${clash.end}). Claims cannot overlap: shorten or dismiss that one first.`, field);
  }
}

const spanOf = (c: { start: number; end: number; text: string }) => ({ start: c.start, end: c.end, text: c.text });

// Accept and dismiss are workflow moves: they live in lib/data/workflow.ts (reviewClaim), where
// every status change goes through one function. Re-exported so the review UI has one import.
export { reviewClaim } from '@/lib/data/workflow';

/** Moves a claim's span; text, prefix and suffix are recomputed from the article text. */
export async function editClaimSpan(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZEditSpanSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(userId, 'claim.review', tx);
    const before = await loadAtVersion(tx, data.claimId, data.version);
    const text = await articleText(tx, before.articleId);
    if (data.end > text.length) throw invalid(`The end is past the end of the text (${text.length} characters).`, 'end');
    const { start, end } = snapSpan(text, data.start, data.end);
    await checkSpan(tx, before.articleId, text, start, end, [before.id], 'end');
    const span = anchorSpan(text, start, end);
    const after = await updateClaimVersioned(tx, before.id, data.version, span);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim.span',
      entityType: 'claim',
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
export async function mergeClaims(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZMergeClaimsSchema, input);
  if (data.firstId === data.secondId) throw invalid('Choose two different claims to merge.');
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(userId, 'claim.review', tx);
    const one = await loadAtVersion(tx, data.firstId, data.firstVersion);
    const two = await loadAtVersion(tx, data.secondId, data.secondVersion, 'the other claim');
    if (one.articleId !== two.articleId) throw invalid('Only claims of the same article can be merged.');
    const [first, second] = one.start < two.start ? [one, two] : [two, one];
    const between = await tx.claim.findFirst({
      where: { articleId: first.articleId, id: { notIn: [first.id, second.id] }, start: { gte: first.end, lt: second.start } },
      select: { text: true },
    });
    if (between) throw invalid(`Only neighbouring claims can be merged: “${short(between.text)}” lies between them.`);
    const research = await tx.claim.findUniqueOrThrow({
      where: { id: second.id },
      select: { _count: { select: { sources: true, notes: true, verdicts: true, corrections: true } } },
    });
    const n = research._count;
    if (n.sources + n.notes + n.verdicts + n.corrections > 0) {
      throw invalid(`The later claim (“${short(second.text)}”) already has sources, notes or verdicts; merging would delete them. Move that work first.`);
    }
    const gone = await tx.claim.deleteMany({ where: { id: second.id, version: second.version } });
    if (gone.count === 0) throw conflict(second, 'the other claim');
    const text = await articleText(tx, first.articleId);
    const after = await updateClaimVersioned(tx, first.id, first.version, {
      ...anchorSpan(text, first.start, second.end),
      flagUnverified: first.flagUnverified || second.flagUnverified,
      flagDisputed: first.flagDisputed || second.flagDisputed,
      score: Math.max(first.score, second.score),
      recommended: first.recommended || second.recommended,
    });
    const base = { actorId: actor.id, entityType: 'claim' as const, articleId: first.articleId };
    await recordEvents(tx, [
      { ...base, action: 'claim.merge', entityId: first.id, claimId: first.id, before: { first: spanOf(first), second: { id: second.id, ...spanOf(second) } }, after: spanOf(after) },
      { ...base, action: 'claim.delete', entityId: second.id, claimId: second.id, before: { ...spanOf(second), status: second.status }, after: { mergedInto: first.id } },
    ]);
    return after;
  });
}

/** A split part that is not yet part of the research keeps its status; any other starts as open. */
const statusOfNewPart = (s: ClaimStatus): ClaimStatus => (s === 'suggested' || s === 'dismissed' || s === 'open' ? s : 'open');

/** Splits a claim at an offset into two; the first part keeps the id and research, the second is new. */
export async function splitClaim(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSplitClaimSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(userId, 'claim.review', tx);
    const before = await loadAtVersion(tx, data.claimId, data.version);
    if (data.at <= before.start || data.at >= before.end) {
      throw invalid(`Split inside the claim: between ${before.start + 1} and ${before.end - 1}.`, 'at');
    }
    const text = await articleText(tx, before.articleId);
    const left = snapSpan(text, before.start, data.at);
    const right = snapSpan(text, data.at, before.end);
    if (left.start >= left.end || right.start >= right.end) throw invalid('Both parts must contain some text.', 'at');
    const after = await updateClaimVersioned(tx, before.id, data.version, anchorSpan(text, left.start, left.end));
    const full = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
    const created = await tx.claim.create({
      data: {
        articleId: before.articleId,
        ...anchorSpan(text, right.start, right.end),
        claimant: full.claimant,
        cue: full.cue,
        kind: full.kind,
        score: full.score,
        reasons: full.reasons,
        flagUnverified: full.flagUnverified,
        flagDisputed: full.flagDisputed,
        recommended: full.recommended,
        status: statusOfNewPart(full.status),
        createdById: actor.id,
      },
      select: claimSummarySelect,
    });
    const base = { actorId: actor.id, entityType: 'claim' as const, articleId: before.articleId };
    await recordEvents(tx, [
      { ...base, action: 'claim.split', entityId: before.id, claimId: before.id, before: spanOf(before), after: { ...spanOf(after), newClaimId: created.id } },
      { ...base, action: 'claim.create', entityId: created.id, claimId: created.id, after: { ...spanOf(created), status: created.status, splitFrom: before.id } },
    ]);
    return { first: after, second: created };
  });
}

/** Adds a claim the extractor missed, from text the user selected; it starts as open. */
export async function addClaimFromSelection(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZAddClaimSchema, input);
  return inSpanTransaction(async (tx) => {
    const actor = await authorize(userId, 'claim.review', tx);
    const text = await articleText(tx, data.articleId);
    if (data.end > text.length) throw invalid(`The selection ends past the end of the text (${text.length} characters).`);
    const { start, end } = snapSpan(text, data.start, data.end);
    await checkSpan(tx, data.articleId, text, start, end, []);
    const created = await tx.claim.create({
      data: {
        articleId: data.articleId,
        ...anchorSpan(text, start, end),
        status: 'open',
        recommended: true,
        reasons: ['added by hand from a selection'],
        createdById: actor.id,
      },
      select: claimSummarySelect,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim.create',
      entityType: 'claim',
      entityId: created.id,
      claimId: created.id,
      articleId: data.articleId,
      after: { ...spanOf(created), status: created.status },
    });
    return created;
  });
}
