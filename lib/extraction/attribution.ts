import * as chars from './chars';
import type { Span } from './html';
import type { Run, NameIndex } from './names';
import * as nameRules from './names';
import * as lexicon from './lexicon';

// Bound once at load. Compiled to CommonJS (tsx runs the benchmark and scripts), every use of an
// imported name is a getter call, and the per-word code below makes hundreds of thousands of them.
const { lower } = chars;
const {
  CAPITALISED_FUNCTION_WORDS, CLAUSE_WORDS, CUE_VERBS, ORG_WORDS, OTHER_PRONOUNS,
  PARTICIPLE_CUES, PERSON_PRONOUNS, SPEAKING_NOUNS, TRAILING_CUES,
} = lexicon;
const { isTitle } = nameRules;

/** Who said a sentence, by which reporting verb, and how that was worked out. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  person: boolean;
  via: 'leading' | 'trailing' | 'according to' | 'participle' | 'quote run' | 'continued quote' | null;
}

export interface SentenceSpan extends Span {
  para: number;
}

const NONE: Attribution = { speaker: null, cue: null, person: false, via: null };
const alt = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const CUE = alt(CUE_VERBS);
const TRAIL = alt([...TRAILING_CUES.filter((c) => !c.includes(' ')), 'told']);
const NP = `[^,;:"“”()\\[\\]]{1,100}?`;
const LEADING_RE = new RegExp(`^(${NP})\\s+(${CUE})\\b`);
// "X, who leads Y, said" and "Its director, J. R. Ellison, said".
const APPOSITIVE_RE = new RegExp(`^([^,;:"“”()]{1,80}),\\s+([^"“”;]{1,200}?),\\s+(${CUE})\\b`);
const SINGLE_CUES = new Set(CUE_VERBS.filter((c) => !c.includes(' ')));
const NAME_LIKE_RE = /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u;
const TRAIL_NP_CUE_RE = new RegExp(`^\\s+(${NP})\\s+(${TRAIL})\\b([^"“”]*)$`);
const TRAIL_CUE_NP_RE = new RegExp(`^\\s+(${TRAIL})\\s+(${NP})(?=[,.;!?]|\\s+(?:in|on|at|during|after|before|to|via|from|when|while|last|this)\\b|$)([^"“”]*)$`);
const ACCORDING_RE = /\baccording to\s+([^,;:.()"“”]{2,80}?)(?=\s*(?:[,;:.()"“”]|$))/;
const PARTICIPLE_RE = new RegExp(`,\\s+(${alt(PARTICIPLE_CUES)})\\b`);
const LEAD_NP_RE = /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)(?=\s+\p{Ll})/u;
// Cheap gate: a sentence with no reporting word at all cannot be attributed.
const ANY_CUE_RE = new RegExp(`\\b(?:${CUE}|${TRAIL}|according to|${alt(PARTICIPLE_CUES)})\\b`);
const TRAIL_ANY_RE = new RegExp(`\\s(?:${TRAIL})\\b`, 'g');
const ANCHOR_RE = /[,;:!?…"”’]+(?=\s)/g;
const INTRO_RE = /^(?:(?:However|Instead|Separately|Meanwhile|Earlier|Later|Also|Previously|Still|Yet|Now|Elsewhere|Again|Domestically|Internationally|Overall|\p{Lu}\p{Ll}+ly)|(?:On|In|At|After|Before|During|Speaking|Asked|Last|Earlier|Later|Since|Following|Writing)\b[^,"“”]{1,60}?),\s+/u;
const FILLER_TAIL_RE =
  /\s+(?:has|have|had|also|previously|repeatedly|again|publicly|recently|later|earlier|once|always|already|in the past|on \p{Lu}\p{Ll}+(?: \d{1,2})?|last (?:week|month|year|night|\p{Lu}\p{Ll}+)|this (?:week|month|year|morning|afternoon|evening)|earlier (?:this|on) \w+|in (?:a|an) (?:statement|interview|speech|post|letter|briefing)(?: [^,]{0,40})?)$/u;
const REST_OK_RE = /^\s*(?:[.!?]*\s*$|,|(?:in|on|at|during|after|before|to|via|from|when|while|last|this|earlier|later|of|by|reporters|journalists|\p{Lu})\b)/u;

interface Raw {
  np: string;
  cue: string;
  via: NonNullable<Attribution['via']>;
}

function cleanSubject(np: string): string {
  let s = np.trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(FILLER_TAIL_RE, '');
  }
  return s;
}

function validSubject(np: string, midSentence: boolean): boolean {
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  if (words.some((w) => CLAUSE_WORDS.has(lower(w)) || SINGLE_CUES.has(lower(w)))) return false;
  const l = lower(np);
  if (PERSON_PRONOUNS.has(l) || OTHER_PRONOUNS.has(l)) return true;
  if (words.some((w) => SPEAKING_NOUNS.has(lowerSingular(w)))) return true;
  return words.some((w, i) => /^\p{Lu}/u.test(w) && (midSentence || i > 0 || !CAPITALISED_FUNCTION_WORDS.has(lower(w))));
}

/** `w.toLowerCase().replace(/['’]s$/, '')`: the word without a possessive. */
function lowerSingular(w: string): string {
  const l = lower(w);
  const n = l.length;
  return n >= 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019) ? l.slice(0, -2) : l;
}

