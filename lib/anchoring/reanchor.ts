/**
 * Re-anchoring claims from one version of an article to the next, one claim at a time against
 * an alignment of the two texts computed once:
 * 1. the claim lies in a block of equal text: `exact` when that block stayed in place, `moved`
 *    when it moved (a paragraph moved up);
 * 2. its exact text occurs elsewhere: `moved` to the occurrence whose stored prefix and suffix
 *    match best, then the one nearest where the claim would be;
 * 3. otherwise the most similar span in the window of new text where it should be: `changed`
 *    at or above the threshold;
 * 4. otherwise, for a claim of 24 characters or more, the most similar span near the occurrences
 *    of its rarest words (edited and moved with its paragraph): `changed` at 0.7 or above;
 * 5. else `orphaned`, with the best similarity seen.
 * A short text (under 24 characters) found elsewhere with little matching context could be any
 * "the government": an edit in place that keeps the threshold's similarity is preferred to it.
 */
import { quoteSelector } from '../extraction/selector';
import { Alignment } from './alignment';
import { alignWords, similarity } from './distance';
import { OccurrenceIndex } from './occurrences';
import { isSpace, tokenize } from './tokens';
import type { Anchor, Reanchored, ReanchorOptions, Span } from './types';

/** Below this similarity an edited claim counts as gone. Half its characters kept: a rewrite, not an edit. */
export const ORPHAN_THRESHOLD = 0.5;
/** Texts this long are specific enough that an exact occurrence anywhere is the claim itself. */
const SPECIFIC_LENGTH = 24;
/** Characters of stored context (of up to 64) that make an exact occurrence of a short text credible. */
const CREDIBLE_CONTEXT = 16;

/** How much more similar a span found word by word must be to beat the one between two known edges. */
const CLEARLY_BETTER = 0.1;

/** An edited claim found away from its place (its paragraph moved too) must be clearly the same claim. */
const REMOTE_THRESHOLD = 0.7;
/** Rare words of a claim tried, and how often each may occur, when looking for it away from its place. */
const REMOTE_WORDS = 3;
const REMOTE_MAX_EACH = 8;
/** Share of the claim's distinct words a window must hold to be aligned word by word. */
const REMOTE_SHARED = 0.5;

type Selector = { start: number; end: number; exact: string; prefix: string; suffix: string };
type Occurrence = { at: number; context: number };

export function reanchor(oldText: string, newText: string, anchors: readonly Anchor[], options: ReanchorOptions = {}): Reanchored[] {
  const threshold = options.threshold ?? ORPHAN_THRESHOLD;
  const selectors = anchors.map((a, i) => toSelector(oldText, a, i));
  if (oldText === newText) {
    return selectors.map((sel) => (sel.exact === oldText.slice(sel.start, sel.end) ? found(sel, sel.start, 'exact') : orphaned(sel, 0)));
  }
  const ctx = new Context(oldText, newText);
  return selectors.map((sel) => ctx.resolve(sel, threshold));
}

function toSelector(oldText: string, a: Anchor, i: number): Selector {
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end < a.start || a.end > oldText.length) {
    throw new RangeError(`anchor ${i}: [${a.start}, ${a.end}) is not a range of the old text (length ${oldText.length})`);
  }
  const stored = quoteSelector(oldText, a.start, a.end);
  return { start: a.start, end: a.end, exact: a.exact ?? stored.exact, prefix: a.prefix ?? stored.prefix, suffix: a.suffix ?? stored.suffix };
}

function oldSpan(sel: Selector): Span {
  return { start: sel.start, end: sel.end, text: sel.exact };
}

function found(sel: Selector, at: number, status: 'exact' | 'moved'): Reanchored {
  return { old: oldSpan(sel), status, new: { start: at, end: at + sel.exact.length, text: sel.exact }, similarity: 1 };
}

