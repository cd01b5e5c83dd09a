/**
 * Step 5a, cues: in one sentence, the reporting verb and the subject it attributes the
 * sentence to ("X said", "…," X said, "according to X"). Only the text of the sentence is
 * used; attribution.ts then resolves the subject against the rest of the article.
 */
import {
  AFTER_ATTRIBUTION,
  AFTER_TRAILING_SPEAKER,
  CAPITALISED_FUNCTION_WORDS,
  CHARACTERISING_VERBS,
  CLAUSE_WORDS,
  CUE_VERBS,
  INTRO_ADVERBS,
  INTRO_PHRASE_OPENERS,
  LAST_PERIODS,
  OTHER_PRONOUNS,
  PARTICIPLE_CUES,
  PAST_VERBS,
  PERSON_PRONOUNS,
  DOCUMENT_NOUNS,
  SOURCE_DOCUMENTS,
  SOURCE_VERBS,
  SPEAKING_NOUNS,
  STATEMENT_KINDS,
  SUBJECT_BREAKS,
  SUBJECT_DETERMINERS,
  SUBJECT_FILLERS,
  SUBJECT_POSTMODIFIERS,
  THIS_PERIODS,
  TRAILING_CUES,
  VERDICT_NOUNS,
} from './lexicon';
import { startsUpper } from './capitals';
import { allMatches, anyOf } from './regex';

