/**
 * Step 3, sentences: news-style sentence splitting. Hand-written rather than Intl.Segmenter
 * because ICU's rules differ across Node builds (output must be byte-identical everywhere) and
 * it does not know "Mr Xi" / "Gen." / "U.S." conventions; it is also slow on very long strings.
 */
import type { Span } from './html';
import { ABBREV_MAYBE_END, ABBREV_NEVER_END, SENTENCE_STARTERS } from './lexicon';
import { allMatches } from './regex';

// A run of terminators plus any closing quotes/brackets (group 1), followed by whitespace
// (group 2) or the end; matched only from the first character of the run, which finds the same
// matches. A run followed by a letter ('.!?' x N, then 'x') fails from each of its characters,
// and the two quantifiers this had over the run ('(?:[.!?]+|…|\.\.\.)[.!?…]*', the same
// strings as '[.!?…]+') made each failure quadratic: 1,500 characters took 2.7 s.
const TERMINATOR_RE = /(?<![.!?…])([.!?…]+["'”’)\]]*)(?=\s|$)(\s*)/g;
// Tested on one UTF-16 code unit: half a surrogate pair is neither.
const WORD_CHAR_RE = /[.\p{L}\p{N}]/u;
/** What may open a sentence: quotes and brackets, then a capital or a digit. */
const SENTENCE_START_RE = /^["“‘'(\[]*[\p{Lu}\p{N}]/u;
const OPENING_MARK_RE = /[“"‘(\[]/;

/** Nothing a reporter writes is this long; capping keeps every later rule's cost bounded. */
const MAX_SENTENCE = 1500;

export function splitSentences(text: string, para: Span): Span[] {
  const p = text.slice(para.start, para.end);
  const out: Span[] = [];
  let sentenceStart = 0;
  for (const m of allMatches(TERMINATOR_RE, p)) {
    const term = m[1] ?? '';
    const end = m.index + term.length;
    const next = end + (m[2] ?? '').length;
    if (next >= p.length) break;
    if (!isBoundary(p, m.index, term, next)) continue;
    pushCapped(out, p, sentenceStart, end, para.start);
    sentenceStart = next;
  }
  if (sentenceStart < p.length) pushCapped(out, p, sentenceStart, p.length, para.start);
  return out;
}

/** Does the terminator `term` at `at`, with the next sentence starting at `next`, end a sentence? */
function isBoundary(p: string, at: number, term: string, next: number): boolean {
  if (!SENTENCE_START_RE.test(p.slice(next, next + 4)) && !OPENING_MARK_RE.test(p[next] ?? '')) return false;
  // ! ? and ellipses before a capital end the sentence, and so does a period before a closing quote.
  if (term !== '.') return true;
  let wordStart = at;
  while (wordStart > 0 && WORD_CHAR_RE.test(p[wordStart - 1] ?? '')) wordStart--;
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

function pushCapped(out: Span[], p: string, from: number, to: number, base: number): void {
  let s = from;
  while (to - s > MAX_SENTENCE) {
    // The last space within this sentence's reach. p.lastIndexOf(' ', s + MAX_SENTENCE) would
    // search back to the start of a paragraph that has no space ('abcdefghij' x N): quadratic.
    let cut = s + p.slice(s, s + MAX_SENTENCE + 1).lastIndexOf(' ');
    if (cut <= s) cut = s + MAX_SENTENCE;
    // Never split a surrogate pair: offsets must stay on code point boundaries.
    if (/[\uD800-\uDBFF]/.test(p[cut - 1] ?? '')) cut--;
    pushTrimmed(out, p.slice(s, cut), base + s);
    s = cut;
  }
  pushTrimmed(out, p.slice(s, to), base + s);
}

function pushTrimmed(out: Span[], piece: string, start: number): void {
  const from = start + piece.length - piece.trimStart().length;
  const to = start + piece.trimEnd().length;
  if (to > from) out.push({ start: from, end: to });
}
