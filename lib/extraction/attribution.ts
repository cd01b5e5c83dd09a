/**
 * Step 5, attribution: who said each sentence. cues.ts finds the subject a sentence names;
 * here pronouns and short names ("he", "Mr Xi") are resolved against the people and bodies
 * named so far, and speakers are carried across multi-sentence quotes, the way readers do.
 */
import { type Cue, findCue, withoutPossessive } from './cues';
import type { Span } from './html';
import {
  BODY_MARKERS,
  BODY_WORDS,
  FEMALE_MARKERS,
  GENERIC_BODIES,
  GROUP_HEADS,
  HONORIFICS,
  MALE_MARKERS,
  ORG_WORDS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
} from './lexicon';
import { type Run, startsUpper } from './capitals';
import { isTitle, type NameIndex } from './names';
import { continueQuotes, fillQuoteRuns, giveBack, quoteOpenAfter, startsWithQuote } from './quotes';
import { anyOf } from './regex';
import type { SpeakerType } from './types';

/** Who said a sentence, by which reporting verb, and how that was worked out. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  person: boolean;
  type: SpeakerType | null;
  role: string | null;
  via: Cue['via'] | 'quote run' | 'continued quote' | null;
}

export interface SentenceSpan extends Span {
  para: number;
}

const NONE: Attribution = { speaker: null, cue: null, person: false, type: null, role: null, via: null };
const PERSON_ROLE_RE = new RegExp(`\\b${anyOf(PERSON_ROLES)}$`, 'i');
// "J. R. Ellison": initials before a surname only ever name a person.
const INITIALS_NAME_RE = /^(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}+$/u;
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;

type Gender = 'male' | 'female';

interface Context {
  lastPerson: Resolved | null;
  /** People named or quoted so far, the latest last: where "he" and "she" look. */
  recent: Resolved[];
  /** What an honorific or a pronoun has shown about a person, by canonical name. */
  gender: Map<string, Gender>;
  /** Bodies that spoke under a name of several words, by its first word ("Cobalt" → "Cobalt Ferries Ltd"), the first winning. */
  shortNames: Map<string, string>;
  lastOther: Resolved | null;
  lastOrganisation: Resolved | null;
  /** Role words of people named so far ("minister" → "Helena Romero"), the latest winning. */
  people: Map<string, Resolved>;
  /** Named bodies by their last word, lower case ("board" → the words of "Brackenford Health Board"), the latest winning. */
  bodies: Map<string, string[]>;
}

interface Resolved {
  name: string;
  person: boolean;
  type: SpeakerType;
  role: string | null;
  /** For "the minister", "the board": the head noun to look up among those named before. */
  definite?: string;
}

/** What a subject refers to; memo holds the context-free answers, by subject text, for one article. */
function resolve(np: string, index: NameIndex, ctx: Context, memo: Map<string, Resolved | Pronoun>): Resolved | null {
  let r = memo.get(np);
  if (r === undefined) {
    r = resolveFixed(np, index);
    memo.set(np, r);
  }
  if (r === 'person pronoun') return lastOfGender(ctx, genderOf(np));
  if (r === 'other pronoun') return ctx.lastOther;
  if (r.definite) return resolveDefinite(r, r.definite, ctx);
  return r;
}

/**
 * "the minister" is the person last introduced with "minister" in their role; "the board" the body
 * last named with "Board" as its last word; "the company" the organisation that last spoke. What
 * nobody earlier matches is kept as written.
 */
function resolveDefinite(r: Resolved, head: string, ctx: Context): Resolved {
  if (r.person) {
    const who = ctx.people.get(head);
    return who ? { ...who, role: who.role ?? r.role } : r;
  }
  const named = ctx.bodies.get(head);
  if (named) return body(named.join(' ').replace(/^The\s+/, ''), 'organisation');
  // Only an organisation can be "the company": groups that spoke since ("independent experts") are skipped.
  if (GENERIC_BODIES.has(head) && ctx.lastOrganisation) return ctx.lastOrganisation;
  return r;
}

type Pronoun = 'person pronoun' | 'other pronoun';

const genderOf = (word: string): Gender | null => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_MARKERS.has(w) ? 'male' : FEMALE_MARKERS.has(w) ? 'female' : null;
};
const RECENT_PEOPLE = 6;
const firstPronoun = (text: string): string | undefined => /\b(?:he|him|his|she|her|its|itself)\b/i.exec(text)?.[0];

/**
 * Bodies, as readers see them: a name followed by "its" is a body even if it looks like a
 * person's ("Halvern Therapeutics said its pill …"), and a one-word body is the one named in
 * full earlier with that first word ("Halvern" after "Halvern Therapeutics").
 */
