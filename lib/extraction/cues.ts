/**
 * Step 5a, cues: in one sentence, the reporting verb and the subject it attributes the
 * sentence to ("X said", "…," X said, "according to X"). Only the text of the sentence is
 * used; attribution.ts then resolves the subject against the rest of the article.
 */
import {
  AFTER_ATTRIBUTION,
  AFTER_TRAILING_SPEAKER,
  CAPITALISED_FUNCTION_WORDS,
  CLAUSE_WORDS,
  CUE_VERBS,
  INTRO_ADVERBS,
  INTRO_PHRASE_OPENERS,
  LAST_PERIODS,
  OTHER_PRONOUNS,
  PARTICIPLE_CUES,
  PERSON_PRONOUNS,
  SOURCE_DOCUMENTS,
  SPEAKING_NOUNS,
  STATEMENT_KINDS,
  SUBJECT_FILLERS,
  THIS_PERIODS,
  TRAILING_CUES,
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
/** A subject: a short stretch without clause punctuation, quotes or brackets. */
const NP = `[^,;:"“”()\\[\\]]{1,100}?`;

// Cheap gate: a sentence with no reporting word at all cannot be attributed.
const ANY_CUE_RE = new RegExp(`\\b(?:${CUE}|${TRAIL}|according to|${PARTICIPLE})\\b`);
// "However, …", "On Monday, …", "Speaking in Kyiv, …": set aside before looking for the subject.
const INTRO_RE = new RegExp(`^(?:(?:${anyOf(INTRO_ADVERBS)}|\\p{Lu}\\p{Ll}+ly)|${anyOf(INTRO_PHRASE_OPENERS)}\\b[^,"“”]{1,60}?),\\s+`, 'u');
// "X, who leads Y, said" and "Its director, J. R. Ellison, said".
const APPOSITIVE_RE = new RegExp(`^([^,;:"“”()]{1,80}),\\s+([^"“”;]{1,200}?),\\s+(${CUE})\\b`);
const NAME_LIKE_RE = /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u;
const LEADING_RE = new RegExp(`^(${NP})\\s+(${CUE})\\b`);
// "Smith has previously said", "Smith said last week", "Smith said in a statement on Monday".
const FILLER_TAIL_RE = new RegExp(
  `\\s+(?:${anyOf(SUBJECT_FILLERS)}|on \\p{Lu}\\p{Ll}+(?: \\d{1,2})?` +
    `|last (?:${anyOf(LAST_PERIODS)}|\\p{Lu}\\p{Ll}+)|this ${anyOf(THIS_PERIODS)}` +
    `|earlier (?:this|on) \\w+|in (?:a|an) ${anyOf(STATEMENT_KINDS)}(?: [^,]{0,40})?)$`,
  'u',
);
// Trailing attributions start after a comma, quote or similar, and govern what precedes them.
const ANCHOR_RE = /[,;:!?…"”’]+(?=\s)/g;
const TRAIL_ANY_RE = new RegExp(`\\s(?:${TRAIL})\\b`, 'g');
const TRAIL_NP_CUE_RE = new RegExp(`^\\s+(${NP})\\s+(${TRAIL})\\b([^"“”]*)$`);
const TRAIL_CUE_NP_RE = new RegExp(`^\\s+(${TRAIL})\\s+(${NP})(?=[,.;!?]|\\s+${anyOf(AFTER_TRAILING_SPEAKER)}\\b|$)([^"“”]*)$`);
const REST_OK_RE = new RegExp(`^\\s*(?:[.!?]*\\s*$|,|(?:${anyOf(AFTER_ATTRIBUTION)}|\\p{Lu})\\b)`, 'u');
const ACCORDING_RE = /\baccording to\s+([^,;:.()"“”]{2,80}?)(?=\s*(?:[,;:.()"“”]|$))/;
const SOURCE_DOCUMENT_RE = new RegExp(`^(?:${anyOf(SOURCE_DOCUMENTS)} (?:from|by)\\s+)`);
const PARTICIPLE_RE = new RegExp(`,\\s+(${PARTICIPLE})\\b`);
const LEAD_NP_RE = /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)(?=\s+\p{Ll})/u;

/** What one sentence says about its speaker, before pronouns and short names are resolved. */
export interface Cue {
  /** The subject as written: "he", "Mr Xi", "the ministry". */
  np: string;
  /** The reporting verb, lower-cased: "said", "according to". */
  cue: string;
  via: 'leading' | 'trailing' | 'according to' | 'participle';
}

/** The subject without what trails it before the verb; fillers can stack ("has also previously"). */
function cleanSubject(np: string): string {
  let s = np.trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER_TAIL_RE, '');
  }
  return s;
}

/** Could this be who spoke? A pronoun, a speaking noun, or a capitalised word that is not just grammar. */
function validSubject(np: string, midSentence: boolean): boolean {
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const lowered = words.map((w) => w.toLowerCase());
  if (lowered.some((w) => CLAUSE_WORDS.has(w) || CUE_WORDS.has(w))) return false;
  const l = np.toLowerCase();
  if (PERSON_PRONOUNS.has(l) || OTHER_PRONOUNS.has(l)) return true;
  if (lowered.some((w) => SPEAKING_NOUNS.has(withoutPossessive(w)))) return true;
  return words.some((w, i) => startsUpper(w) && (midSentence || i > 0 || !CAPITALISED_FUNCTION_WORDS.has(lowered[i] ?? '')));
}

/** The most specific shape that fits: appositive, leading, trailing, "according to", participle. */
export function findCue(sentence: string): Cue | null {
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
    const np = (m[1] ?? '').replace(SOURCE_DOCUMENT_RE, '').trim();
    if (validSubject(np, true)) return { np, cue: 'according to', via: 'according to' };
  }
  m = PARTICIPLE_RE.exec(sentence);
  if (m) {
    const lead = LEAD_NP_RE.exec(body)?.[1];
    if (lead && validSubject(lead, false)) return { np: lead, cue: norm(m[1]), via: 'participle' };
  }
  return null;
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
    if (m && REST_OK_RE.test(m[3] ?? '') && validSubject(m[1] ?? '', true)) return { np: m[1] ?? '', cue: norm(m[2]), via: 'trailing' };
    m = TRAIL_CUE_NP_RE.exec(tail);
    if (m && REST_OK_RE.test(m[3] ?? '') && validSubject(m[2] ?? '', true)) return { np: m[2] ?? '', cue: norm(m[1]), via: 'trailing' };
  }
  return null;
}

const norm = (cue: string | undefined): string => (cue ?? '').toLowerCase().replace(/\s+/g, ' ');
