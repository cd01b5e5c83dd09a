/**
 * Turns lexicon lists into regex sources, so that each rule's regex shows its grammar while
 * its words stay in lexicon.ts, the one place where word lists are edited.
 */

/** `(?:a|b|c)`: any one entry, tried in list order, with regex syntax characters escaped. */
export function anyOf(list: Iterable<string>): string {
  return `(?:${[...list].map((entry) => entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/**
 * Every match of a global regex, in order. Used instead of String.prototype.matchAll, which
 * copies the regex on every call: on one sentence the copy costs about as much as the scan.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global regex: ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return found;
}
