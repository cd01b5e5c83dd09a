/**
 * Part of step 5, attribution: interviews. In a Q&A or a transcript the answers carry no
 * quotation marks and no "she said": the layout says who speaks. Three layouts are read, and
 * only when the article keeps to one of them, so that a first-person line in ordinary
 * reporting is never handed to whoever was named last:
 * - "Q:" / "A:" paragraphs (at least two of each, two answers in the first person): an answer is
 *   the interviewee's;
 * - name labels in capitals ("OKAFOR: We changed it once."), at least two labels used at least
 *   twice each: a line is the labelled person's, the full name when the article gives it;
 * - questions as paragraphs of their own ("Why have bills gone up?"), each followed by an
 *   unquoted answer in the first person singular, at least twice: the answers are the interviewee's.
 * An unlabelled paragraph right after an answer continues it only while it is in the first
 * person and unquoted. The interviewee is the person the introduction (the paragraphs before
 * the first question) names most often, the first named on a tie.
 */
import type { Run } from './capitals';
import { BODY_WORDS, FIRST_PERSON, FIRST_PERSON_SINGULAR, ORG_WORDS } from './lexicon';
import { isTitle, type NameIndex } from './names';
import { isRoleWord } from './roles';

/** What the layout says about one sentence: the label to skip before reading it, and who speaks. */
export interface Turn {
  /** Characters of a label ("Q: ", "OKAFOR: ") at the start of the sentence, to skip when looking for a cue. */
  skip: number;
  /** The speaker's canonical name; null for the interviewer's questions when the article does not name them. */
  speaker: string | null;
  /** How the text refers to the speaker here: the label as written, or the name in the introduction. */
  mention: string | null;
}

interface Paragraph {
  first: number;
  last: number;
  /** The article's sentences, shared: this paragraph's are first..last. */
  all: string[];
  /** "Q", "A" or a name label as written ("OKAFOR"); null for a paragraph without one. */
  label: string | null;
  /** Length of the label with its colon and spaces. */
  skip: number;
}

const QA_LABEL_RE = /^(Q|A|Question|Answer)\s*:\s+/;
// "OKAFOR:", "TOM HAVERLEY:": one to three words in capitals, letters only, then a colon.
const NAME_LABEL_RE = /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,2})\s*:\s+/u;
const QUOTE_RE = /["“”‘]|(?:^|\s)'\p{L}/u;
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;
const MIN_TURNS = 2;
/** The longest label: three words in capitals and the spaces between. */
const MAX_LABEL = 40;
const NOBODY: Turn = { skip: 0, speaker: null, mention: null };

/** Whether any sentence of the paragraph passes the test. */
function some(p: Paragraph, test: (s: string) => boolean): boolean {
  for (let i = p.first; i <= p.last; i++) if (test(p.all[i] ?? '')) return true;
  return false;
}
const hasWord = (p: Paragraph, words: ReadonlySet<string>): boolean => some(p, (s) => s.split(/[^\p{L}]+/u).some((w) => words.has(w.toLowerCase())));
const quoted = (p: Paragraph): boolean => some(p, (s) => QUOTE_RE.test(s));
const endsWithQuestionMark = (s: string): boolean => {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i] ?? '')) i--;
  return s[i] === '?';
};
const inFirstPerson = (p: Paragraph): boolean => hasWord(p, FIRST_PERSON);
const isQuestion = (p: Paragraph): boolean => p.label === null && endsWithQuestionMark(p.all[p.last] ?? '') && !quoted(p);
const isAnswerLike = (p: Paragraph | undefined): boolean => !!p && p.label === null && !quoted(p) && inFirstPerson(p);
// An explainer's "What happens next? / We expect …" speaks for the paper: an answer has to say "I" somewhere.
const saysI = (p: Paragraph | undefined): boolean => !!p && hasWord(p, FIRST_PERSON_SINGULAR);
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** Turns by sentence (null: the layout says nothing about it); only labels to skip unless the article is an interview. */
export function interviewTurns(sentences: string[], paras: number[], runs: Run[][], index: NameIndex): (Turn | null)[] {
  const paragraphs = toParagraphs(sentences, paras);
  const out: (Turn | null)[] = sentences.map(() => null);
  // A label is skipped before looking for a cue whatever the layout ("UPDATE: The council said …").
  for (const p of paragraphs) if (p.label !== null) out[p.first] = { ...NOBODY, skip: p.skip };
  const labels = layoutLabels(paragraphs);
  const pairs = paragraphs.filter((p, k) => isQuestion(p) && isAnswerLike(paragraphs[k + 1]) && saysI(paragraphs[k + 1])).length;
  const unlabelled = labels.size === 0 && pairs >= MIN_TURNS;
  if (!labels.size && !unlabelled) return out;
  const firstQuestion = paragraphs.findIndex((p) => (unlabelled ? isQuestion(p) : labels.has(p.label ?? '')));
  const guest = interviewee(runs.slice(0, paragraphs[firstQuestion]?.first ?? 0), index);
  const guestTurn: Turn = { skip: 0, speaker: guest?.name ?? null, mention: guest?.mention ?? null };
  let current: Turn | null = null;
  let afterQuestion = false;
  for (const p of paragraphs.slice(firstQuestion)) {
    const label = p.label !== null && labels.has(p.label) ? p.label : null;
    if (label !== null) current = labelled(label, guestTurn, index);
    else if (p.label !== null || quoted(p)) current = null;
    else if (unlabelled && isQuestion(p)) current = NOBODY;
    // Without labels, the paragraph right after a question is its answer, whatever its person.
    else if (unlabelled && afterQuestion) current = guestTurn;
    else if (!current?.speaker || !inFirstPerson(p)) current = null;
    afterQuestion = unlabelled && isQuestion(p);
    if (!current) continue;
    for (let i = p.first; i <= p.last; i++) out[i] = { ...current, skip: i === p.first && label !== null ? p.skip : 0 };
  }
  return out;
}

