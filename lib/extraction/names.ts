/**
 * Step 4, names. Capitalised runs (capitals.ts) are the cheap, dictionary-free signal for named
 * actors: here they become people, organisations or other entities, and the full names that
 * later "Mr Xi" mentions resolve to.
 */
import type { Run } from './capitals';
import { HONORIFICS, ORG_WORDS, TITLES } from './lexicon';
import type { EntityType, ExtractedEntity } from './types';

/** Lower case without a final period, as the lists hold abbreviations: "Gen." -> "gen". */
function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
export const isTitle = (word: string): boolean => TITLES.has(bare(word));
const isHonorific = (word: string): boolean => HONORIFICS.has(bare(word));
const isOrgWord = (word: string): boolean => ORG_WORDS.has(word.toLowerCase());
/** A word that can be part of a person's full name: a capital, then lower case ("Xi", "O'Brien"). */
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]/u;

/** Full person names found anywhere in the article, keyed by each of their parts. */
export class NameIndex {
  private byPart = new Map<string, { full: string; titled: boolean }>();
  private honorificParts = new Set<string>();

  constructor(runsBySentence: Run[][]) {
    for (const runs of runsBySentence) for (const run of runs) this.add(run);
  }

  private add({ words }: Run): void {
    const lastTitle = words.findLastIndex(isTitle);
    const name = words.slice(lastTitle + 1);
    const prev = words[lastTitle];
    if (name.length === 1 && prev && isHonorific(prev)) this.honorificParts.add(name[0] as string);
    if (name.length < 2 || name.length > 4) return;
    if (!name.every((w) => NAME_WORD_RE.test(w) && !isOrgWord(w))) return;
    const full = name.join(' ');
    for (const part of name) {
      if (!this.byPart.has(part)) this.byPart.set(part, { full, titled: lastTitle >= 0 });
    }
  }

  /** "Xi" -> "Xi Jinping" when the article names him in full; null otherwise. */
  resolve(part: string, requirePerson: boolean): string | null {
    const hit = this.byPart.get(part);
    if (!hit) return null;
    if (!requirePerson || hit.titled) return hit.full;
    return hit.full.split(' ').some((w) => this.honorificParts.has(w)) ? hit.full : null;
  }

  /** The words are a full name the article gives with a title or an honorific somewhere. */
  isPerson(words: readonly string[]): boolean {
    const hit = this.byPart.get(words[0] ?? '');
    return !!hit && hit.full === words.join(' ') && (hit.titled || words.some((w) => this.honorificParts.has(w)));
  }
}

function entityType({ words }: Run, index: NameIndex): EntityType {
  if (words.some(isOrgWord)) return 'organization';
  const titleAt = words.findIndex(isTitle);
  // A title as the last word leaves no name to go with it.
  if (titleAt === words.length - 1) return 'other';
  if (titleAt >= 0) return 'person';
  return index.isPerson(words) || (words.length === 1 && index.resolve(words[0] as string, true)) ? 'person' : 'other';
}

/**
 * A lone capitalised word opening a sentence ("Critics", "Ministers") is a name only if the
 * article also capitalises it mid-sentence.
 */
export function dropCommonInitials(runs: Run[][]): Run[][] {
  const midCaps = new Set<string>();
  for (const sentence of runs) for (const r of sentence) if (!r.initial) for (const w of r.words) midCaps.add(w);
  const common = (r: Run): boolean => r.initial && r.words.length === 1 && !midCaps.has(r.words[0] ?? '') && !isOrgWord(r.words[0] ?? '');
  // Most sentences lose nothing; they keep their array instead of a filtered copy.
  return runs.map((sentence) => (sentence.some(common) ? sentence.filter((r) => !common(r)) : sentence));
}

export function toEntities(text: string, runs: Run[], index: NameIndex): ExtractedEntity[] {
  return runs.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type: entityType(r, index) }));
}