export const withoutPossessive = (w: string): string => w.replace(/['’]s$/, '');

/** Cues as an alternation: longest first, so "calls for" wins over "calls"; any spacing inside. */
const cueAlternation = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

const CUE = cueAlternation(CUE_VERBS);
const TRAIL = cueAlternation(TRAILING_CUES);
const PARTICIPLE = cueAlternation(PARTICIPLE_CUES);
const CUE_WORDS = new Set(CUE_VERBS);
const PAST_VERB_SET = new Set(PAST_VERBS);
/** A subject: a short stretch without clause punctuation, quotes or brackets. */
const NP = `[^,;:"“”()\\[\\]]{1,100}?`;

// Cheap gate: a sentence with no reporting word at all cannot be attributed.
const ANY_CUE_RE = new RegExp(`\\b(?:${CUE}|${TRAIL}|[Aa]ccording to|${PARTICIPLE})\\b`);
// ", Dr. Ingrid Solberg." after a role: up to five capitalised words (initials and titles allowed) ending the sentence.
const ROLE_THEN_NAME_RE = /^,\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Lu}[\p{L}'’-]+)\s*[.!?]?$/u;
const ANY_SOURCE_RE = new RegExp(`\\s${anyOf(SOURCE_VERBS)}\\b`);
// "However, …", "On Monday, …", "Speaking in Kyiv, …": set aside before looking for the subject.
const INTRO_RE = new RegExp(`^(?:(?:${anyOf(INTRO_ADVERBS)}|\\p{Lu}\\p{Ll}+ly)|${anyOf(INTRO_PHRASE_OPENERS)}\\b[^,"“”]{1,60}?),\\s+`, 'u');
// "X, who leads Y, said" and "Its director, J. R. Ellison, said".
const APPOSITIVE_RE = new RegExp(`^([^,;:"“”()]{1,80}),\\s+([^"“”;]{1,200}?),\\s+(${CUE})\\b`);
const NAME_LIKE_RE = /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u;
// "Governor X called the report 'a fiction'", "X dismissed the study as partisan": a verdict on something is
// a claim by whoever gives it; a quotation or "as" after the object tells these verbs from "called a meeting".
const CHARACTERISING_RE = new RegExp(`^(${NP})\\s+(${anyOf(CHARACTERISING_VERBS)})\\s+[^"“”‘.;]{1,80}?(?:\\sas\\s+\\S|\\s["“‘'])`);
const LEADING_RE = new RegExp(`^(${NP})\\s+(${CUE})\\b`);
// "Smith has previously said", "Smith said last week", "Smith said in a statement on Monday".
const FILLER_TAIL_RE = new RegExp(
  `\\s+(?:${anyOf(SUBJECT_FILLERS)}|on \\p{Lu}\\p{Ll}+(?: \\d{1,2})?` +
    `|last (?:${anyOf(LAST_PERIODS)}|\\p{Lu}\\p{Ll}+)|this ${anyOf(THIS_PERIODS)}` +
    `|earlier (?:this|on) \\w+|in (?:a|an) ${anyOf(STATEMENT_KINDS)}(?: [^,]{0,40})?)$`,
  'u',
);
// Trailing attributions start after a comma, quote or similar, and govern what precedes them;
// a straight single quote closes a British quotation ("…,' said Professor Moss").
const ANCHOR_RE = /[,;:!?…"”’']+(?=\s)/g;
// "That was the verdict of Dr Farouk", "That was how Dafydd Morgan, 54, described the morning":
// the quotation before this sentence is the named person's.
const BACKREF_SPEAKER_RE = new RegExp(
  `^(?:That|This|Those|Such) (?:was|were|is|are) (?:how|the ${anyOf(VERDICT_NOUNS)} of) (\\p{Lu}[^,;:"“”()]{1,60}?)(?=,|\\s+\\p{Ll}+ed\\b|[.!?]?$)`,
  'u',
);
const TRAIL_ANY_RE = new RegExp(`\\s(?:${TRAIL})\\b`, 'g');
const TRAIL_NP_CUE_RE = new RegExp(`^\\s+(${NP})\\s+(${TRAIL})\\b([^"“”]*)$`);
const TRAIL_CUE_NP_RE = new RegExp(`^\\s+(${TRAIL})\\s+(${NP})(?=[,.;!?]|\\s+${anyOf(AFTER_TRAILING_SPEAKER)}\\b|$)([^"“”]*)$`);
// `…," Estmark's defence minister, Jonas Keller, told state television.`: a role and a name, in either order.
const TRAIL_APPOSITION_RE = new RegExp(`^\\s+(${NP}),\\s+(${NP}),\\s+(${TRAIL})\\b([^"“”]*)$`);
const TOLD_OBJECT_RE = /^\s+[^,;]{1,40}?[.!?]?$/;
const REST_OK_RE = new RegExp(`^\\s*(?:[.!?]*\\s*$|,|(?:${anyOf(AFTER_ATTRIBUTION)}|\\p{Lu})\\b)`, 'u');
const ACCORDING_RE = /\b[Aa]ccording to\s+([^,;:.()"“”]{2,80}?)(?=\s*(?:[,;:.()"“”]|$))/;
const OWN_DOCUMENT_RE = new RegExp(`^(?:its|their)\\s+(?:\\w+\\s+)?${anyOf(DOCUMENT_NOUNS)}$`);
// The subject that owns it: "The airport handled …", "Brightpath, a children's charity, spent …".
const OWN_SUBJECT_RE = /^([Tt]he\s+\p{Ll}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?=,|\s+\p{Ll})/u;
const SOURCE_DOCUMENT_RE = new RegExp(`^(?:${anyOf(SOURCE_DOCUMENTS)} (?:from|by)\\s+)`);
const PARTICIPLE_RE = new RegExp(`,\\s+(${PARTICIPLE})\\b`);
const LEAD_NP_RE = /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)(?=\s+\p{Ll})/u;

// "Data from the grid operator show …", "A survey by the association found …", "Auditors rated …":
// a subject of up to 14 words, an appositive allowed ("Data from Westvale Water, the local utility, show").
const SOURCE_RE = new RegExp(
  `^([^,;:"“”()]{2,100}?(?:,\\s+(?:the|a|an)\\s+[^,;:"“”()]{2,40},)?)\\s+(?:has\\s+|have\\s+)?(${anyOf(SOURCE_VERBS)})\\b(?!\\s+out\\b)`,
);
// "…, the filings show." and "…, a survey has found.": the source after the claim.
const TRAIL_SOURCE_RE = new RegExp(`,\\s+([^,;:"“”()]{2,60}?)\\s+(?:has\\s+|have\\s+)?(${anyOf(SOURCE_VERBS)})[.!]?$`);
// Who stands behind a document: "data from X", "a survey of 400 firms by X", "the bureau's data".
// Only a document names its owner this way: in "records obtained by the Ledger" the Ledger is not the source.
const DOCUMENT_OWNER_RE = new RegExp(
  `^(?:(?:a|an|the)\\s+)?${anyOf(DOCUMENT_NOUNS)}\\b.*?\\s(?:from|by)\\s+(.+)$|^(.+?)['’]s\\s+${anyOf(DOCUMENT_NOUNS)}$`,
  'i',
);

/** A source that is not a person speaking: data, records, a survey; or whoever stands behind it. */
function findSource(sentence: string, body: string): Cue | null {
  const m = SOURCE_RE.exec(body) ?? TRAIL_SOURCE_RE.exec(sentence);
  if (!m) return null;
  const subject = (m[1] ?? '').replace(/,\s+(?:the|a|an)\s+[^,]+,?$/, '').replace(/,.*$/, '');
  const owner = DOCUMENT_OWNER_RE.exec(subject);
  const np = nounPhraseOnly(cleanSubject((owner?.[1] ?? owner?.[2] ?? subject).trim()));
  if (np.split(/\s+/).length > 8 || !validSubject(np, true)) return null;
  return { np, cue: norm(m[2]), via: 'source' };
}

/** What one sentence says about its speaker, before pronouns and short names are resolved. */
export interface Cue {
  /** The subject as written: "he", "Mr Xi", "the ministry". */
  np: string;
  /** The reporting verb, lower-cased: "said", "according to". */
  cue: string;
  via: 'leading' | 'trailing' | 'according to' | 'participle' | 'back reference' | 'source' | 'characterisation';
  /** The role the sentence gives beside the name ("the authority's chief executive"), when it does. */
  role?: string;
}

/** The subject without what trails it before the verb; fillers can stack ("has also previously"). */
function cleanSubject(np: string): string {
  let s = np.trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER_TAIL_RE, '');
  }
  return nounPhraseOnly(s);
}

