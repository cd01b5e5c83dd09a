import 'server-only';
import { db, type Tx } from '@/lib/db';
import { conflict, invalid, invalidField, isAppError, notFound } from '@/lib/errors';
import { claimSummarySelect, savedClaim } from '@/lib/data/claims';
import { quoteSelector } from '@/lib/extraction/selector';
import { quote } from '@/lib/text';
import type { Prisma } from '@/lib/generated/prisma/client';

// The rules every change to a claim's span keeps (lib/data/claim-spans.ts): inside the article's
// text, not only spaces, apart from every other claim of the article, anchored with the same
// selector the extractor writes, at the version the person saw.

/** A span's stored columns: its text and the selector context, by the extractor's own algorithm. */
export function anchored(text: string, start: number, end: number) {
  const { exact, prefix, suffix } = quoteSelector(text, start, end);
  return { start, end, text: exact, prefix, suffix };
}

/** Claims whose words are in the article's current text (not orphaned by a new version). */
export const placed = { OR: [{ anchorStatus: null }, { anchorStatus: { not: 'orphaned' } }] } as const satisfies Prisma.ClaimWhereInput;

/** Marking a claim's words by hand settles what a new version of the article did to them. */
export const anchorSettled = { anchorStatus: null, anchorPending: false, anchorSimilarity: null, textBefore: null } as const;

/** Drops whitespace at both ends, so a sloppy selection snaps to the words inside it. */
export function snapSpan(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

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
export async function loadAtVersion(tx: Tx, id: string, version: number, what = 'this claim') {
  const claim = await tx.claim.findUnique({ where: { id }, select: { ...claimSummarySelect, recommended: true, formerNumbers: true } });
  if (!claim) throw notFound('That claim');
  if (claim.version !== version) throw conflict(savedClaim(claim), what);
  return claim;
}

/**
 * The article's next claim number, for a claim that a merge or split gives a new one (its old
 * number is retired into formerNumbers). New rows get theirs from the insert trigger.
 */
export async function issueClaimNumber(tx: Tx, articleId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`UPDATE articles SET claim_seq = claim_seq + 1 WHERE id = ${articleId} RETURNING claim_seq AS n`;
  if (!row) throw notFound('That article');
  return row.n;
}

export async function articleText(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { plainText: true } });
  if (!article) throw notFound('That article');
  return article.plainText;
}

/** Refuses a span outside the text or overlapping any other claim of the article. */
export async function checkSpan(tx: Tx, articleId: string, text: string, start: number, end: number, ignore: string[], field = '_form') {
  if (end > text.length) throw invalidField(field, `The span ends at ${end}, past the end of the text (${text.length} characters).`);
  if (start >= end) throw invalidField(field, 'The span must contain some text (not only spaces).');
  const clash = await tx.claim.findFirst({
    // Orphaned claims (words gone from a new version) keep old offsets that nothing shows.
    where: { articleId, id: { notIn: ignore }, start: { lt: end }, end: { gt: start }, ...placed },
    orderBy: { start: 'asc' },
    select: { start: true, end: true, text: true },
  });
  if (clash) {
    throw invalidField(
      field,
      `That would overlap another claim (${quote(clash.text)}, characters ${clash.start}–${clash.end}). Claims cannot overlap: shorten or dismiss that one first.`,
    );
  }
}

/** What the history keeps of a span. */
export const spanOf = (c: { start: number; end: number; text: string }) => ({ start: c.start, end: c.end, text: c.text });
