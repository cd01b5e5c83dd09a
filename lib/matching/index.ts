/**
 * "Checked before?" matching engine: pure, offline, number-aware similarity between a new
 * sentence and earlier claims. compare.ts documents the formula and the thresholds.
 */
export {
  type ClaimComparison,
  compareClaims,
  isSameClaim,
  MAX_CLAIM_CHARS,
  MIN_SIMILARITY,
  NUMBERS_DIFFER_CAP,
  prepare,
  type PreparedClaim,
  RULED_TIE_BREAK,
  SAME_CLAIM,
} from './compare';
export { DEFAULT_LIMIT, type MatchCandidate, rankMatches, type RankedMatch, type RankOptions } from './rank';
export type { Entity } from './entities';
export type { Quantity } from './numbers';
export { normalize, stem, trigramSimilarity } from './text';
