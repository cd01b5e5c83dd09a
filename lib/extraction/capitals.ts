/**
 * Step 4a, capitalised runs: "Chinese President Xi Jinping", "Bank of England", and "Russia's"
 * then "Defence Ministry". Capitals are the cheap, dictionary-free signal for named actors;
 * names.ts decides what each run names.
 */
import type { Span } from './html';
import { CAPITALISED_FUNCTION_WORDS, NAME_CONNECTORS } from './lexicon';
import { allMatches, anyOf } from './regex';

export interface Run extends Span {
  /** The run's words in order, connectors ("of", "the") included. */
  words: string[];
  /** Starts its sentence, so its capital may be grammar rather than a name. */
  initial: boolean;
}

// Explicit ranges rather than \p{Lu}: they decide which scripts count (Latin, Greek, Cyrillic),
// and a property class in a global regex is about 10x slower in V8. Beyond A-Z the ranges also
// hold lower-case letters and signs, so such a word must still start with \p{Lu}.
const CAPITALISED_WORD_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F][A-Za-z0-9'’.&\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF-]*/g;
const ACRONYM_DOTS_RE = /^(?:\p{L}\.){2,}$/u;
const CONNECTOR_GAP_RE = new RegExp(`^ ${anyOf(NAME_CONNECTORS)}(?: the)? $`);
// Tested on one UTF-16 code unit: half a surrogate pair is neither.
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
/** Characters that may join the parts of a name ("O'Brien", "U.S.", "AT&T", "Al-Assad"). */
const NAME_JOINERS = "'’.&-";

const UPPER_FIRST_RE = /^\p{Lu}/u;
const TRAILING_JOINERS_RE = /['’.&-]+$/;

export const startsUpper = (w: string): boolean => UPPER_FIRST_RE.test(w);

interface Word {
  text: string;
  /** Offset in the sentence. */
  at: number;
}

/** Capitalised runs inside one sentence; offsets are absolute. */
export function capitalRuns(text: string, span: Span): Run[] {
  const sentence = text.slice(span.start, span.end);
  const runs: Run[] = [];
  let open: Word[] = [];
  let prevEnd = 0; // where the previous capitalised word ended
  for (const m of allMatches(CAPITALISED_WORD_RE, sentence)) {
    const word = m[0];
    const at = m.index;
    if ((word[0] as string) > 'Z' && !startsUpper(word)) continue; // A-Z need no Unicode check
    if (insideWord(sentence, at)) continue;
    let token = word;
    // Trailing punctuation is dropped unless the token is a dotted acronym ("U.S.").
    if (NAME_JOINERS.includes(word.at(-1) as string) && !ACRONYM_DOTS_RE.test(word)) token = word.replace(TRAILING_JOINERS_RE, '');
    const possessive = token.endsWith("'s") || token.endsWith('’s');
    if (possessive) token = token.slice(0, -2);
    const gap = sentence.slice(prevEnd, at);
    prevEnd = at + word.length;
    if (token === '') {
      open = close(runs, sentence, span.start, open);
      continue;
    }
    // A run goes on over single spaces and connectors ("Bank of England"); anything else ends it.
    if (open.length && gap !== ' ') {
      if (CONNECTOR_GAP_RE.test(gap)) {
        let connectorAt = at - gap.length + 1;
        for (const connector of gap.trim().split(' ')) {
          open.push({ text: connector, at: connectorAt });
          connectorAt += connector.length + 1;
        }
      } else open = close(runs, sentence, span.start, open);
    }
    open.push({ text: token, at });
    // "Russia's Defence Ministry" is two names.
    if (possessive) open = close(runs, sentence, span.start, open);
  }
  open = close(runs, sentence, span.start, open);
  return runs;
}

/** Ends the open run: adds what is left of it to runs, and returns a new, empty one. */
function close(runs: Run[], sentence: string, base: number, open: Word[]): Word[] {
  const run = open.length ? withoutSentenceInitial(sentence, base, open) : null;
  if (run) runs.push(run);
  return [];
}

/** A capital right after a letter or digit ("McDonald"), or after one and a joiner ("co-Founder"). */
function insideWord(sentence: string, at: number): boolean {
  const before = sentence[at - 1] ?? ' ';
  if (NAME_JOINERS.includes(before)) return LETTER_OR_DIGIT_RE.test(sentence[at - 2] ?? '');
  return before !== ' ' && LETTER_OR_DIGIT_RE.test(before);
}

/** The run less its sentence-initial capitals that say nothing about names: "The", "Instead". */
function withoutSentenceInitial(sentence: string, base: number, words: Word[]): Run | null {
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  // Initial: only openers (space, quotes, brackets) within six characters of the sentence's
  // start, or a sentence-ending mark before the openers ('…: "The').
  const before = sentence.slice(Math.max(0, first.at - 6), first.at).replace(/[\s"“‘'(\[]+$/, '');
  const initial = before === '' ? first.at <= 6 : /[:.!?]$/.test(before);
  let k = 0;
  if (initial && (CAPITALISED_FUNCTION_WORDS.has(first.text.toLowerCase()) || first.text.endsWith('ly'))) {
    k = 1;
    while (k < words.length && !startsUpper((words[k] as Word).text)) k++;
  }
  const kept = words.slice(k).map((w) => w.text);
  if (kept.length === 0 || (kept.length === 1 && kept[0] === 'I')) return null;
  return {
    start: base + (words[k] as Word).at,
    end: base + last.at + last.text.length,
    words: kept,
    initial: initial && k === 0,
  };
}
