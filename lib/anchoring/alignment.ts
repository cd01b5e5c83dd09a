/**
 * The alignment of two versions, queried per claim: which block of equal text holds an old
 * offset, where the spine (the text that stayed in place) puts it in the new version, and the
 * window of the new text where an edited claim can be.
 */
import { alignTexts, type Blocks } from './align';

/** The window of the new text where an edited claim is looked for; a fixed side is known exactly. */
const WORD_RE = /[\p{L}\p{N}]/u;

export type Window = { start: number; end: number; fixStart: boolean; fixEnd: boolean };

export class Alignment {
  readonly blocks: Blocks;
  private readonly spine: number[] = [];

  constructor(
    readonly oldText: string,
    readonly newText: string,
  ) {
    this.blocks = alignTexts(oldText, newText);
    for (let k = 0; k < this.blocks.count; k++) if (this.blocks.spine[k]) this.spine.push(k);
  }

  oldStart(k: number): number {
    return this.blocks.oldStart[k] as number;
  }
  oldEnd(k: number): number {
    return (this.blocks.oldStart[k] as number) + (this.blocks.length[k] as number);
  }
  newStart(k: number): number {
    return this.blocks.newStart[k] as number;
  }
  newEnd(k: number): number {
    return (this.blocks.newStart[k] as number) + (this.blocks.length[k] as number);
  }
  delta(k: number): number {
    return (this.blocks.newStart[k] as number) - (this.blocks.oldStart[k] as number);
  }
  onSpine(k: number): boolean {
    return this.blocks.spine[k] === 1;
  }

  /** The last block starting at or before pos (in the old text), or -1. */
  blockAt(pos: number): number {
    return this.lastAtOrBefore(pos, null);
  }

  /** Index in the spine list of the last spine block starting at or before pos, or -1. */
  private spineAt(pos: number): number {
    return this.lastAtOrBefore(pos, this.spine);
  }

