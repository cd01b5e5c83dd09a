/**
 * Edit distances: characters for a claim's similarity, words for finding an edited claim's new
 * span inside a window of the new text. Both quadratic in their (small, bounded) inputs.
 */

/** Above this many cells (a changed middle of ~2,000 × 2,000) the distance counts as the longer middle: a lower bound of the similarity. */
const MAX_CELLS = 4_000_000;

type Seq = { length: number; at(i: number): string | number | undefined };
const chars = (s: string): Seq => ({ length: s.length, at: (i) => s.charCodeAt(i) });

/** Levenshtein distance between two sequences, after their common prefix and suffix (which cost nothing). */
function distance(x: Seq, y: Seq): number {
  let p = 0;
  const max = Math.min(x.length, y.length);
  while (p < max && x.at(p) === y.at(p)) p++;
  let s = 0;
  while (s < max - p && x.at(x.length - 1 - s) === y.at(y.length - 1 - s)) s++;
  const n = x.length - p - s;
  const m = y.length - p - s;
  if (n === 0 || m === 0) return n + m;
  if (n * m > MAX_CELLS) return Math.max(n, m);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const c = x.at(p + i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (c === y.at(p + j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] as number;
}

/** Levenshtein distance in UTF-16 units. */
export function editDistance(a: string, b: string): number {
  return distance(chars(a), chars(b));
}

/**
 * How much of a claim survives in a span, in 0–1: the lower of 1 − character edit distance /
 * longer length and the same over words (non-space tokens). Characters alone rate a short span
 * that kept one long word of three ("615 per ashdemar" against "the 470 ashdemar") too high;
 * words alone rate a respelt word as a new one.
 */
export function similarity(a: string, b: string, words: (s: string) => string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const byChars = 1 - editDistance(a, b) / longer;
  const wa = words(a);
  const wb = words(b);
  const more = Math.max(wa.length, wb.length);
  const byWords = more === 0 ? byChars : 1 - distance(wa, wb) / more;
  return Math.min(byChars, byWords);
}

/**
 * Semi-global alignment of a claim's words against a window's words (unit costs): the window
 * tokens [first, last) that the claim's words match best. A fixed side must align with the
 * window's edge; a free side may skip window words at no cost. Ties go to the earliest match,
 * then to the longer span, so that an edited first or last word stays in the new span.
 */
export function alignWords(
  pattern: readonly string[],
  window: readonly string[],
  fixStart: boolean,
  fixEnd: boolean,
): { first: number; last: number } {
  const m = window.length;
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) {
    cost[j] = fixStart ? j : 0;
    origin[j] = fixStart ? 0 : j;
  }
  for (let i = 1; i <= pattern.length; i++) {
    const word = pattern[i - 1];
    nextCost[0] = i;
    nextOrigin[0] = 0;
    for (let j = 1; j <= m; j++) {
      let c = (cost[j - 1] as number) + (word === window[j - 1] ? 0 : 1);
      let o = origin[j - 1] as number;
      const up = (cost[j] as number) + 1;
      if (up < c || (up === c && (origin[j] as number) < o)) {
        c = up;
        o = origin[j] as number;
      }
      const left = (nextCost[j - 1] as number) + 1;
      if (left < c || (left === c && (nextOrigin[j - 1] as number) < o)) {
        c = left;
        o = nextOrigin[j - 1] as number;
      }
      nextCost[j] = c;
      nextOrigin[j] = o;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  if (fixEnd) return { first: origin[m] as number, last: m };
  let best = 0;
  for (let j = 1; j <= m; j++) if ((cost[j] as number) < (cost[best] as number)) best = j;
  let last = best;
  for (let j = best + 1; j <= m; j++) if (cost[j] === cost[best] && origin[j] === origin[best]) last = j;
  return { first: origin[best] as number, last };
}
