/**
 * Aligns two versions of a text in linear time, moves included, with Heckel's algorithm
 * ("A technique for isolating differences between files", CACM 21(4), 1978): a token that occurs
 * exactly once in each version pairs the two occurrences; pairs then spread to equal neighbours,
 * forwards and backwards, which carries them through repeated sentences and common words. Runs of
 * pairs become blocks of equal text (old offset, new offset, length), widened over equal
 * characters at their edges. The heaviest chain of blocks in the same order in both versions is
 * the spine (text that stayed in place); the other blocks were moved.
 *
 * Why not a minimal diff (Myers, as in jsdiff or diff-match-patch): a moved paragraph counts as a
 * deletion plus an insertion, so moves would need a second pass, and the cost grows with length
 * times differences unless a timeout cuts it short, which makes the result depend on the
 * machine's speed. Measurements in index.ts.
 */
import { TokenIds, tokenize, type Tokens } from './tokens';

/** Blocks of equal text, sorted by old offset, not overlapping on either side. */
export type Blocks = {
  oldStart: Int32Array;
  newStart: Int32Array;
  length: Int32Array;
  /** 1 when the block is on the spine (in place), 0 when it was moved. */
  spine: Uint8Array;
  count: number;
};

/**
 * pairs[i] is the token of b paired with token i of a, or -1. Unique tokens first, then
 * neighbours of pairs; the text's start and end count as paired with each other.
 */
export function pairTokens(a: Int32Array, b: Int32Array, idCount: number): Int32Array {
  const n = a.length;
  const m = b.length;
  const countA = new Int32Array(idCount);
  const countB = new Int32Array(idCount);
  const posB = new Int32Array(idCount);
  for (let i = 0; i < n; i++) {
    const id = a[i] as number;
    countA[id] = (countA[id] as number) + 1;
  }
  for (let j = 0; j < m; j++) {
    const id = b[j] as number;
    countB[id] = (countB[id] as number) + 1;
    posB[id] = j;
  }
  const pairA = new Int32Array(n).fill(-1);
  const pairB = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    const id = a[i] as number;
    if (countA[id] === 1 && countB[id] === 1) {
      const j = posB[id] as number;
      pairA[i] = j;
      pairB[j] = i;
    }
  }
  for (let i = -1; i < n - 1; i++) {
    const j = i < 0 ? -1 : (pairA[i] as number);
    if (i >= 0 && j < 0) continue;
    if (j + 1 < m && pairA[i + 1] === -1 && pairB[j + 1] === -1 && a[i + 1] === b[j + 1]) {
      pairA[i + 1] = j + 1;
      pairB[j + 1] = i + 1;
    }
  }
  for (let i = n; i > 0; i--) {
    const j = i === n ? m : (pairA[i] as number);
    if (i < n && j < 0) continue;
    if (j > 0 && pairA[i - 1] === -1 && pairB[j - 1] === -1 && a[i - 1] === b[j - 1]) {
      pairA[i - 1] = j - 1;
      pairB[j - 1] = i - 1;
    }
  }
  return pairA;
}

class BlockList {
  oldStart: number[] = [];
  newStart: number[] = [];
  length: number[] = [];

  push(o: number, n: number, len: number): void {
    if (len > 0) {
      this.oldStart.push(o);
      this.newStart.push(n);
      this.length.push(len);
    }
  }
}

/** Runs of consecutive pairs, as character ranges. */
function tokenBlocks(pairs: Int32Array, ta: Tokens, tb: Tokens, out: BlockList): void {
  let i = 0;
  while (i < pairs.length) {
    const j = pairs[i] as number;
    if (j < 0) {
      i++;
      continue;
    }
    let k = i;
    while (k + 1 < pairs.length && pairs[k + 1] === (pairs[k] as number) + 1) k++;
    const o = ta.starts[i] as number;
    out.push(o, tb.starts[j] as number, (ta.ends[k] as number) - o);
    i = k + 1;
  }
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return i >= 0 && i < text.length && WORD_CHAR_RE.test(text[i] as string);
}

/** Whether a boundary at i falls inside a word. */
function splitsWord(text: string, i: number): boolean {
  return i > 0 && i < text.length && isWordChar(text, i - 1) && isWordChar(text, i);
}

/** Block indices sorted by new offset. */
export function newOrder(b: Blocks): Int32Array {
  const order = Int32Array.from({ length: b.count }, (_, k) => k);
  return order.sort((x, y) => (b.newStart[x] as number) - (b.newStart[y] as number));
}

/**
 * Widens each block over equal characters up to its neighbours on both sides: recovers equal
 * text next to a block that the token pairing left unpaired (a full stop, a common word), but
 * never part of a word.
 */