function asBody(ctx: Context, who: Resolved, after: string): Resolved {
  const words = who.name.split(' ');
  const its = who.person && !who.role && words.length > 1 && BODY_MARKERS.has((firstPronoun(after) ?? '').toLowerCase());
  const r = its ? body(who.name, 'organisation') : who;
  if (r.type !== 'organisation') return r;
  const first = words[0] ?? '';
  if (words.length === 1) return ctx.shortNames.has(first) ? body(ctx.shortNames.get(first) ?? first, 'organisation') : r;
  if (startsUpper(first) && !ctx.shortNames.has(first)) ctx.shortNames.set(first, r.name);
  return r;
}

/**
 * "she" is the latest person known to be a woman ("Ms Lee", "… said she"), "he" the latest man;
 * with nobody known to fit, the latest person not known not to fit, as readers guess.
 */
function lastOfGender(ctx: Context, gender: Gender | null): Resolved | null {
  if (!gender) return ctx.lastPerson;
  const known = ctx.recent.findLast((p) => ctx.gender.get(p.name) === gender);
  return known ?? ctx.recent.findLast((p) => !ctx.gender.has(p.name)) ?? ctx.lastPerson;
}

/** Records a person's gender from an honorific in the subject ("Ms Orr") or the first pronoun after it ("… said she"). */
function noteGender(ctx: Context, who: Resolved, np: string, after: string): void {
  if (!who.person || ctx.gender.has(who.name)) return;
  const fromName = np.split(/\s+/).map(genderOf).find(Boolean);
  const fromPronoun = firstPronoun(after);
  const g = fromName ?? (fromPronoun ? genderOf(fromPronoun) : null);
  if (g) ctx.gender.set(who.name, g);
}

// "the minister", "The board", "the secretary of state": one or two lower-case words after "the".
const DEFINITE_RE = /^[Tt]he\s+(?:\p{Ll}+\s+)?(\p{Ll}+)(?:\s+of\s+state)?$/u;

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
  const definite = DEFINITE_RE.exec(s)?.[1];
  if (definite && !isGroup(words)) {
    const asPerson = isTitle(definite) || PERSON_ROLE_RE.test(definite);
    return { ...(asPerson ? person(s, definite) : body(s, 'organisation')), definite };
  }
  // A name after a role ("union organiser Rhys Bevan") is a person, whatever body the role mentions.
  if (nameAfterRole(words) > 0) return resolveName(s, words, index);
  // The head decides before any organisation word inside: "a government spokesman" is a person, "union leaders" a group.
  if (PERSON_ROLE_RE.test(s)) return person(s, roleOf(words));
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (isGroup(words) && !ORG_WORDS.has(head)) return body(s, 'group');
  if (words.some((w) => ORG_WORDS.has(withoutPossessive(w.toLowerCase())))) return body(s, 'organisation');
  return resolveName(s, words, index);
}

/** A person's name, with whatever title or role comes before it; else a body as written. */
function resolveName(s: string, words: string[], index: NameIndex): Resolved {
  const lastTitle = words.findLastIndex((w) => isTitle(w) && startsUpper(w));
  const tail = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && tail.length && tail.every(startsUpper)) {
    const name = tail.length > 1 ? tail.join(' ') : (index.resolve(tail[0] ?? '', false) ?? s);
    return person(name, roleOf(words.slice(0, lastTitle + 1)));
  }
  const nameAt = nameAfterRole(words);
  if (nameAt > 0) return person(words.slice(nameAt).join(' '), roleOf(words.slice(0, nameAt)));
  if (words.length === 1 && startsUpper(s)) {
    // "Keller" after "Jonas Keller": a surname alone is the person named in full before.
    const full = index.resolve(s, true) ?? index.resolve(s, false);
    if (full && (full === s || full.endsWith(` ${s}`))) return person(full, null);
  }
  if (index.isPerson(words) || INITIALS_NAME_RE.test(s) || looksLikeFullName(words)) return person(s, null);
  return body(s, 'organisation');
}

/** "City comptroller Owen Pratt", "union organiser Rhys Bevan": where the name starts after a lower-case role, else -1. */
function nameAfterRole(words: string[]): number {
  const nameAt = words.findIndex((_, i) => words.slice(i).every((x) => NAME_WORD_RE.test(x)));
  const fits = nameAt > 0 && words.length - nameAt >= 2 && words.slice(0, nameAt).some((w) => !startsUpper(w));
  return fits && looksLikeFullName(words.slice(nameAt)) ? nameAt : -1;
}

/** Two or three capitalised words with no body word among them ("Dafydd Morgan"): most often a person. */
function looksLikeFullName(words: string[]): boolean {
  return words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD_RE.test(w) && !BODY_WORDS.has(w.toLowerCase()));
}

