import type { AnchorStatus, ClaimStatus, Rating, VerdictKind } from '@/lib/generated/prisma/enums';

// What the article workspace's browser code gets of each claim: enough to mark it in the text,
// list it, walk it with the keyboard and act on it (id and version). Its other facts (claimant,
// reasons, research…) are fetched for the selected claim only (GET /api/claims/[id]/facts), and its
// words are the article's own text between start and end, so a 1,000,000-character article with
// 6,000 claims sends its text once and a few hundred kilobytes of marks (issue 15).
//
// On the wire the marks are columns (one array per field): field names once, not 6,000 times.
// Client-safe: pure functions and types.

export type ClaimMark = {
  id: string;
  /** The claim's stable number in its article (never reused; a merge or split issues new ones). */
  n: number;
  start: number;
  end: number;
  status: ClaimStatus;
  score: number;
  recommended: boolean;
  version: number;
  verdict: { rating: Rating; kind: VerdictKind } | null;
  anchorStatus: AnchorStatus | null;
  anchorPending: boolean;
  needsRecheck: boolean;
  /** The claim's words when they are not in the current text (orphaned by a new version), else null. */
  text: string | null;
};

export type PackedMarks = {
  id: string[];
  n: number[];
  start: number[];
  end: number[];
  status: ClaimStatus[];
  score: number[];
  recommended: (0 | 1)[];
  version: number[];
  /** "rating kind", e.g. "false_ ruled", or null. */
  verdict: (string | null)[];
  anchorStatus: (AnchorStatus | null)[];
  anchorPending: (0 | 1)[];
  needsRecheck: (0 | 1)[];
  /** Index → words, for the claims whose words are gone from the text. */
  orphanText: Record<number, string>;
};

type Source = Omit<ClaimMark, 'n' | 'text'> & { number: number; text: string };

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

/** Claims in text order → columns. Scores keep three decimals (the list shows two). */
export function packMarks(claims: Source[]): PackedMarks {
  const p: PackedMarks = {
    id: [],
    n: [],
    start: [],
    end: [],
    status: [],
    score: [],
    recommended: [],
    version: [],
    verdict: [],
    anchorStatus: [],
    anchorPending: [],
    needsRecheck: [],
    orphanText: {},
  };
  claims.forEach((c, i) => {
    p.id.push(c.id);
    p.n.push(c.number);
    p.start.push(c.start);
    p.end.push(c.end);
    p.status.push(c.status);
    p.score.push(Math.round(c.score * 1000) / 1000);
    p.recommended.push(bit(c.recommended));
    p.version.push(c.version);
    p.verdict.push(c.verdict ? `${c.verdict.rating} ${c.verdict.kind}` : null);
    p.anchorStatus.push(c.anchorStatus);
    p.anchorPending.push(bit(c.anchorPending));
    p.needsRecheck.push(bit(c.needsRecheck));
    if (c.anchorStatus === 'orphaned') p.orphanText[i] = c.text;
  });
  return p;
}

export function unpackMarks(p: PackedMarks): ClaimMark[] {
  return p.id.map((id, i) => {
    const [rating, kind] = p.verdict[i]?.split(' ') ?? [];
    return {
      id,
      n: p.n[i]!,
      start: p.start[i]!,
      end: p.end[i]!,
      status: p.status[i]!,
      score: p.score[i]!,
      recommended: p.recommended[i] === 1,
      version: p.version[i]!,
      verdict: rating && kind ? { rating: rating as Rating, kind: kind as VerdictKind } : null,
      anchorStatus: p.anchorStatus[i] ?? null,
      anchorPending: p.anchorPending[i] === 1,
      needsRecheck: p.needsRecheck[i] === 1,
      text: p.orphanText[i] ?? null,
    };
  });
}

/** A claim's words: the article's text between its offsets, or the words kept for an orphan. */
export const claimText = (c: Pick<ClaimMark, 'start' | 'end' | 'text'>, articleText: string) => c.text ?? articleText.slice(c.start, c.end);