function widen(oldText: string, newText: string, b: Blocks, order: Int32Array): void {
  const rank = new Int32Array(b.count);
  order.forEach((k, r) => (rank[k] = r));
  for (let k = 0; k < b.count; k++) {
    const next = order[(rank[k] as number) + 1];
    const oldLimit = k + 1 < b.count ? (b.oldStart[k + 1] as number) : oldText.length;
    const newLimit = next === undefined ? newText.length : (b.newStart[next] as number);
    let o = (b.oldStart[k] as number) + (b.length[k] as number);
    let n = (b.newStart[k] as number) + (b.length[k] as number);
    const o0 = o;
    while (o < oldLimit && n < newLimit && oldText.charCodeAt(o) === newText.charCodeAt(n)) {
      o++;
      n++;
    }
    // Not into part of a word ("genba" is not "ba" plus an edit): back to where the word began.
    while (o > o0 && (splitsWord(oldText, o) || splitsWord(newText, n))) {
      o--;
      n--;
    }
    b.length[k] = o - (b.oldStart[k] as number);
  }
  for (let k = 0; k < b.count; k++) {
    const prev = order[(rank[k] as number) - 1];
    const oldLimit = k > 0 ? (b.oldStart[k - 1] as number) + (b.length[k - 1] as number) : 0;
    const newLimit = prev === undefined ? 0 : (b.newStart[prev] as number) + (b.length[prev] as number);
    let o = b.oldStart[k] as number;
    let n = b.newStart[k] as number;
    const o0 = o;
    while (o > oldLimit && n > newLimit && oldText.charCodeAt(o - 1) === newText.charCodeAt(n - 1)) {
      o--;
      n--;
    }
    while (o < o0 && (splitsWord(oldText, o) || splitsWord(newText, n))) {
      o++;
      n++;
    }
    b.length[k] = (b.length[k] as number) + ((b.oldStart[k] as number) - o);
    b.oldStart[k] = o;
    b.newStart[k] = n;
  }
}

/**
 * Marks the heaviest (by length) chain of blocks that are in the same order in both texts:
 * heaviest increasing subsequence with a Fenwick tree of prefix maxima, O(B log B).
 */
export function markSpine(b: Blocks, order: Int32Array): void {
  const rank = new Int32Array(b.count);
  order.forEach((k, r) => (rank[k] = r));
  const treeVal = new Float64Array(b.count + 1);
  const treeIdx = new Int32Array(b.count + 1).fill(-1);
  const best = new Float64Array(b.count);
  const parent = new Int32Array(b.count).fill(-1);
  for (let k = 0; k < b.count; k++) {
    let val = 0;
    let idx = -1;
    for (let r = rank[k] as number; r > 0; r -= r & -r) {
      if ((treeVal[r] as number) > val) {
        val = treeVal[r] as number;
        idx = treeIdx[r] as number;
      }
    }
    best[k] = val + (b.length[k] as number);
    parent[k] = idx;
    for (let r = (rank[k] as number) + 1; r <= b.count; r += r & -r) {
      if ((best[k] as number) > (treeVal[r] as number)) {
        treeVal[r] = best[k] as number;
        treeIdx[r] = k;
      }
    }
  }
  let top = -1;
  for (let k = 0; k < b.count; k++) if (top < 0 || (best[k] as number) > (best[top] as number)) top = k;
  for (let k = top; k >= 0; k = parent[k] as number) b.spine[k] = 1;
}

/** The blocks of equal text between two versions; the common prefix and suffix are one block each. */
export function alignTexts(oldText: string, newText: string): Blocks {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  // Neither may end or begin inside a word ("genba." against "in ba." shares "ba.", not a word).
  while (p > 0 && (splitsWord(oldText, p) || splitsWord(newText, p))) p--;
  while (s > 0 && (splitsWord(oldText, oldText.length - s) || splitsWord(newText, newText.length - s))) s--;
  const list = new BlockList();
  list.push(0, 0, p);
  if (p < oldText.length - s && p < newText.length - s) {
    const ta = tokenize(oldText, p, oldText.length - s);
    const tb = tokenize(newText, p, newText.length - s);
    const ids = new TokenIds();
    const a = ids.idsOf(oldText, ta);
    const b = ids.idsOf(newText, tb);
    tokenBlocks(pairTokens(a, b, ids.size), ta, tb, list);
  }
  list.push(oldText.length - s, newText.length - s, s);
  const count = list.length.length;
  const blocks: Blocks = {
    oldStart: Int32Array.from(list.oldStart),
    newStart: Int32Array.from(list.newStart),
    length: Int32Array.from(list.length),
    spine: new Uint8Array(count),
    count,
  };
  widen(oldText, newText, blocks, newOrder(blocks));
  const merged = mergeAdjacent(blocks);
  markSpine(merged, newOrder(merged));
  return merged;
}

/** Joins blocks that widening made contiguous in both texts, so that a claim spanning them lies in one block. */
function mergeAdjacent(b: Blocks): Blocks {
  const list = new BlockList();
  for (let k = 0; k < b.count; k++) {
    const o = b.oldStart[k] as number;
    const n = b.newStart[k] as number;
    const last = list.length.length - 1;
    if (
      last >= 0 &&
      (list.oldStart[last] as number) + (list.length[last] as number) === o &&
      (list.newStart[last] as number) + (list.length[last] as number) === n
    ) {
      list.length[last] = (list.length[last] as number) + (b.length[k] as number);
    } else list.push(o, n, b.length[k] as number);
  }
  const count = list.length.length;
  return {
    oldStart: Int32Array.from(list.oldStart),
    newStart: Int32Array.from(list.newStart),
    length: Int32Array.from(list.length),
    spine: new Uint8Array(count),
    count,
  };
}
