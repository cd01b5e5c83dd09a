import type { Span } from './html';
import { ABBREV_MAYBE_END, ABBREV_NEVER_END, SENTENCE_STARTERS } from './lexicon';

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
  const nextChar = p[next] ?? '';
  const nextWord = /^["“‘'(\[]*([\p{L}\p{N}]+)/u.exec(p.slice(next, next + 40))?.[1] ?? '';
  const startsUpper = /^["“‘'(\[]*[\p{Lu}\p{N}]/u.test(p.slice(next, next + 4)) || /[“"‘(\[]/.test(nextChar);
  if (!startsUpper) return false;
  const core = term.replace(/["'”’)\]]+$/, '');
  if (core !== '.') return true; // ! ? and ellipses before a capital end the sentence
  const closedQuote = term.length > 1;
  if (closedQuote) return true;
  const wordStart = lastWordStart(p, at);
  const word = p.slice(wordStart, at).toLowerCase();
  if (word === '') return true;
  if (ABBREV_NEVER_END.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. K. Rowling"
  if (ABBREV_MAYBE_END.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (/^\d/.test(nextWord)) return false; // "Jan. 14", "No. 5"
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

function lastWordStart(p: string, at: number): number {
  let i = at;
  for (;;) {
    const c = p.charCodeAt(i - 1);
    const ascii = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (i > 0 && (ascii || (c > 127 && /[\p{L}\p{N}]/u.test(p[i - 1] ?? '')))) i--;
    else return i;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c > 127 && /\s/.test(String.fromCharCode(c)));
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
  while (from < to && /\s/.test(p[from] ?? '')) from++;
  while (to > from && /\s/.test(p[to - 1] ?? '')) to--;
  if (to > from) out.push({ start: base + from, end: base + to });
}