const isSpeakingPlural = (w: string): boolean => /s$/.test(w) && SPEAKING_NOUNS.has(w.toLowerCase());
const isVerbLike = (w: string): boolean => /^\p{Ll}+ed$/u.test(w) || PAST_VERB_SET.has(w);

/**
 * A speaker is a name or a noun phrase, never a clause: "Local farmers praised the scheme but"
 * (before "said it came too late") is "Local farmers". Post-modifiers go too: "Bank records
 * obtained by the Ledger" → "Bank records", "Tom Hargreaves of the Save the Ashe campaign" →
 * "Tom Hargreaves", "Parents at the hearing" → "Parents".
 */
function nounPhraseOnly(np: string): string {
  const words = np.split(/\s+/);
  // No name contains "but": the subject is the clause's, up to its first verb.
  if (words.some((w) => SUBJECT_BREAKS.has(w))) {
    const verb = words.findIndex((w, i) => i > 0 && isVerbLike(w));
    return verb > 0 ? words.slice(0, verb).join(' ') : np;
  }
  // "obtained by", "reviewed by": a participle phrase describing the head.
  const participle = words.findIndex((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w) && words[i + 1] === 'by');
  if (participle > 0) return words.slice(0, participle).join(' ');
  // "of the …", "at the …" after a full name or a plural: which one, not who.
  // "Analysts at Carrow Securities": before a name too, when the head is a plural speaking noun, since
  // the analysts spoke, not the firm ("Friends of Fenwick Libraries", a name, has no such head).
  const prep = words.findIndex(
    (w, i) => i > 0 && SUBJECT_POSTMODIFIERS.has(w) && (/^\p{Ll}/u.test(words[i + 1] ?? '') || isSpeakingPlural(words[i - 1] ?? '')),
  );
  if (prep > 0) {
    const head = words.slice(0, prep);
    const lastHead = head[head.length - 1] ?? '';
    const fullName = head.length >= 2 && head.every(startsUpper);
    if (fullName || /[^s']s$/.test(lastHead)) return head.join(' ');
  }
  return np;
}

/** Could this be who spoke? A pronoun, a speaking noun, or a capitalised word that is not just grammar. */
function validSubject(np: string, midSentence: boolean): boolean {
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const lowered = words.map((w) => w.toLowerCase());
  if (lowered.some((w) => CLAUSE_WORDS.has(w) || CUE_WORDS.has(w))) return false;
  // "…, announced by the minister": a passive agent, and the sentence's subject is not the speaker.
  if (lowered[0] === 'by' || lowered.includes('us') || lowered.includes('we')) return false;
  // "Neither side's claims", "the union's claim": a possessive before the cue makes the cue a noun.
  if (/['’]s$/.test(words[words.length - 1] ?? '')) return false;
  const l = np.toLowerCase();
  if (PERSON_PRONOUNS.has(l) || OTHER_PRONOUNS.has(l)) return true;
  if (lowered.some((w) => SPEAKING_NOUNS.has(withoutPossessive(w)))) return true;
  if (words.some((w, i) => startsUpper(w) && (midSentence || i > 0 || !CAPITALISED_FUNCTION_WORDS.has(lowered[i] ?? '')))) return true;
  // "the operator", "a spokeswoman", "its auditors": a short determiner-led noun phrase with no verb in it.
  return words.length <= 5 && SUBJECT_DETERMINERS.has(lowered[0] ?? '') && words.length > 1 && !lowered.slice(1).some(isVerbLike);
}

/**
 * "Marcia Delgado, the authority's chief executive, said": an apposition that is a noun phrase (a
 * determiner first, no clause in it) gives the speaker's role; "who chairs the panel" and "54" do not.
 */
function appositionRole(apposition: string): string | null {
  const words = apposition.split(/\s+/);
  const lowered = words.map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 8 || !SUBJECT_DETERMINERS.has(lowered[0] ?? '')) return null;
  if (lowered.some((w) => CLAUSE_WORDS.has(w) || CUE_WORDS.has(w) || isVerbLike(w))) return null;
  return /^(?:the|a|an)$/.test(lowered[0] ?? '') ? words.slice(1).join(' ') : apposition;
}

/** The most specific shape that fits: appositive, leading, trailing, "according to", participle. */
export function findCue(sentence: string): Cue | null {
  const back = BACKREF_SPEAKER_RE.exec(sentence);
  if (back && validSubject(back[1] ?? '', true)) return { np: back[1] ?? '', cue: 'back reference', via: 'back reference' };
  const body = sentence.replace(INTRO_RE, '');
  const verdict = CHARACTERISING_RE.exec(body);
  if (verdict) {
    const np = cleanSubject(verdict[1] ?? '');
    if (validSubject(np, false)) return { np, cue: norm(verdict[2]), via: 'characterisation' };
  }
  if (!ANY_CUE_RE.test(sentence)) return ANY_SOURCE_RE.test(sentence) ? findSource(sentence, body) : null;
  let m = APPOSITIVE_RE.exec(body);
  if (m) {
    const head = cleanSubject(m[1] ?? '');
    const apposition = (m[2] ?? '').trim();
    const np = NAME_LIKE_RE.test(apposition) && apposition.split(/\s+/).length <= 5 ? apposition : head;
    if (validSubject(head, false) && validSubject(np, true)) {
      // "The harbour master, Gwen Talbot, said": a noun phrase before the name gives the role as well.
      const role = appositionRole(np === head ? apposition : head);
      return role ? { np, cue: norm(m[3]), via: 'leading', role } : { np, cue: norm(m[3]), via: 'leading' };
    }
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
    // "…, according to its annual report": the document is the sentence subject's own.
    const own = OWN_DOCUMENT_RE.test(m[1] ?? '') ? OWN_SUBJECT_RE.exec(body)?.[1] : undefined;
    const np = own ?? (m[1] ?? '').replace(SOURCE_DOCUMENT_RE, '').trim();
    if (validSubject(np, true)) return { np, cue: 'according to', via: 'according to' };
  }
  m = PARTICIPLE_RE.exec(sentence);
  if (m) {
    const lead = LEAD_NP_RE.exec(body)?.[1];
    if (lead && validSubject(lead, false)) return { np: lead, cue: norm(m[1]), via: 'participle' };
  }
  return findSource(sentence, body);
}

/** The name of a role-and-name pair before a trailing cue is who spoke; the other half is their role. */
function trailingApposition(tail: string): Cue | null {
  const m = TRAIL_APPOSITION_RE.exec(tail);
  // "told" takes whom it was told to: "told state television", "told the inquiry".
  if (!m || !(REST_OK_RE.test(m[4] ?? '') || (norm(m[3]) === 'told' && TOLD_OBJECT_RE.test(m[4] ?? '')))) return null;
  const [a, b] = [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  const isName = (x: string): boolean => NAME_LIKE_RE.test(x) && x.split(/\s+/).length <= 5;
  const [np, role] = isName(b) && !isName(a) ? [b, a] : isName(a) && !isName(b) ? [a, appositionRole(b)] : [null, null];
  if (!np || !validSubject(np, true)) return null;
  return role ? { np, cue: norm(m[3]), via: 'trailing', role } : { np, cue: norm(m[3]), via: 'trailing' };
}

/** `…," the minister said.` and `…," said Smith on Monday.` */
function findTrailing(sentence: string): Cue | null {
  const cueAt = allMatches(TRAIL_ANY_RE, sentence).map((c) => c.index);
  if (!cueAt.length) return null;
  const anchors = allMatches(ANCHOR_RE, sentence).map((a) => a.index + a[0].length);
  // The attribution closest to the end of the sentence governs it.
  for (let i = anchors.length - 1; i >= 0 && i >= anchors.length - 12; i--) {
    const at = anchors[i] ?? 0;
    // Only anchors with a reporting verb shortly after them can start an attribution.
    if (!cueAt.some((c) => c >= at && c <= at + 110)) continue;
    const tail = sentence.slice(at);
    let m = TRAIL_NP_CUE_RE.exec(tail);
    if (m && REST_OK_RE.test(m[3] ?? '') && validSubject(m[1] ?? '', true))
      return { np: nounPhraseOnly(m[1] ?? ''), cue: norm(m[2]), via: 'trailing' };
    m = TRAIL_CUE_NP_RE.exec(tail);
    // "told the inquiry": after "told" comes the listener, never the speaker.
    if (m && norm(m[1]) !== 'told' && REST_OK_RE.test(m[3] ?? '') && validSubject(m[2] ?? '', true)) {
      // `…," said Halvern's chief medical officer, Dr. Ingrid Solberg.`: the name after the role is who spoke.
      const named = ROLE_THEN_NAME_RE.exec(m[3] ?? '');
      if (named && /\p{Ll}/u.test(m[2] ?? '')) return { np: named[1] ?? '', cue: norm(m[1]), via: 'trailing', role: (m[2] ?? '').trim() };
      return { np: nounPhraseOnly(m[2] ?? ''), cue: norm(m[1]), via: 'trailing' };
    }
    const appositive = trailingApposition(tail);
    if (appositive) return appositive;
  }
  return null;
}

const norm = (cue: string | undefined): string => (cue ?? '').toLowerCase().replace(/\s+/g, ' ');
