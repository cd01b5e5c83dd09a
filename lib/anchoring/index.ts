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
 * No library, after measuring the kept ones on the benchmark's pair (scripts/bench-anchor.ts: a
 * 1,005,960-character article and its edited version; AMD EPYC, 2 vCPUs, Node 20, load 5–6):
 * - diff-match-patch 1.0.5 `diff_main` with `Diff_Timeout = 0` (the only deterministic setting):
 *   745–848 ms for the diff alone, against 330 ms for alignTexts here in the same conditions, and
 *   it reports moved paragraphs as deletions plus insertions, so moves need a second pass; with a
 *   timeout the result depends on the machine's speed. Its approximate matcher `match_main`
 *   (bitap) refuses patterns longer than 32 characters ("Pattern too long"): shorter than most
 *   claims.
 * - jsdiff 9.0.0 `diffWords` on the same pair: 21.0 s.
 * What is written here instead, each part tested in tests/unit/anchoring: Heckel's pairing and
 * the spine (align.ts), an edit distance and a semi-global word alignment (distance.ts), a token
 * index (occurrences.ts), and a word diff that reuses the pairing (word-diff.ts).
 *
 * similarity = the lower of 1 − character edit distance / longer length and the same over words;
 * a claim edited below ORPHAN_THRESHOLD (0.5) is orphaned; exact and moved are 1.
 */
export { reanchor, ORPHAN_THRESHOLD } from './reanchor';
export { wordDiff } from './word-diff';
export type { Anchor, AnchorStatus, Reanchored, ReanchorOptions, Span, WordDiffOp } from './types';
