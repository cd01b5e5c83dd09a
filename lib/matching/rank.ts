/**
 * Ranks earlier claims against one new sentence: compare each (compare.ts), drop those below
 * minSimilarity, order by similarity plus RULED_TIE_BREAK for ruled claims, then by id so that
 * equal scores always come out in the same order. O(candidates × features) with prepared inputs.
 */
import { type ClaimComparison, compareClaims, isSameClaim, MIN_SIMILARITY, prepare, type PreparedClaim, RULED_TIE_BREAK } from './compare';

export type MatchCandidate = {
  id: string | number;
  text: string;
  claimant?: string | null;
  ruled: boolean;
  /** prepare(text), when the caller keeps it between calls. */
  prepared?: PreparedClaim;
};

export type RankedMatch<T extends MatchCandidate> = ClaimComparison & {
  candidate: T;
  /** similarity >= SAME_CLAIM and the numbers agree. */
  sameClaim: boolean;
};

export type RankOptions = { limit?: number; minSimilarity?: number };

export const DEFAULT_LIMIT = 5;

export function rankMatches<T extends MatchCandidate>(
  query: string | PreparedClaim,
  candidates: readonly T[],
  options: RankOptions = {},
): RankedMatch<T>[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const floor = options.minSimilarity ?? MIN_SIMILARITY;
  if (limit <= 0) return [];
  const q = typeof query === 'string' ? prepare(query) : query;
  const kept: { match: RankedMatch<T>; rank: number }[] = [];
  for (const candidate of candidates) {
    const comparison = compareClaims(q, candidate.prepared ?? prepare(candidate.text));
    if (comparison.similarity < floor || comparison.similarity === 0) continue;
    const match = { ...comparison, candidate, sameClaim: isSameClaim(comparison) };
    kept.push({ match, rank: comparison.similarity + (candidate.ruled ? RULED_TIE_BREAK : 0) });
  }
  kept.sort((a, b) => b.rank - a.rank || compareIds(a.match.candidate.id, b.match.candidate.id));
  return kept.slice(0, limit).map((k) => k.match);
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