function findRaw(sentence: string): Raw | null {
  if (!ANY_CUE_RE.test(sentence)) return null;
  const body = sentence.replace(INTRO_RE, '');
  let m = APPOSITIVE_RE.exec(body);
  if (m) {
    const head = cleanSubject(m[1] ?? '');
    const apposition = (m[2] ?? '').trim();
    const np = NAME_LIKE_RE.test(apposition) && apposition.split(/\s+/).length <= 5 ? apposition : head;
    if (validSubject(head, false) && validSubject(np, true)) return { np, cue: norm(m[3]), via: 'leading' };
  }
  m = LEADING_RE.exec(body);
  if (m) {
    const np = cleanSubject(m[1] ?? '');
    if (validSubject(np, false)) return { np, cue: norm(m[2]), via: 'leading' };
  }
  const trailing = findTrailing(sentence);
  if (trailing) return trailing;
  m = ACCORDING_RE.exec(sentence);
  if (m) {
    const np = (m[1] ?? '').replace(/^(?:(?:data|figures|statistics|estimates|a (?:statement|report|survey|study|tally)) (?:from|by)\s+)/, '').trim();
    if (validSubject(np, true)) return { np, cue: 'according to', via: 'according to' };
  }
  m = PARTICIPLE_RE.exec(sentence);
  if (m) {
    const lead = LEAD_NP_RE.exec(body)?.[1];
    if (lead && validSubject(lead, false)) return { np: lead, cue: norm(m[1]), via: 'participle' };
  }
  return null;
}

function findTrailing(sentence: string): Raw | null {
  const cues: number[] = [];
  TRAIL_ANY_RE.lastIndex = 0;
  for (let c = TRAIL_ANY_RE.exec(sentence); c; c = TRAIL_ANY_RE.exec(sentence)) cues.push(c.index);
  if (!cues.length) return null;
  const anchors: number[] = [];
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(sentence); a; a = ANCHOR_RE.exec(sentence)) anchors.push(a.index + a[0].length);
  // The attribution closest to the end of the sentence governs it.
  for (let i = anchors.length - 1; i >= 0 && i >= anchors.length - 12; i--) {
    const at = anchors[i] ?? 0;
    // Only anchors with a reporting verb shortly after them can start an attribution.
    if (!cues.some((c) => c >= at && c <= at + 110)) continue;
    const tail = sentence.slice(at);
    let m = TRAIL_NP_CUE_RE.exec(tail);
    if (m && REST_OK_RE.test(m[3] ?? '') && validSubject(m[1] ?? '', true)) return { np: m[1] ?? '', cue: norm(m[2]), via: 'trailing' };
    m = TRAIL_CUE_NP_RE.exec(tail);
    if (m && REST_OK_RE.test(m[3] ?? '') && validSubject(m[2] ?? '', true)) return { np: m[2] ?? '', cue: norm(m[1]), via: 'trailing' };
  }
  return null;
}

const norm = (cue: string | undefined): string => (cue ?? '').toLowerCase().replace(/\s+/g, ' ');

const PERSON_ROLES = /\b(?:spokes(?:man|woman|person)|official|minister|president|analyst|expert|lawyer|prosecutor|diplomat|aide|adviser|advisor|officer|commander|leader|executive|chairman|chairwoman|director|senator|governor|mayor|judge|witness|resident|doctor|economist|author|researcher|scientist)$/i;

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
  const s = np.trim().replace(/^[Tt]he\s+(?=\p{Lu})/u, '').replace(/[.,]+$/, '');
  const l = lower(s);
  if (PERSON_PRONOUNS.has(l)) return 'person pronoun';
  if (OTHER_PRONOUNS.has(l)) return 'other pronoun';
  const words = s.split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(lowerSingular(w)))) return { name: s, person: false };
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (isTitle(w) && /^\p{Lu}/u.test(w)) lastTitle = i;
  });
  const tail = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && tail.length && tail.every((w) => /^\p{Lu}/u.test(w))) {
    if (tail.length > 1) return { name: tail.join(' '), person: true };
    return { name: index.resolve(tail[0] ?? '', false) ?? s, person: true };
  }
  if (words.length === 1 && /^\p{Lu}/u.test(s)) {
    const full = index.resolve(s, true);
    if (full) return { name: full, person: true };
  }
  return { name: s, person: PERSON_ROLES.test(s) || index.isPerson(s) };
}

/** Quote marks open at the end of the sentence, given the state at its start. */
function quoteOpenAfter(sentence: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  if (!hasQuote(sentence)) return open;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
  }
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
    const raw = findRaw(sentence);
    const who = raw ? resolve(raw.np, index, ctx, memo) : null;
    const a: Attribution = raw && who ? { speaker: who.name, cue: raw.cue, person: who.person, via: raw.via } : NONE;
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
