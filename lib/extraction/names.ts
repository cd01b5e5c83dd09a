import type { ExtractedEntity, EntityType } from './types';
import type { Span } from './html';
import * as chars from './chars';
import * as lexicon from './lexicon';

// Bound once at load. Compiled to CommonJS (tsx runs the benchmark and scripts), every use of an
// imported name is a getter call, and the per-word code below makes hundreds of thousands of them.
const { isJsSpace, isLetterOrDigit, lower } = chars;
const { CAPITALISED_FUNCTION_WORDS, HONORIFICS, NAME_CONNECTORS, ORG_WORDS, TITLES } = lexicon;

/**
 * Capitalised runs ("Chinese President Xi Jinping", "Russia's Defence Ministry") are the
 * cheap, dictionary-free signal for named actors, and the source of the full names that
 * later "Mr Xi" mentions resolve to.
 */

export interface Run extends Span {
  /** The run's words in order, connectors ("of", "the") included. */
  words: string[];
  /** Starts its sentence, so its capital may be grammar rather than a name. */
  initial: boolean;
}

// Capitalised words are what the regex
//   /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F][A-Za-z0-9'’.&\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF-]*/g
// matches. Explicit ranges instead of \p{Lu}: property classes make this scan ~10x slower.
// capitalRuns splits it in two (CAP_START_RE, isCapRest) to avoid a match array per word.
const ACRONYM_DOTS_RE = /^(?:\p{L}\.){2,}$/u;
const CONNECTOR_GAP_RE = /^ (?:of|for|de|del|der|van|von|al|bin|la|le|du|da|dos)(?: the)? $/;
/** Longest gap CONNECTOR_GAP_RE can match: " dos the ". */
const MAX_CONNECTOR_GAP = 9;

/** Lower case without a final period: "Gen." -> "gen". */
function bare(t: string): string {
  const l = lower(t);
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
}
export const isTitle = (t: string): boolean => TITLES.has(bare(t));
export const isHonorific = (t: string): boolean => HONORIFICS.has(bare(t));

/** `/['’.&-]/` on one code unit. */
const isNameJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;

// CAP_RE's first class as a regex of its own, and its second class hand-coded.
const CAP_START_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/g;
const isCapRest = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45 ||
  (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);

// The open run's words and where each starts; reused so that only closed runs allocate (an
// exact-size copy of their words).
const openWords: string[] = [];
const openStarts: number[] = [];

