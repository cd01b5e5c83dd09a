/**
 * Step 5, attribution: who said each sentence. cues.ts finds the subject a sentence names;
 * here pronouns and short names ("he", "Mr Xi") are resolved against the people and bodies
 * named so far, and speakers are carried across multi-sentence quotes, the way readers do.
 */
import { type Cue, findCue, withoutPossessive } from './cues';
import type { Span } from './html';
import { ORG_WORDS, OTHER_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLES } from './lexicon';
import { type Run, startsUpper } from './capitals';
import { isTitle, type NameIndex } from './names';
import { anyOf } from './regex';

/** Who said a sentence, by which reporting verb, and how that was worked out. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  person: boolean;
  via: Cue['via'] | 'quote run' | 'continued quote' | null;
}

export interface SentenceSpan extends Span {
  para: number;
}

const NONE: Attribution = { speaker: null, cue: null, person: false, via: null };
const PERSON_ROLE_RE = new RegExp(`\\b${anyOf(PERSON_ROLES)}$`, 'i');

interface Context {
  lastPerson: string | null;
  lastOther: string | null;
}

interface Resolved {
  name: string;
  person: boolean;
}

/** What a subject refers to; memo holds the context-free answers, by subject text, for one article. */
function resolve(np: string, index: NameIndex, ctx: Context, memo: Map<string, Resolved | Pronoun>): Resolved | null {
  let r = memo.get(np);
  if (r === undefined) {
    r = resolveFixed(np, index);
    memo.set(np, r);
  }
  if (r === 'person pronoun') return ctx.lastPerson ? { name: ctx.lastPerson, person: true } : null;
  if (r === 'other pronoun') return ctx.lastOther ? { name: ctx.lastOther, person: false } : null;
  return r;
}

type Pronoun = 'person pronoun' | 'other pronoun';

/** The part of resolve that depends only on the subject and the article's names. */
function resolveFixed(np: string, index: NameIndex): Resolved | Pronoun {
  // "the Fed" and "The Environment Agency" name the body itself; "the health board" is kept as written.
  const s = np
    .trim()
    .replace(/^[Tt]he\s+(?=\p{Lu})/u, '')
    .replace(/[.,]+$/, '');
  const l = s.toLowerCase();
  if (PERSON_PRONOUNS.has(l)) return 'person pronoun';
  if (OTHER_PRONOUNS.has(l)) return 'other pronoun';
  const words = s.split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(withoutPossessive(w.toLowerCase())))) return { name: s, person: false };
  const lastTitle = words.findLastIndex((w) => isTitle(w) && startsUpper(w));
  const tail = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && tail.length && tail.every(startsUpper)) {
    if (tail.length > 1) return { name: tail.join(' '), person: true };
    return { name: index.resolve(tail[0] ?? '', false) ?? s, person: true };
  }
  if (words.length === 1 && startsUpper(s)) {
    const full = index.resolve(s, true);
    if (full) return { name: full, person: true };
  }
  return { name: s, person: PERSON_ROLE_RE.test(s) || index.isPerson(s.split(' ')) };
}

/** Quote marks open at the end of the sentence, given the state at its start. */
function quoteOpenAfter(sentence: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (const mark of sentence.match(/["“”]/g) ?? []) open = mark === '“' ? true : mark === '”' ? false : !open;
  return open;
}

const startsWithQuote = (s: string): boolean => /^["“]/.test(s);
const hasQuote = (s: string): boolean => /["“”]/.test(s);

/** `sentences[i]` is the text of `spans[i]`. */
export function attribute(sentences: string[], spans: SentenceSpan[], runs: Run[][], index: NameIndex): Attribution[] {
  const ctx: Context = { lastPerson: null, lastOther: null };
  // The same names recur sentence after sentence; resolving each text once is enough.
  const memo = new Map<string, Resolved | Pronoun>();
  const out: Attribution[] = [];
  const openStart: boolean[] = [];
  const openEnd: boolean[] = [];
  spans.forEach((span, i) => {
    const sentence = sentences[i] ?? '';
    const prev = spans[i - 1];
    const carried = prev && prev.para === span.para ? (openEnd[i - 1] ?? false) : false;
    openStart.push(carried);
    openEnd.push(quoteOpenAfter(sentence, carried));
    const found: Cue | null = findCue(sentence);
    const who = found ? resolve(found.np, index, ctx, memo) : null;
    const a: Attribution = found && who ? { speaker: who.name, cue: found.cue, person: who.person, via: found.via } : NONE;
    out.push(a);
    if (a.speaker) {
      if (a.person) ctx.lastPerson = a.speaker;
      else ctx.lastOther = a.speaker;
    }
    // A person named in passing is the likeliest referent of a later "he said".
    for (const r of runs[i] ?? []) {
      if (r.words.length > 1 && r.words.some(isTitle)) {
        const who2 = resolve(r.words.join(' '), index, ctx, memo);
        if (who2?.person) ctx.lastPerson = who2.name;
      }
    }
    if (a.speaker && a.person) ctx.lastPerson = a.speaker;
  });
  fillQuoteRuns(spans, openStart, openEnd, out);
  continueQuotes(sentences, spans, out);
  // Once a run's opening sentence inherits a speaker, the rest of the run follows it.
  fillQuoteRuns(spans, openStart, openEnd, out);
  return out;
}

/** A quote spanning several sentences belongs to whoever the closing (or opening) sentence names. */
function fillQuoteRuns(spans: SentenceSpan[], openStart: boolean[], openEnd: boolean[], out: Attribution[]): void {
  for (let i = 0; i < spans.length; i++) {
    if (!openEnd[i] || openStart[i]) continue;
    let j = i + 1;
    while (j < spans.length && spans[j]?.para === spans[i]?.para && openEnd[j]) j++;
    if (j >= spans.length || spans[j]?.para !== spans[i]?.para) j = j - 1;
    const closing = out[j];
    const opening = out[i];
    const source = closing?.speaker ? closing : opening?.speaker ? opening : null;
    if (source) for (let k = i; k <= j; k++) if (!out[k]?.speaker) out[k] = { ...source, via: 'quote run' };
    i = j;
  }
}

/** Journalistic convention: an unattributed quote right after an attributed one continues it. */
function continueQuotes(sentences: string[], spans: SentenceSpan[], out: Attribution[]): void {
  for (let i = 1; i < spans.length; i++) {
    const cur = out[i];
    const prev = out[i - 1];
    if (cur?.speaker || !prev?.speaker) continue;
    const s = sentences[i] ?? '';
    const p = sentences[i - 1] ?? '';
    const near = (spans[i]?.para ?? 0) - (spans[i - 1]?.para ?? 0) <= 1;
    if (near && startsWithQuote(s) && hasQuote(p)) {
      out[i] = { ...prev, via: 'continued quote' };
    }
  }
}
