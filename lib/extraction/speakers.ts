/**
 * Part of step 5, attribution: what a subject names, from its words and the article's names
 * alone: a pronoun, a person (with the role before the name, or the role the noun phrase itself
 * is: "the harbour master"), a body, or a group. attribution.ts adds what depends on context.
 */
import { startsUpper } from './capitals';
import { withoutPossessive } from './cues';
import { BODY_WORDS, GROUP_HEADS, HONORIFICS, ORG_WORDS, OTHER_PRONOUNS, PERSON_PRONOUNS } from './lexicon';
import { isTitle, type NameIndex } from './names';
import { isRoleWord, roleHead } from './roles';
import type { SpeakerType } from './types';

// "J. R. Ellison": initials before a surname only ever name a person.
const INITIALS_NAME_RE = /^(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}+$/u;
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;

export type Pronoun = 'person pronoun' | 'other pronoun';

export interface Resolved {
  name: string;
  person: boolean;
  type: SpeakerType;
  role: string | null;
  /** For "the minister", "the board": the head noun to look up among those named before. */
  definite?: string;
}

// "the minister", "The board", "the secretary of state": one or two lower-case words after "the".
const DEFINITE_RE = /^[Tt]he\s+(?:\p{Ll}+\s+)?(\p{Ll}+)(?:\s+of\s+state)?$/u;

/** The part of resolve that depends only on the subject and the article's names. */
export function resolveFixed(np: string, index: NameIndex): Resolved | Pronoun {
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
  const role = roleHead(words);
  if (definite && !isGroup(words)) {
    const asPerson = isTitle(definite) || isRoleWord(definite);
    return { ...(asPerson ? person(s, role ?? definite) : body(s, 'organisation')), definite };
  }
  // A name after a role ("union organiser Rhys Bevan") is a person, whatever body the role mentions.
  if (nameAfterRole(words) > 0) return resolveName(s, words, index);
  // The head decides before any organisation word inside: "a government spokesman" is a person, "union leaders" a group.
  if (role) return person(s, role);
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
  // "Harbour Master Gwen Talbot", "Coroner Ann Bell": a capitalised role noun before a full name.
  const lastRole = words.findLastIndex((w) => isRoleWord(w) && startsUpper(w));
  if (lastRole >= 0 && looksLikeFullName(words.slice(lastRole + 1)))
    return person(words.slice(lastRole + 1).join(' '), roleOf(words.slice(0, lastRole + 1)));
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

export const person = (name: string, role: string | null): Resolved => ({ name, person: true, type: 'person', role });
export const body = (name: string, type: SpeakerType): Resolved => ({ name, person: false, type, role: null });

/** "Chinese President" from "Chinese President Xi": the words before a name, without "the", "a" or "Mr". */
function roleOf(words: string[]): string | null {
  const kept = words.filter((w, i) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) && !(i === 0 && /^(?:the|a|an)$/i.test(w)));
  return kept.length ? kept.join(' ') : null;
}

/** "doctors", "local farmers", "Officials": a plural head noun speaks for a group, not one body. */
export function isGroup(words: string[]): boolean {
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (GROUP_HEADS.has(head)) return true;
  // A capitalised plural after the first word is a name ("Dunmore Rovers"), not a group.
  return /[^su's]s$/.test(head) && (words.length === 1 || !startsUpper(words[words.length - 1] ?? ''));
}