function orphaned(sel: Selector, best: number): Reanchored {
  return { old: oldSpan(sel), status: 'orphaned', new: null, similarity: best };
}

class Context {
  private readonly alignment: Alignment;
  private index: OccurrenceIndex | null = null;

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
  ) {
    this.alignment = new Alignment(oldText, newText);
  }

  resolve(sel: Selector, threshold: number): Reanchored {
    if (sel.exact.length === 0) return orphaned(sel, 0);
    const a = this.alignment;
    if (sel.exact === this.oldText.slice(sel.start, sel.end)) {
      const k = a.blockHolding(sel.start, sel.end);
      if (k >= 0) return found(sel, sel.start + a.delta(k), a.onSpine(k) ? 'exact' : 'moved');
    }
    const occurrence = this.bestOccurrence(sel);
    const credible = occurrence && (sel.exact.length >= SPECIFIC_LENGTH || occurrence.context >= CREDIBLE_CONTEXT);
    if (occurrence && credible) return this.located(sel, occurrence.at);
    const edited = this.edited(sel);
    if (edited?.span.text === sel.exact) return this.located(sel, edited.span.start);
    if (edited && edited.similarity >= threshold) return { old: oldSpan(sel), status: 'changed', new: edited.span, similarity: edited.similarity };
    if (occurrence) return this.located(sel, occurrence.at);
    // Away from its place, an edited claim is recognised only if it is long enough to be specific.
    const remote = sel.exact.length >= SPECIFIC_LENGTH ? this.editedElsewhere(sel) : null;
    if (remote && remote.similarity >= Math.max(threshold, REMOTE_THRESHOLD))
      return { old: oldSpan(sel), status: 'changed', new: remote.span, similarity: remote.similarity };
    return orphaned(sel, Math.max(edited?.similarity ?? 0, remote?.similarity ?? 0));
  }

  private located(sel: Selector, at: number): Reanchored {
    return found(sel, at, this.alignment.inPlace(sel.start, at) ? 'exact' : 'moved');
  }

  /** The occurrence of the exact text with the most matching context, then the nearest to where the claim would be. */
  private bestOccurrence(sel: Selector): Occurrence | null {
    this.index ??= new OccurrenceIndex(this.newText);
    const expected = this.alignment.expected(sel.start);
    let best: Occurrence | null = null;
    for (const at of this.index.find(sel.exact)) {
      const context = this.contextAt(sel, at);
      if (!best || context > best.context || (context === best.context && Math.abs(at - expected) < Math.abs(best.at - expected))) {
        best = { at, context };
      }
    }
    return best;
  }

  /** Characters of the stored prefix and suffix that match the new text around an occurrence. */
  private contextAt(sel: Selector, at: number): number {
    const t = this.newText;
    let before = 0;
    while (before < sel.prefix.length && at - before > 0 && sel.prefix.charCodeAt(sel.prefix.length - 1 - before) === t.charCodeAt(at - 1 - before))
      before++;
    const end = at + sel.exact.length;
    let after = 0;
    while (after < sel.suffix.length && end + after < t.length && sel.suffix.charCodeAt(after) === t.charCodeAt(end + after)) after++;
    return before + after;
  }

  /** Widens [start, end) over the claim's leading and trailing punctuation where the new text has it just outside. */
  private withEdgePunctuation(exact: string, start: number, end: number): [number, number] {
    const head = HEAD_RE.exec(exact)?.[0] ?? '';
    const tail = TAIL_RE.exec(exact)?.[0] ?? '';
    const t = this.newText;
    if (head && !t.startsWith(head, start) && t.startsWith(head, start - head.length)) start -= head.length;
    if (tail && !t.slice(start, end).endsWith(tail) && t.startsWith(tail, end)) end += tail.length;
    return [start, end];
  }

  /** The most similar span where the claim should be, found word by word in its window. */
  private edited(sel: Selector): { span: Span; similarity: number } | null {
    const length = sel.end - sel.start;
    const w = this.alignment.window(sel.start, sel.end, 8 * length + 512);
    if (w.start >= w.end) return null;
    const direct = w.fixStart && w.fixEnd ? this.scored(sel.exact, w.start, w.end) : null;
    // Both edges known and about the claim's length apart: that is the span. Far more apart, an
    // edge may belong to a neighbour (a sentence repeated next to it): let the words decide too.
    if (direct && Math.abs(w.end - w.start - length) <= length >> 2) return direct;
    const words = wordsOf(this.newText, w.start, w.end);
    if (words.text.length === 0) return direct;
    const fixStart = w.fixStart && !direct;
    const fixEnd = w.fixEnd && !direct;
    const { first, last } = alignWords(wordsOf(sel.exact, 0, sel.exact.length).text, words.text, fixStart, fixEnd);
    if (last <= first) return direct;
    const aligned = this.scored(sel.exact, fixStart ? w.start : (words.starts[first] as number), fixEnd ? w.end : (words.ends[last - 1] as number));
    return direct && direct.similarity + CLEARLY_BETTER >= aligned.similarity ? direct : aligned;
  }

  /** The most similar span near the occurrences of the claim's rarest words: for a claim edited and moved. */
  private editedElsewhere(sel: Selector): { span: Span; similarity: number } | null {
    this.index ??= new OccurrenceIndex(this.newText);
    const length = sel.exact.length;
    const pattern = words(sel.exact);
    const distinct = new Set(pattern);
    let best: { span: Span; similarity: number } | null = null;
    let covered = -1;
    for (const at of this.index.likelyStarts(sel.exact, REMOTE_WORDS, REMOTE_MAX_EACH)) {
      if (at < covered) continue;
      const from = Math.max(0, at - (length >> 1) - 32);
      covered = Math.min(this.newText.length, at + length + (length >> 1) + 32);
      const window = wordsOf(this.newText, from, covered);
      // Cheap test first: a span that can reach REMOTE_THRESHOLD shares most of the claim's words.
      if (sharedWords(distinct, window.text) < distinct.size * REMOTE_SHARED) continue;
      const { first, last } = alignWords(pattern, window.text, false, false);
      if (last <= first) continue;
      const found = this.scored(sel.exact, window.starts[first] as number, window.ends[last - 1] as number);
      if (!best || found.similarity > best.similarity) best = found;
    }
    return best;
  }

  private scored(exact: string, from: number, to: number): { span: Span; similarity: number } {
    const [start, end] = this.withEdgePunctuation(exact, from, to);
    const text = this.newText.slice(start, end);
    return { span: { start, end, text }, similarity: similarity(exact, text, words) };
  }
}

/** Leading and trailing punctuation of a claim (quotes, a full stop), which the word alignment may leave out. */
const HEAD_RE = /^[^\p{L}\p{N}\s]+/u;
const TAIL_RE = /[^\p{L}\p{N}\s]+$/u;

/** How many of the distinct words are among the window's words. */
function sharedWords(distinct: ReadonlySet<string>, window: readonly string[]): number {
  const seen = new Set<string>();
  for (const w of window) if (distinct.has(w)) seen.add(w);
  return seen.size;
}

const words = (s: string): string[] => wordsOf(s, 0, s.length).text;

/** The non-space tokens of text[from, to), with their offsets. */
function wordsOf(text: string, from: number, to: number): { text: string[]; starts: number[]; ends: number[] } {
  const tokens = tokenize(text, from, to);
  const out = { text: [] as string[], starts: [] as number[], ends: [] as number[] };
  for (let k = 0; k < tokens.count; k++) {
    if (isSpace(text, tokens, k)) continue;
    out.text.push(text.slice(tokens.starts[k], tokens.ends[k]));
    out.starts.push(tokens.starts[k] as number);
    out.ends.push(tokens.ends[k] as number);
  }
  return out;
}
