import type { Reanchored } from '@/lib/anchoring';
import { quoteSelector } from '@/lib/extraction/selector';

// What a new version of an article does to its claims, decided before anything is written
// (lib/data/article-versions.ts writes it). Pure, so the rules are tested without a database:
// - words found unchanged (`exact`, `moved`) follow their text, and anything a reviewer has not
//   settled yet stays unsettled;
// - edited words (`changed`) take the new span and wait for a reviewer; a ruled claim must be
//   ruled again;
// - words gone (`orphaned`) keep their old offsets, where nothing shows them, and their research;
// - two claims never end up over the same words: where re-anchored spans overlap, the better
//   match keeps them and the other is orphaned;
// - the extractor's sentences of the new text that no claim covers become new suggestions.

export type AnchorStatus = Reanchored['status'];

export type PlanClaim = {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  /** The claim has a ruled verdict. */
  ruled: boolean;
  anchorStatus: AnchorStatus | null;
  anchorPending: boolean;
  textBefore: string | null;
  needsRecheck: boolean;
};

export type ClaimUpdate = {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus | null;
  anchorPending: boolean;
  anchorSimilarity: number | null;
  textBefore: string | null;
  needsRecheck: boolean;
};

export type Plan = {
  updates: ClaimUpdate[];
  /** The claims a reviewer must look at: their new status, and their words before and after. */
  flagged: { id: string; status: 'changed' | 'orphaned'; similarity: number; before: string; after: string | null }[];
  counts: Record<AnchorStatus, number>;
};

type Placement = { claim: PlanClaim; result: Reanchored; rank: number };

/** exact and moved first, then changed by similarity: the better match keeps contested words. */
const rankOf = (r: Reanchored) => (r.status === 'changed' ? r.similarity : 2);

/** Resolves overlaps in one sweep by start; the loser of each overlap is orphaned. */
function placeWithoutOverlap(candidates: Placement[]): { kept: Placement[]; lost: Placement[] } {
  const sorted = [...candidates].sort((a, b) => a.result.new!.start - b.result.new!.start || b.rank - a.rank);
  const kept: Placement[] = [];
  const lost: Placement[] = [];
  for (const p of sorted) {
    const last = kept.at(-1);
    if (!last || last.result.new!.end <= p.result.new!.start) kept.push(p);
    else if (p.rank > last.rank) lost.push(kept.splice(-1, 1, p)[0]!);
    else lost.push(p);
  }
  return { kept, lost };
}

function updateFor(newText: string, claim: PlanClaim, r: Reanchored | null): ClaimUpdate {
  if (!r || r.status === 'orphaned' || !r.new) {
    // An orphan keeps its offsets and context in the old text, which nothing shows any more.
    const { id, start, end, text, prefix, suffix } = claim;
    return {
      id,
      start,
      end,
      text,
      prefix,
      suffix,
      anchorStatus: 'orphaned',
      // Already gone before this version: whatever a reviewer decided then still stands.
      anchorPending: claim.anchorStatus === 'orphaned' ? claim.anchorPending : true,
      anchorSimilarity: r?.similarity ?? 0,
      textBefore: claim.textBefore ?? claim.text,
      needsRecheck: claim.needsRecheck || claim.ruled,
    };
  }
  const { exact, prefix, suffix } = quoteSelector(newText, r.new.start, r.new.end);
  const base = { id: claim.id, start: r.new.start, end: r.new.end, text: exact, prefix, suffix };
  if (r.status === 'changed') {
    const textBefore = claim.textBefore ?? claim.text;
    return {
      ...base,
      anchorStatus: 'changed',
      anchorPending: true,
      anchorSimilarity: r.similarity,
      textBefore,
      needsRecheck: claim.needsRecheck || claim.ruled,
    };
  }
  // Found as it was. A change nobody has looked at yet stays on the list.
  const unsettled = claim.anchorPending && claim.anchorStatus === 'changed';
  return {
    ...base,
    anchorStatus: unsettled ? 'changed' : null,
    anchorPending: unsettled,
    anchorSimilarity: unsettled ? 1 : null,
    textBefore: unsettled ? claim.textBefore : null,
    needsRecheck: claim.needsRecheck,
  };
}

/**
 * The plan for `claims` (with `results[i]` the engine's answer for `claims[i]`) against the new
 * text. Only rows that change are in `updates`.
 */
export function planReanchor(newText: string, claims: PlanClaim[], results: Reanchored[]): Plan {
  const placements: Placement[] = [];
  const orphans: PlanClaim[] = [];
  claims.forEach((claim, i) => {
    const result = results[i]!;
    if (result.status === 'orphaned' || !result.new) orphans.push(claim);
    else placements.push({ claim, result, rank: rankOf(result) });
  });
  const { kept, lost } = placeWithoutOverlap(placements);
  const all = [
    ...kept.map((p) => ({ claim: p.claim, update: updateFor(newText, p.claim, p.result), status: p.result.status, similarity: p.result.similarity })),
    ...[...orphans, ...lost.map((p) => p.claim)].map((claim) => ({
      claim,
      update: updateFor(newText, claim, null),
      status: 'orphaned' as const,
      similarity: 0,
    })),
  ];
  const counts: Record<AnchorStatus, number> = { exact: 0, moved: 0, changed: 0, orphaned: 0 };
  const plan: Plan = { updates: [], flagged: [], counts };
  for (const { claim, update, status, similarity } of all) {
    counts[status]++;
    if (differs(claim, update)) plan.updates.push(update);
    const stillGone = status === 'orphaned' && claim.anchorStatus === 'orphaned';
    if ((status === 'changed' || status === 'orphaned') && !stillGone) {
      plan.flagged.push({ id: claim.id, status, similarity, before: claim.text, after: status === 'changed' ? update.text : null });
    }
  }
  return plan;
}

function differs(c: PlanClaim, u: ClaimUpdate): boolean {
  return (
    c.start !== u.start ||
    c.end !== u.end ||
    c.text !== u.text ||
    c.anchorStatus !== u.anchorStatus ||
    c.anchorPending !== u.anchorPending ||
    c.textBefore !== u.textBefore ||
    c.needsRecheck !== u.needsRecheck
  );
}

/**
 * The extractor's sentences of the new text that overlap no placed claim, by index: offered as
 * new suggestions. Both lists are swept once in text order.
 */
export function uncoveredSuggestions(found: { start: number; end: number }[], placed: { start: number; end: number }[]): number[] {
  const spans = [...placed].sort((a, b) => a.start - b.start);
  const order = found.map((f, i) => ({ ...f, i })).sort((a, b) => a.start - b.start);
  const out: number[] = [];
  let j = 0;
  for (const f of order) {
    while (j < spans.length && spans[j]!.end <= f.start) j++;
    const s = spans[j];
    if (!s || s.start >= f.end) out.push(f.i);
  }
  return out.sort((a, b) => a - b);
}
