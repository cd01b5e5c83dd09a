import type { ExtractedEntity, EntityType } from './types';
import type { Span } from './html';
import { isJsSpace, isLetterOrDigit, lower } from './chars';
import { CAPITALISED_FUNCTION_WORDS, HONORIFICS, NAME_CONNECTORS, ORG_WORDS, TITLES } from './lexicon';

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
// capitalRuns runs it by hand (isCapStart, isCapRest) to avoid a match array per word.
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

// CAP_RE's two classes, hand-coded: the scan below visits every character of every sentence,
// and a regex match array per capitalised word was the largest source of garbage here.
const isCapStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c >= 0x100 && c <= 0x24f) || (c >= 0x386 && c <= 0x3ab) || (c >= 0x400 && c <= 0x42f);
const isCapRest = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45 ||
  (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);

// The open run's words and where each starts in the sentence; reused so that only closed runs
// allocate (an exact-size copy of their words).
const openWords: string[] = [];
const openStarts: number[] = [];

/** Capitalised runs inside one sentence; offsets are absolute. */
export function capitalRuns(text: string, span: Span): Run[] {
  const s = text.slice(span.start, span.end);
  const runs: Run[] = [];
  let open = 0; // words in the open run
  let end = 0; // where its last word ends
  let prevEnd = -2;
  const close = (): void => {
    if (!open) return;
    const run = trimSentenceInitial(s, open, end, span.start);
    if (run) runs.push(run);
    open = 0;
  };
  // Only capitalised words are visited: scanning for them is far cheaper than tokenising everything.
  // Equivalent to iterating CAP_RE.exec(s): leftmost capital, then the longest run of CAP_RE's rest.
  for (let i = 0; i < s.length; ) {
    if (!isCapStart(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    i++;
    while (i < s.length && isCapRest(s.charCodeAt(i))) i++;
    const word = s.slice(at, i);
    if (word.charCodeAt(0) > 127 && !/^\p{Lu}/u.test(word)) continue;
    // A capital inside a word ("McDonald", "co-Founder") does not start a name.
    if (at > 0) {
      const before = s.charCodeAt(at - 1);
      if (isLetterOrDigit(before) || (isNameJoiner(before) && isLetterOrDigit(s.charCodeAt(at - 2)))) continue;
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
      close();
      continue;
    }
    if (!open) {
      // nothing open: start a run
    } else if (gapLength === 1 && s.charCodeAt(gapStart) === 32) {
      // adjacent: extend the run
    } else if (gapLength > 0 && gapLength <= MAX_CONNECTOR_GAP && CONNECTOR_GAP_RE.test(s.slice(gapStart, at))) {
      let pos = gapStart + 1;
      for (const w of s.slice(gapStart, at).trim().split(' ')) {
        openWords[open] = w;
        openStarts[open++] = pos;
        pos += w.length + 1;
      }
    } else close();
    openWords[open] = tok;
    openStarts[open++] = at;
    end = at + tok.length;
    if (possessive) close();
  }
  close();
  return runs;
}

/** `[\s"“‘'(\[]`: what may stand between a sentence's start and its first word. */
const isOpener = (c: number): boolean =>
  c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || isJsSpace(c);

// Sentence-initial capitals say nothing about names: "The", "Instead", "Domestically".
function trimSentenceInitial(s: string, count: number, end: number, base: number): Run | null {
  const first = openWords[0] as string;
  const at = openStarts[0] as number;
  // The up to six characters before the run, less any trailing openers, are empty or end a sentence.
  const from = Math.max(0, at - 6);
  let j = at;
  while (j > from && isOpener(s.charCodeAt(j - 1))) j--;
  const last = s.charCodeAt(j - 1);
  const initial = (j === from && at <= 6) || (j > from && (last === 58 || last === 46 || last === 33 || last === 63));
  let k = 0;
  if (initial && (CAPITALISED_FUNCTION_WORDS.has(lower(first)) || first.endsWith('ly'))) {
    k = 1;
    while (k < count && !/^\p{Lu}/u.test(openWords[k] as string)) k++;
  }
  if (k === count) return null;
  if (count - k === 1 && openWords[k] === 'I') return null;
  return { start: base + (openStarts[k] as number), end: base + end, words: openWords.slice(k, count), initial: initial && k === 0 };
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

export function entityType(run: Run, index: NameIndex): EntityType {
  const words = run.words;
  if (words.some((w) => ORG_WORDS.has(lower(w)))) return 'organization';
  const titleAt = words.findIndex((w) => isTitle(w));
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
  return runs.map((sentence) =>
    sentence.filter((r) => !(r.initial && r.words.length === 1 && !midCaps.has(r.words[0] ?? '') && !ORG_WORDS.has(lower(r.words[0] ?? '')))),
  );
}

export function toEntities(text: string, runs: Run[], index: NameIndex): ExtractedEntity[] {
  return runs.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type: entityType(r, index) }));
}
