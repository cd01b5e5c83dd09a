/**
 * Part of step 5, attribution: quotations. Which sentences are inside a quote that opened
 * earlier (double quotes, and British single quotes told apart from apostrophes), and how a
 * speaker is carried along a quotation: across the sentences and paragraphs of one quote, back
 * to a quotation attributed after it, and on to an unattributed quote that continues it.
 */
import type { Attribution, SentenceSpan } from './attribution';
import { FIRST_PERSON } from './lexicon';

/**
 * Quote marks open at the end of the sentence, given the state at its start. Double quotes
 * toggle; single quotes (British style) open only before a letter at the start or after a space,
 * and close only after punctuation, so that the apostrophes in "farmers' guild" and "don't" are
 * left alone.
 */
export function quoteOpenAfter(sentence: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  QUOTE_MARK_RE.lastIndex = 0;
  for (let m = QUOTE_MARK_RE.exec(sentence); m; m = QUOTE_MARK_RE.exec(sentence)) {
    const i = m.index;
    const c = sentence.charCodeAt(i);
    if (c === LDQ) open = true;
    else if (c === RDQ) open = false;
    else if (c === DQ) open = !open;
    else if (c === LSQ || c === SQ || c === RSQ) {
      const before = i > 0 ? sentence[i - 1] : ' ';
      const after = sentence[i + 1] ?? '';
      if (c !== RSQ && (before === ' ' || before === '(' || i === 0) && /\p{L}/u.test(after)) open = true;
      else if (c !== LSQ && before !== undefined && CLOSING_PUNCTUATION.includes(before)) open = false;
    }
  }
  return open;
}

const [DQ, LDQ, RDQ, SQ, LSQ, RSQ] = ['"', '“', '”', "'", '‘', '’'].map((q) => q.charCodeAt(0)) as [number, number, number, number, number, number];
const CLOSING_PUNCTUATION = ',.!?…';
// The native search finds the few marks faster than a loop over every character.
const QUOTE_MARK_RE = /["“”‘’']/g;
export const startsWithQuote = (s: string): boolean => /^(?:["“‘]|'\p{L})/u.test(s);
const hasQuote = (s: string): boolean => /["“”‘]|(?:^|\s)'\p{L}|[,.!?]['’]/u.test(s);

/** A quote spanning several sentences belongs to whoever the closing (or opening) sentence names. */
export function fillQuoteRuns(spans: SentenceSpan[], openStart: boolean[], openEnd: boolean[], out: Attribution[]): void {
  for (let i = 0; i < spans.length; i++) {
    if (!openEnd[i] || openStart[i]) continue;
    // The run goes on while the next sentence starts inside the quote, across paragraphs too.
    let j = i;
    while (j + 1 < spans.length && openStart[j + 1]) j++;
    const closing = out[j];
    const opening = out[i];
    const source = closing?.speaker ? closing : opening?.speaker ? opening : null;
    if (source) for (let k = i; k <= j; k++) if (!out[k]?.speaker) out[k] = { ...source, via: 'quote run' };
    i = j;
  }
}

/** "That was the verdict of X": the quotation just before, up to the paragraph above, is X's. */
export function giveBack(sentences: string[], spans: SentenceSpan[], openStart: boolean[], out: Attribution[]): void {
  for (let i = 1; i < spans.length; i++) {
    const a = out[i];
    if (a?.via !== 'back reference') continue;
    const para = spans[i]?.para ?? 0;
    for (let j = i - 1; j >= 0 && (spans[j]?.para ?? 0) >= para - 1 && !out[j]?.speaker; j--) {
      if (!openStart[j] && !hasQuote(sentences[j] ?? '')) break;
      out[j] = { ...a, via: 'quote run' };
    }
  }
}

const inFirstPerson = (s: string): boolean => s.split(/[^\p{L}]+/u).some((w) => FIRST_PERSON.has(w.toLowerCase()));

/**
 * Journalistic convention: an unattributed quote right after an attributed one continues it. A
 * quote in the first person after a person's reported speech ("He said his bills had tripled.
 * / 'Last winter I paid …'") is that person's too: only the speaker can say "I" there.
 */
export function continueQuotes(sentences: string[], spans: SentenceSpan[], out: Attribution[]): void {
  for (let i = 1; i < spans.length; i++) {
    const cur = out[i];
    const prev = out[i - 1];
    if (cur?.speaker || !prev?.speaker) continue;
    const s = sentences[i] ?? '';
    const p = sentences[i - 1] ?? '';
    const near = (spans[i]?.para ?? 0) - (spans[i - 1]?.para ?? 0) <= 1;
    if (near && startsWithQuote(s) && (hasQuote(p) || (prev.person && inFirstPerson(s)))) {
      out[i] = { ...prev, via: 'continued quote' };
    }
  }
}
