/**
 * A word-level diff for showing two versions side by side. Linear in the texts' length: words
 * that stayed in place come from the same alignment as re-anchoring (Heckel pairs, their longest
 * in-order chain); only the stretches between them are diffed exactly (longest common
 * subsequence of tokens), and a stretch too large for that is shown as deleted then inserted.
 */
import { markSpine, newOrder, pairTokens, type Blocks } from './align';
import { TokenIds, tokenize, type Tokens } from './tokens';
import type { WordDiffOp } from './types';

/** Largest stretch (old tokens × new tokens) diffed exactly. */
const MAX_GAP_CELLS = 1_000_000;

type Side = { text: string; tokens: Tokens; ids: Int32Array };

export function wordDiff(a: string, b: string): WordDiffOp[] {
  const ids = new TokenIds();
  const ta = tokenize(a);
  const tb = tokenize(b);
  const x: Side = { text: a, tokens: ta, ids: ids.idsOf(a, ta) };
  const y: Side = { text: b, tokens: tb, ids: ids.idsOf(b, tb) };
  const spine = inOrderRuns(pairTokens(x.ids, y.ids, ids.size));
  const out: WordDiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const [oi, nj, length] of spine) {
    diffGap(x, y, i, oi, j, nj, out);
    push(out, 'equal', x, oi, oi + length);
    i = oi + length;
    j = nj + length;
  }
  diffGap(x, y, i, ta.count, j, tb.count, out);
  return out;
}

/** Runs of consecutive pairs that stay in the same order in both texts, as [old token, new token, length]. */
function inOrderRuns(pairs: Int32Array): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < pairs.length;) {
    const j = pairs[i] as number;
    let k = i;
    while (j >= 0 && k + 1 < pairs.length && pairs[k + 1] === (pairs[k] as number) + 1) k++;
    if (j >= 0) runs.push([i, j, k - i + 1]);
    i = k + 1;
  }
  const blocks: Blocks = {
    oldStart: Int32Array.from(runs, (r) => r[0]),
    newStart: Int32Array.from(runs, (r) => r[1]),
    length: Int32Array.from(runs, (r) => r[2]),
    spine: new Uint8Array(runs.length),
    count: runs.length,
  };
  markSpine(blocks, newOrder(blocks));
  return runs.filter((_, k) => blocks.spine[k] === 1);
}

/** Old tokens [i0, i1) against new tokens [j0, j1): longest common subsequence when small enough. */
function diffGap(x: Side, y: Side, i0: number, i1: number, j0: number, j1: number, out: WordDiffOp[]): void {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0 || m === 0 || n * m > MAX_GAP_CELLS) {
    push(out, 'delete', x, i0, i1);
    push(out, 'insert', y, j0, j1);
    return;
  }
  // lcs[(i * (m + 1)) + j]: length of the LCS of old tokens from i0 + i and new tokens from j0 + j.
  const w = m + 1;
  const lcs = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        x.ids[i0 + i] === y.ids[j0 + j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x.ids[i0 + i] === y.ids[j0 + j]) {
      push(out, 'equal', x, i0 + i, i0 + i + 1);
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number)) {
      push(out, 'delete', x, i0 + i, i0 + i + 1);
      i++;
    } else {
      push(out, 'insert', y, j0 + j, j0 + j + 1);
      j++;
    }
  }
  push(out, 'delete', x, i0 + i, i1);
  push(out, 'insert', y, j0 + j, j1);
}

/** Appends tokens [from, to) of one side, joined with the previous op when it is of the same kind. */
function push(out: WordDiffOp[], op: WordDiffOp['op'], side: Side, from: number, to: number): void {
  if (to <= from) return;
  const text = side.text.slice(side.tokens.starts[from], side.tokens.ends[to - 1]);
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}