const person = (name: string, role: string | null): Resolved => ({ name, person: true, type: 'person', role });
const body = (name: string, type: SpeakerType): Resolved => ({ name, person: false, type, role: null });

/** "Chinese President" from "Chinese President Xi": the words before a name, without "the", "a" or "Mr". */
function roleOf(words: string[]): string | null {
  const kept = words.filter((w, i) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) && !(i === 0 && /^(?:the|a|an)$/i.test(w)));
  return kept.length ? kept.join(' ') : null;
}

/** "doctors", "local farmers", "Officials": a plural head noun speaks for a group, not one body. */
function isGroup(words: string[]): boolean {
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (GROUP_HEADS.has(head)) return true;
  // A capitalised plural after the first word is a name ("Dunmore Rovers"), not a group.
  return /[^su's]s$/.test(head) && (words.length === 1 || !startsUpper(words[words.length - 1] ?? ''));
}

/** `sentences[i]` is the text of `spans[i]`. */
export function attribute(sentences: string[], spans: SentenceSpan[], runs: Run[][], index: NameIndex): Attribution[] {
  const ctx: Context = {
    lastPerson: null,
    recent: [],
    lastOrganisation: null,
    gender: new Map(),
    shortNames: new Map(),
    lastOther: null,
    people: new Map(),
    bodies: new Map(),
  };
  // The same names recur sentence after sentence; resolving each text once is enough.
  const memo = new Map<string, Resolved | Pronoun>();
  const out: Attribution[] = [];
  const openStart: boolean[] = [];
  const openEnd: boolean[] = [];
  spans.forEach((span, i) => {
    const sentence = sentences[i] ?? '';
    const prev = spans[i - 1];
    // A paragraph that opens with a quotation mark while a quote is still open continues it.
    const reopened = !!prev && prev.para !== span.para && (openEnd[i - 1] ?? false) && startsWithQuote(sentence);
    const carried = reopened || (prev?.para === span.para && (openEnd[i - 1] ?? false));
    openStart.push(carried);
    // The mark opening a continued paragraph opens the quote again rather than closing it.
    openEnd.push(quoteOpenAfter(sentence, carried && !reopened));
    // Bodies named in this sentence count already: "… at Kestrel Bay International Airport, the airport said."
    for (const r of runs[i] ?? []) {
      const last = r.words[r.words.length - 1] ?? '';
      if (r.words.length > 1 && startsUpper(last)) ctx.bodies.set(last.toLowerCase(), r.words);
    }
    const found: Cue | null = findCue(sentence);
    // What follows the subject as written ("… said she", "… said its"); nothing when the subject was rewritten.
    const at = found ? sentence.indexOf(found.np) : -1;
    const after = found && at >= 0 ? sentence.slice(at + found.np.length) : '';
    const resolved = found ? resolve(found.np, index, ctx, memo) : null;
    const who = resolved && asBody(ctx, resolved, after);
    const a: Attribution =
      found && who
        ? { speaker: who.name, cue: found.cue, person: who.person, type: who.type, role: who.role ?? found.role ?? null, via: found.via }
        : NONE;
    out.push(a);
    if (found && who) noteGender(ctx, who, found.np, after);
    if (who && a.speaker) {
      if (who.person) ctx.lastPerson = who;
      else ctx.lastOther = who;
      if (who.type === 'organisation') ctx.lastOrganisation = who;
    }
    // A person named in passing is the likeliest referent of a later "he said".
    for (const r of runs[i] ?? []) {
      if (r.words.length > 1 && r.words.some(isTitle)) {
        const who2 = resolve(r.words.join(' '), index, ctx, memo);
        if (who2?.person) {
          noteGender(ctx, who2, r.words.join(' '), '');
          remember(ctx, who2);
        }
      }
    }
    if (who && a.person) remember(ctx, who);
  });
  fillQuoteRuns(spans, openStart, openEnd, out);
  giveBack(sentences, spans, openStart, out);
  fillQuoteRuns(spans, openStart, openEnd, out);
  continueQuotes(sentences, spans, out);
  // Once a run's opening sentence inherits a speaker, the rest of the run follows it.
  fillQuoteRuns(spans, openStart, openEnd, out);
  return out;
}

/** The person is now the likeliest "he" or "she", and "the minister" if their role says minister. */
function remember(ctx: Context, who: Resolved): void {
  ctx.lastPerson = who;
  ctx.recent = [...ctx.recent.filter((p) => p.name !== who.name).slice(1 - RECENT_PEOPLE), who];
  for (const w of (who.role ?? '').toLowerCase().split(/\s+/)) if (w && (isTitle(w) || PERSON_ROLE_RE.test(w))) ctx.people.set(w, who);
}