/**
 * The labels the article is laid out by: "Q" at least twice and "A" at least twice in the first
 * person, or two or more names used at least twice each.
 */
function layoutLabels(paragraphs: Paragraph[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) if (p.label) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
  // An explainer's "Q: What is the levy? A: The levy is …" answers for the paper: someone has to say "I" or "we".
  const spoken = paragraphs.filter((p) => p.label === 'A' && inFirstPerson(p)).length;
  if ((counts.get('Q') ?? 0) >= MIN_TURNS && spoken >= MIN_TURNS) return new Set(['Q', 'A']);
  const names = [...counts].filter(([label, n]) => n >= MIN_TURNS && label !== 'Q' && label !== 'A').map(([label]) => label);
  return new Set(names.length >= 2 ? names : []);
}

/** Who speaks under a label: the interviewee for "A", nobody known for "Q", else the named person. */
function labelled(label: string, guest: Turn, index: NameIndex): Turn {
  if (label === 'A') return guest;
  if (label === 'Q') return NOBODY;
  // "MR OKAFOR" is Okafor: the full name when the article gives it.
  const words = label
    .split(/\s+/)
    .map(titleCase)
    .filter((w, i, all) => i === all.length - 1 || !isTitle(w));
  const full = words.length === 1 ? (index.resolve(words[0] ?? '', false) ?? words[0] ?? '') : words.join(' ');
  return { skip: 0, speaker: withoutRole(full.split(' ')).join(' '), mention: label };
}

/** "Presenter Tom Haverley" at a sentence start: a title or role before a full name is not part of it. */
function withoutRole(words: string[]): string[] {
  let k = 0;
  while (words.length - k > 2 && (isTitle(words[k] ?? '') || isRoleWord(words[k] ?? ''))) k++;
  return words.slice(k);
}

/** Paragraphs, split again where a sentence opens with a label ("Q: How many? A: We recorded 1,140."). */
function toParagraphs(sentences: string[], paras: number[]): Paragraph[] {
  const out: Paragraph[] = [];
  sentences.forEach((s, i) => {
    // Most sentences have no colon near their start: no label, and no regex run.
    const colon = s.indexOf(':');
    const qa = colon > 0 && colon <= MAX_LABEL ? QA_LABEL_RE.exec(s) : null;
    const m = qa ?? (colon > 0 && colon <= MAX_LABEL ? NAME_LABEL_RE.exec(s) : null);
    const last = out[out.length - 1];
    if (last && paras[i] === paras[i - 1] && !m) {
      last.last = i;
      return;
    }
    // "Question:" counts as "Q", "Answer:" as "A".
    const label = qa ? (qa[1] ?? '').charAt(0) : (m?.[1] ?? null);
    out.push({ first: i, last: i, all: sentences, label, skip: m?.[0].length ?? 0 });
  });
  return out;
}

interface Guest {
  name: string;
  mention: string;
}

/** The person the introduction names most often (full name, or surname after it), the first on a tie. */
function interviewee(intro: Run[][], index: NameIndex): Guest | null {
  const seen = new Map<string, { count: number; mention: string }>();
  for (const r of intro.flat()) {
    const words = withoutRole(r.words.slice(r.words.findLastIndex(isTitle) + 1));
    if (!words.every((w) => NAME_WORD_RE.test(w) && !BODY_WORDS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()))) continue;
    const full = words.length >= 2 && words.length <= 3 ? words.join(' ') : words.length === 1 ? index.resolve(words[0] ?? '', false) : null;
    if (!full || full.split(' ').length < 2) continue;
    const hit = seen.get(full);
    if (hit) hit.count++;
    else seen.set(full, { count: 1, mention: words.join(' ') });
  }
  let best: Guest | null = null;
  let most = 0;
  for (const [name, { count, mention }] of seen) {
    if (count > most) [best, most] = [{ name, mention }, count];
  }
  return best;
}
