import type { Span } from './html';
import * as chars from './chars';
import * as lexicon from './lexicon';

// Bound once at load. Compiled to CommonJS (tsx runs the benchmark and scripts), every use of an
// imported name is a getter call, and the per-word code below makes hundreds of thousands of them.
const { isJsSpace, isLetterOrDigit } = chars;
const { ABBREV_MAYBE_END, ABBREV_NEVER_END, SENTENCE_STARTERS } = lexicon;

/**
 * News-style sentence splitting. Hand-written rather than Intl.Segmenter because ICU's rules
 * differ across Node builds (output must be byte-identical everywhere) and it does not know
 * "Mr Xi" / "Gen." / "U.S." conventions; it is also slow on very long strings.
 */

// A run of terminators plus any closing quotes/brackets, followed by whitespace or the end.
const TERMINATOR_RE = /(?:[.!?]+|…|\.\.\.)(?:[.!?…]*)["'”’)\]]*(?=\s|$)/g;

/** Nothing a reporter writes is this long; capping keeps every later rule's cost bounded. */
export const MAX_SENTENCE = 1500;

export function splitSentences(text: string, para: Span): Span[] {
  const p = text.slice(para.start, para.end);
  const out: Span[] = [];
  let sentenceStart = 0;
  TERMINATOR_RE.lastIndex = 0;
  for (let m = TERMINATOR_RE.exec(p); m; m = TERMINATOR_RE.exec(p)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < p.length && isSpace(p.charCodeAt(next))) next++;
    if (next >= p.length) break;
    if (!isBoundary(p, m.index, m[0], next)) continue;
    pushCapped(out, p, sentenceStart, end, para.start);
    sentenceStart = next;
  }
  if (sentenceStart < p.length) pushCapped(out, p, sentenceStart, p.length, para.start);
  return out;
}

function isBoundary(p: string, at: number, term: string, next: number): boolean {
  // An ASCII letter or digit settles whether the next sentence starts with a capital; the
  // regexes are only needed for quotes, brackets and non-ASCII letters.
  const c = p.charCodeAt(next);
  const startsUpper =
    (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
      ? true
      : c >= 97 && c <= 122
        ? false
        : /^["“‘'(\[]*[\p{Lu}\p{N}]/u.test(p.slice(next, next + 4)) || /[“"‘(\[]/.test(p[next] ?? '');
  if (!startsUpper) return false;
  // ! ? and ellipses before a capital end the sentence, and so does a period before a closing quote.
  if (term !== '.') return true;
  const wordStart = lastWordStart(p, at);
  const word = p.slice(wordStart, at).toLowerCase();
  if (word === '') return true;
  if (ABBREV_NEVER_END.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. K. Rowling"
  if (ABBREV_MAYBE_END.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^["“‘'(\[]*([\p{L}\p{N}]+)/u.exec(p.slice(next, next + 40))?.[1] ?? '';
    if (/^\d/.test(nextWord)) return false; // "Jan. 14", "No. 5"
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

function lastWordStart(p: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = p.charCodeAt(i - 1);
    if (c === 46 || isLetterOrDigit(c)) i--;
    else break;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && isJsSpace(c));
}

function pushCapped(out: Span[], p: string, from: number, to: number, base: number): void {
  let s = from;
  while (to - s > MAX_SENTENCE) {
    let cut = p.lastIndexOf(' ', s + MAX_SENTENCE);
    if (cut <= s) cut = s + MAX_SENTENCE;
    // Never split a surrogate pair: offsets must stay on code point boundaries.
    if (/[\uD800-\uDBFF]/.test(p[cut - 1] ?? '')) cut--;
    pushTrimmed(out, p, s, cut, base);
    s = cut;
  }
  pushTrimmed(out, p, s, to, base);
}

function pushTrimmed(out: Span[], p: string, from: number, to: number, base: number): void {
  while (from < to && isJsSpace(p.charCodeAt(from))) from++;
  while (to > from && isJsSpace(p.charCodeAt(to - 1))) to--;
  if (to > from) out.push({ start: base + from, end: base + to });
}