/** Capitalised runs inside one sentence; offsets are absolute. */
export function capitalRuns(text: string, span: Span): Run[] {
  // Works on text directly rather than on a slice: reading characters of a sliced string is slower.
  const { start, end: stop } = span;
  const runs: Run[] = [];
  let open = 0; // words in the open run
  let end = 0; // where its last word ends
  let prevEnd = -2;
  // Only capitalised words are visited: scanning for them is far cheaper than tokenising everything.
  // Equivalent to iterating CAP_RE.exec(sentence): the regex finds the next capital (test() builds
  // no match array), then the word extends over the longest run of CAP_RE's rest.
  const sentence = text.slice(start, stop);
  CAP_START_RE.lastIndex = 0;
  while (CAP_START_RE.test(sentence)) {
    const at = start + CAP_START_RE.lastIndex - 1;
    let i = at + 1;
    while (i < stop && isCapRest(text.charCodeAt(i))) i++;
    CAP_START_RE.lastIndex = i - start;
    const word = text.slice(at, i);
    if (word.charCodeAt(0) > 127 && !/^\p{Lu}/u.test(word)) continue;
    // A capital inside a word ("McDonald", "co-Founder") does not start a name.
    if (at > start) {
      const before = text.charCodeAt(at - 1);
      if (isLetterOrDigit(before) || (at - 2 >= start && isNameJoiner(before) && isLetterOrDigit(text.charCodeAt(at - 2)))) continue;
    }
    let tok = word;
    // Trailing punctuation is dropped unless the token is a dotted acronym ("U.S.").
    if (isNameJoiner(tok.charCodeAt(tok.length - 1)) && !ACRONYM_DOTS_RE.test(tok)) tok = tok.replace(/[.'’&-]+$/, '');
    const n = tok.length;
    const possessive = n >= 2 && tok.charCodeAt(n - 1) === 115 && (tok.charCodeAt(n - 2) === 39 || tok.charCodeAt(n - 2) === 0x2019);
    if (possessive) tok = tok.slice(0, -2);
    const gapStart = prevEnd;
    const gapLength = at - gapStart;
    prevEnd = i;
    if (tok === '') {
      open = closeRun(runs, text, start, open, end);
      continue;
    }
    if (!open) {
      // nothing open: start a run
    } else if (gapLength === 1 && text.charCodeAt(gapStart) === 32) {
      // adjacent: extend the run
    } else if (gapLength > 0 && gapLength <= MAX_CONNECTOR_GAP && CONNECTOR_GAP_RE.test(text.slice(gapStart, at))) {
      let pos = gapStart + 1;
      for (const w of text.slice(gapStart, at).trim().split(' ')) {
        openWords[open] = w;
        openStarts[open++] = pos;
        pos += w.length + 1;
      }
    } else open = closeRun(runs, text, start, open, end);
    openWords[open] = tok;
    openStarts[open++] = at;
    end = at + tok.length;
    if (possessive) open = closeRun(runs, text, start, open, end);
  }
  open = closeRun(runs, text, start, open, end);
  // Long words are slices of the article: don't let the scratch keep its text alive.
  openWords.fill('');
  return runs;
}

/** Ends the open run of `count` words, keeping what trimSentenceInitial leaves; returns the new count, 0. */
function closeRun(runs: Run[], text: string, sentenceStart: number, count: number, end: number): 0 {
  if (count) {
    const run = trimSentenceInitial(text, sentenceStart, count, end);
    if (run) runs.push(run);
  }
  return 0;
}

/** `[\s"“‘'(\[]`: what may stand between a sentence's start and its first word. */
const isOpener = (c: number): boolean =>
  c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || isJsSpace(c);

// Sentence-initial capitals say nothing about names: "The", "Instead", "Domestically".
function trimSentenceInitial(text: string, sentenceStart: number, count: number, end: number): Run | null {
  const first = openWords[0] as string;
  const at = openStarts[0] as number;
  // The up to six characters before the run, less any trailing openers, are empty or end a sentence.
  const from = Math.max(sentenceStart, at - 6);
  let j = at;
  while (j > from && isOpener(text.charCodeAt(j - 1))) j--;
  const last = text.charCodeAt(j - 1);
  const initial = (j === from && at - sentenceStart <= 6) || (j > from && (last === 58 || last === 46 || last === 33 || last === 63));
  let k = 0;
  if (initial && (CAPITALISED_FUNCTION_WORDS.has(lower(first)) || first.endsWith('ly'))) {
    k = 1;
    while (k < count && !/^\p{Lu}/u.test(openWords[k] as string)) k++;
  }
  if (k === count) return null;
  if (count - k === 1 && openWords[k] === 'I') return null;
  return { start: openStarts[k] as number, end, words: openWords.slice(k, count), initial: initial && k === 0 };
}

/** Full person names found anywhere in the article, keyed by each of their parts. */
export class NameIndex {
  private byPart = new Map<string, { full: string; titled: boolean }>();
  private honorificParts = new Set<string>();

  add(run: Run): void {
    const words = run.words;
    let lastTitle = -1;
    words.forEach((w, i) => {
      if (isTitle(w)) lastTitle = i;
    });
    const name = words.slice(lastTitle + 1);
    const prev = words[lastTitle];
    if (name.length === 1 && prev && isHonorific(prev)) this.honorificParts.add(name[0] as string);
    if (name.length < 2 || name.length > 4) return;
    if (!name.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w) && !ORG_WORDS.has(lower(w)))) return;
    const full = name.join(' ');
    for (const part of name) {
      if (!this.byPart.has(part)) this.byPart.set(part, { full, titled: lastTitle >= 0 });
    }
  }

  /** "Xi" -> "Xi Jinping" when the article names him in full; null otherwise. */
  resolve(part: string, requirePerson: boolean): string | null {
    const hit = this.byPart.get(part);
    if (!hit) return null;
    if (!requirePerson || hit.titled) return hit.full;
    return hit.full.split(' ').some((w) => this.honorificParts.has(w)) ? hit.full : null;
  }

  isPerson(full: string): boolean {
    return this.isPersonWords(full.split(' '));
  }

  /** isPerson(words.join(' ')), joining only when the first word is a known name part. */
  isPersonWords(words: string[]): boolean {
    const hit = this.byPart.get(words[0] ?? '');
    return !!hit && hit.full === words.join(' ') && (hit.titled || words.some((w) => this.honorificParts.has(w)));
  }
}

const isOrgWord = (w: string): boolean => ORG_WORDS.has(lower(w));

export function entityType(run: Run, index: NameIndex): EntityType {
  const words = run.words;
  if (words.some(isOrgWord)) return 'organization';
  const titleAt = words.findIndex(isTitle);
  if (titleAt >= 0 && titleAt < words.length - 1) return 'person';
  // A title as the last word leaves no name; otherwise there is no title and the tail is every word.
  const tail = titleAt < 0 ? words : [''];
  if (index.isPersonWords(tail) || (words.length === 1 && index.resolve(tail[0] as string, true))) return 'person';
  return 'other';
}

/**
 * A lone capitalised word opening a sentence ("Critics", "Ministers") is a name only if the
 * article also capitalises it mid-sentence.
 */
export function dropCommonInitials(runs: Run[][]): Run[][] {
  const midCaps = new Set<string>();
  for (const sentence of runs) for (const r of sentence) if (!r.initial) for (const w of r.words) midCaps.add(w);
  const drop = (r: Run): boolean =>
    r.initial && r.words.length === 1 && !midCaps.has(r.words[0] ?? '') && !ORG_WORDS.has(lower(r.words[0] ?? ''));
  const keep = (r: Run): boolean => !drop(r);
  // Most sentences lose nothing; they keep their array instead of a filtered copy.
  return runs.map((sentence) => (sentence.some(drop) ? sentence.filter(keep) : sentence));
}

export function toEntities(text: string, runs: Run[], index: NameIndex): ExtractedEntity[] {
  return runs.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type: entityType(r, index) }));
}
