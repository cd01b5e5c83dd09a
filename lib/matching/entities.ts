/**
 * Named entities of one sentence, read with the extractor's capitalised-run reader
 * (lib/extraction/capitals.ts), which works on a single sentence. The extractor's later steps
 * (names.ts: NameIndex, dropCommonInitials) want the whole article, so their one rule that
 * matters here is redone across the PAIR instead: a lone capitalised word that opens the
 * sentence ("Unemployment", "Brazil") is only a weak entity, and counts as shared only when the
 * other sentence has it as a real one (capitalised mid-sentence, or part of a longer name).
 *
 * Entities are compared by key: accents folded, lower case, titles and honorifics dropped
 * ("President Emmanuel Macron" → "emmanuel macron"). Keys match when equal, or when a one-word
 * key is the first or last word of a longer personal-looking key ("Macron", "Xi" / "Xi Jinping");
 * a longer key with a connector ("Bank of England") only matches in full.
 */
import { capitalRuns } from '@/lib/extraction/capitals';
import { isTitle } from '@/lib/extraction/names';
import { MONTHS, NAME_CONNECTORS, WEEKDAYS } from '@/lib/extraction/lexicon';
import { normalize } from './text';

export type Entity = {
  /** As written (without a title), for display. */
  text: string;
  key: string;
  words: readonly string[];
  /** A lone capitalised sentence-opening word: maybe just grammar. */
  weak: boolean;
};

const CONNECTORS = new Set(NAME_CONNECTORS.map((w) => w.toLowerCase()));
const CALENDAR = new Set([...Object.keys(MONTHS), ...WEEKDAYS.map((w) => w.toLowerCase())]);

export function readEntities(text: string): Entity[] {
  if (text === '') return [];
  const out: Entity[] = [];
  for (const run of capitalRuns(text, { start: 0, end: text.length })) {
    const firstName = run.words.findIndex((w) => !isTitle(w));
    if (firstName < 0) continue;
    const shown = run.words.slice(firstName);
    const keyWords = shown.map((w) => normalize(w).replace(/[.'’]/g, '')).filter((w) => w !== '');
    if (keyWords.length === 0 || keyWords.every((w) => CALENDAR.has(w) || CONNECTORS.has(w))) continue;
    const key = keyWords.join(' ');
    if (out.some((e) => e.key === key)) continue;
    out.push({ text: shown.join(' '), key, words: keyWords, weak: run.initial && run.words.length === 1 });
  }
  return out;
}

function keysMatch(a: Entity, b: Entity): boolean {
  if (a.key === b.key) return true;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length !== 1 || long.words.some((w) => CONNECTORS.has(w))) return false;
  return long.words[0] === short.key || long.words[long.words.length - 1] === short.key;
}

/** Entities of the candidate that the query also names, in the candidate's words. */
export function sharedEntities(query: readonly Entity[], candidate: readonly Entity[]): string[] {
  const out: string[] = [];
  for (const c of candidate) {
    const hit = query.some((q) => keysMatch(q, c) && !(q.weak && c.weak && q.words.length === 1 && c.words.length === 1));
    if (hit && !out.includes(c.text)) out.push(c.text);
  }
  return out;
}
