/**
 * Part of step 5, attribution: role words. A speaker given only as a noun phrase ("the harbour
 * master", "a council spokeswoman", "the acting chief executive") is one person, and the role is
 * the head of that phrase: the longest entry of ROLE_NOUNS that ends it, with the rank words
 * before it ("acting"), but not what says whose role it is ("council", "hospital").
 */
import { ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon';

const ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS);
const LONGEST_ROLE = Math.max(...ROLE_NOUNS.map((r) => r.split(' ').length));
const bare = (w: string): string => w.toLowerCase().replace(/[.,]+$/, '');

/** The role a noun phrase ends in, as written ("harbour master" from "the harbour master"), or null. */
export function roleHead(words: readonly string[]): string | null {
  const lower = words.map(bare);
  for (let k = Math.min(LONGEST_ROLE, lower.length); k >= 1; k--) {
    if (!ROLES.has(lower.slice(-k).join(' '))) continue;
    let from = lower.length - k;
    while (from > 0 && ROLE_MODIFIERS.has(lower[from - 1] ?? '')) from--;
    return words
      .slice(from)
      .map((w) => w.replace(/[.,]+$/, ''))
      .join(' ');
  }
  return null;
}

/** One word is a role noun by itself ("minister", "master"): what "the minister" can point back to. */
export const isRoleWord = (word: string): boolean => ROLES.has(bare(word));
