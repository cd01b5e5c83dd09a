/**
 * The re-anchoring engine: where each claim of an article's old version is in its new version
 * (exact, moved, changed with a similarity, or orphaned), and a word-level diff for showing two
 * versions side by side. Pure (no I/O, no database, no React) and deterministic: no timeouts,
 * no randomness, ties broken by position.
 *
 * Linear overall: one alignment of the two texts (Heckel's algorithm over word tokens, align.ts),
 * then per claim a binary search for the block of equal text that holds it; only claims that
 * are not in one block look further, through an index of the new text's tokens (exact text
 * elsewhere) and a word alignment inside a bounded window (edited text).
 *
 * No library. Measured on this machine (2 vCPUs, Node 20) with the benchmark's 1,000,000-character
 * article and its edited version: diff-match-patch 1.0.5 diff_main with Diff_Timeout = 0 (the only
 * deterministic setting) and jsdiff 9.0.0 diffWords both need far more than the whole budget
 * (figures in docs/benchmarks.md, "Re-anchoring"), because a minimal diff's cost grows with
 * length times differences and moved paragraphs count as differences; diff-match-patch's
 * match_main (bitap) only takes patterns of up to 32 characters, shorter than most claims.
 * Heckel's pairing, an edit distance and a word alignment are ~300 lines here, tested below.
 */
export { reanchor, ORPHAN_THRESHOLD } from './reanchor';
export { wordDiff } from './word-diff';
export type { Anchor, AnchorStatus, Reanchored, ReanchorOptions, Span, WordDiffOp } from './types';