  /** Binary search over all blocks (list null: returns a block) or a sorted list of them (returns an index into it). */
  private lastAtOrBefore(pos: number, list: readonly number[] | null): number {
    let lo = 0;
    let hi = (list ? list.length : this.blocks.count) - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.oldStart(list ? (list[mid] as number) : mid) <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Where the text that stayed in place puts old offset pos in the new text. */
  expected(pos: number): number {
    const i = this.spineAt(pos);
    const k = i < 0 ? -1 : (this.spine[i] as number);
    const at = k < 0 ? pos : pos + this.delta(k);
    return Math.max(0, Math.min(this.newText.length, at));
  }

  /** Whether old offset pos maps through the spine to exactly new offset at. */
  inPlace(pos: number, at: number): boolean {
    const i = this.spineAt(pos);
    const k = i < 0 ? -1 : (this.spine[i] as number);
    return k >= 0 && pos < this.oldEnd(k) && pos + this.delta(k) === at;
  }

  /** The block holding all of old [start, end), if any. */
  blockHolding(start: number, end: number): number {
    const k = this.blockAt(start);
    return k >= 0 && end <= this.oldEnd(k) && start < this.oldEnd(k) ? k : -1;
  }

  /**
   * The window for an edited claim at old [s, e). The block of equal text that overlaps the claim
   * most tells where it went; other blocks count when they kept about the same distance from it
   * (so a full stop paired with some other sentence's does not stretch the window). Equal text
   * around the claim bounds the window, so that a deleted claim's window is empty rather than
   * its neighbours. Without any overlap, the neighbouring blocks decide.
   */
  window(s: number, e: number, maxLength: number): Window {
    const ref = this.largestOverlap(s, e);
    if (ref < 0) return this.gapWindow(s, e, maxLength);
    const slack = 32 + ((e - s) >> 1);
    const fits = (k: number): boolean => k === ref || this.keepsDistance(ref, k, slack);
    // An edge is fixed by a block that holds it and a word of the claim: a lone full stop or
    // quote mark is as likely paired with the one of a neighbouring sentence.
    const holds = (k: number, pos: number): boolean =>
      k >= 0 &&
      this.oldStart(k) <= pos &&
      pos < this.oldEnd(k) &&
      fits(k) &&
      WORD_RE.test(this.oldText.slice(Math.max(s, this.oldStart(k)), Math.min(e, this.oldEnd(k))));
    const k0 = this.blockAt(s);
    const fixStart = holds(k0, s);
    const k1 = this.blockAt(e - 1);
    const fixEnd = holds(k1, e - 1);
    // A free edge lies within slack of where the claim's largest equal part puts it.
    const near = { start: s + this.delta(ref) - slack, end: e + this.delta(ref) + slack };
    const start = fixStart ? s + this.delta(k0) : Math.max(near.start, this.boundBefore(s, fits, near.start));
    const end = fixEnd ? e + this.delta(k1) : Math.min(near.end, this.boundAfter(e, fits, near.end));
    return this.clamp(start, end, fixStart, fixEnd, maxLength);
  }

  private clamp(start: number, end: number, fixStart: boolean, fixEnd: boolean, maxLength: number): Window {
    start = Math.max(0, Math.min(start, this.newText.length));
    end = Math.max(start, Math.min(end, this.newText.length));
    if (end - start > maxLength) {
      if (fixStart || !fixEnd) end = start + maxLength;
      else start = end - maxLength;
    }
    return { start, end, fixStart, fixEnd };
  }

  /** Whether block k is in the same order relative to block ref in both texts, at about the same distance. */
  private keepsDistance(ref: number, k: number, slack: number): boolean {
    const after = this.oldStart(k) >= this.oldEnd(ref);
    const oldGap = after ? this.oldStart(k) - this.oldEnd(ref) : this.oldStart(ref) - this.oldEnd(k);
    const newGap = after ? this.newStart(k) - this.newEnd(ref) : this.newStart(ref) - this.newEnd(k);
    return newGap >= 0 && Math.abs(newGap - oldGap) <= slack;
  }

  private largestOverlap(s: number, e: number): number {
    let best = -1;
    let bestLength = 0;
    for (let k = Math.max(0, this.blockAt(s)); k < this.blocks.count && this.oldStart(k) < e; k++) {
      const overlap = Math.min(e, this.oldEnd(k)) - Math.max(s, this.oldStart(k));
      if (overlap > bestLength) {
        best = k;
        bestLength = overlap;
      }
    }
    return best;
  }

  /**
   * For a claim no equal text overlaps: the new text between its neighbours when they are still
   * in order; when one of them moved, the claim went with the nearer one (a paragraph moved with
   * its last sentence rewritten).
   */
  private gapWindow(s: number, e: number, maxLength: number): Window {
    const before = this.blockAt(s);
    const after = before + 1 < this.blocks.count ? before + 1 : -1;
    const start = before >= 0 ? this.newEnd(before) : 0;
    const end = after >= 0 ? this.newStart(after) : this.newText.length;
    if (start <= end) {
      const expected = this.expected(s);
      if (end - start > maxLength) return this.clamp(Math.max(start, expected - (maxLength >> 1)), end, false, false, maxLength);
      return this.clamp(start, end, false, false, maxLength);
    }
    const reach = maxLength >> 1;
    if (s - this.oldEnd(before) <= this.oldStart(after) - e)
      return this.clamp(start, start + reach + s - this.oldEnd(before), false, false, maxLength);
    return this.clamp(Math.max(0, end - reach - (this.oldStart(after) - e)), end, false, false, maxLength);
  }

  /** The end of the nearest block before pos that keeps its distance to the claim, else fallback. */
  private boundBefore(pos: number, fits: (k: number) => boolean, fallback: number): number {
    for (let k = this.blockAt(pos), steps = 0; k >= 0 && steps < 8; k--, steps++) {
      if (this.oldEnd(k) <= pos && fits(k)) return this.newEnd(k);
    }
    return fallback;
  }

  /** The start of the nearest block after pos that keeps its distance to the claim, else fallback. */
  private boundAfter(pos: number, fits: (k: number) => boolean, fallback: number): number {
    for (let k = this.blockAt(pos - 1) + 1, steps = 0; k < this.blocks.count && steps < 8; k++, steps++) {
      if (this.oldStart(k) >= pos && fits(k)) return this.newStart(k);
    }
    return fallback;
  }
}
