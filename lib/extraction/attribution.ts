/**
 * Step 5, attribution: who said each sentence. cues.ts finds the subject a sentence names;
 * here pronouns and short names ("he", "Mr Xi") are resolved against the people and bodies
 * named so far, and speakers are carried across multi-sentence quotes, the way readers do.
 */
import { type Cue, findCue } from './cues';
import type { Span } from './html';
import { BODY_MARKERS, FEMALE_MARKERS, GENERIC_BODIES, MALE_MARKERS } from './lexicon';
import { type Run, startsUpper } from './capitals';
import { interviewTurns, type Turn } from './interview';
import { isTitle, type NameIndex } from './names';
import { continueQuotes, fillQuoteRuns, giveBack, quoteOpenAfter, startsWithQuote } from './quotes';
import { isRoleWord } from './roles';
import { body, type Pronoun, type Resolved, resolveFixed } from './speakers';
import type { SpeakerType } from './types';

/** Who said a sentence, by which reporting verb, and how that was worked out. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  person: boolean;
  type: SpeakerType | null;
  role: string | null;
  via: Cue['via'] | 'quote run' | 'continued quote' | 'interview' | null;
  /** The words the text uses for the speaker here ("Ms Romero", "he", "a spokeswoman"), or null. */
  mention: string | null;
}

export interface SentenceSpan extends Span {
  para: number;
}

const NONE: Attribution = { speaker: null, cue: null, person: false, type: null, role: null, via: null, mention: null };

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
  /** The role the text last gave each person, by canonical name: "Ms Talbot added" keeps "harbour master". */
  roles: Map<string, string>;
  /** Named bodies by their last word, lower case ("board" → the words of "Brackenford Health Board"), the latest winning. */
  bodies: Map<string, string[]>;
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
    roles: new Map(),
    bodies: new Map(),
  };
  // The same names recur sentence after sentence; resolving each text once is enough.
  const memo = new Map<string, Resolved | Pronoun>();
  const out: Attribution[] = [];
  const openStart: boolean[] = [];
  const openEnd: boolean[] = [];
  const turns = interviewTurns(
    sentences,
    spans.map((s) => s.para),
    runs,
    index,
  );
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
    const [a, who] = speakerOf(sentence, turns[i] ?? null, ctx, (np) => resolve(np, index, ctx, memo));
    out.push(a);
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
    if (who?.person) remember(ctx, who);
  });
  fillQuoteRuns(spans, openStart, openEnd, out);
  giveBack(sentences, spans, openStart, out);
  fillQuoteRuns(spans, openStart, openEnd, out);
  continueQuotes(sentences, spans, out);
  // Once a run's opening sentence inherits a speaker, the rest of the run follows it.
  fillQuoteRuns(spans, openStart, openEnd, out);
  return out;
}

/**
 * Who said one sentence, by its own words: the subject of its reporting verb, resolved. An
 * interview's layout speaks for a sentence only when the sentence names no speaker itself; its
 * label ("OKAFOR: ") is skipped before looking.
 */
function speakerOf(sentence: string, turn: Turn | null, ctx: Context, resolveNp: (np: string) => Resolved | null): [Attribution, Resolved | null] {
  const text = turn?.skip ? sentence.slice(turn.skip) : sentence;
  const found: Cue | null = findCue(text);
  // What follows the subject as written ("… said she", "… said its"); nothing when the subject was rewritten.
  const at = found ? text.indexOf(found.np) : -1;
  const after = found && at >= 0 ? text.slice(at + found.np.length) : '';
  const resolved = found ? resolveNp(found.np) : null;
  const who = resolved && asBody(ctx, resolved, after);
  if (!found || !who) {
    if (!turn?.speaker) return [NONE, null];
    const guest: Resolved = { name: turn.speaker, person: true, type: 'person', role: ctx.roles.get(turn.speaker) ?? null };
    return [{ speaker: guest.name, cue: null, person: true, type: 'person', role: guest.role, via: 'interview', mention: turn.mention }, guest];
  }
  noteGender(ctx, who, found.np, after);
  if (who.person) ctx.lastPerson = who;
  else ctx.lastOther = who;
  if (who.type === 'organisation') ctx.lastOrganisation = who;
  const role = who.role ?? found.role ?? (who.person ? ctx.roles.get(who.name) : null) ?? null;
  if (who.person && role) ctx.roles.set(who.name, role);
  const mention = withoutFinalStop(found.np.trim());
  return [
    { speaker: who.name, cue: found.cue, person: who.person, type: who.type, role, via: found.via, mention },
    who.role === role ? who : { ...who, role },
  ];
}

/** "Mr Xi." without its final period or comma; most subjects have none, and need no regex. */
function withoutFinalStop(np: string): string {
  let end = np.length;
  while (end > 0 && (np[end - 1] === '.' || np[end - 1] === ',')) end--;
  return end === np.length ? np : np.slice(0, end);
}

/** The person is now the likeliest "he" or "she", and "the minister" if their role says minister. */
function remember(ctx: Context, who: Resolved): void {
  ctx.lastPerson = who;
  ctx.recent = [...ctx.recent.filter((p) => p.name !== who.name).slice(1 - RECENT_PEOPLE), who];
  for (const w of (who.role ?? '').toLowerCase().split(/\s+/)) if (w && (isTitle(w) || isRoleWord(w))) ctx.people.set(w, who);
}
