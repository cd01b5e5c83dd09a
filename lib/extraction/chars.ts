/**
 * Character tests on UTF-16 code units for the hot loops. Each one answers exactly what the
 * regex named in its comment would for a single code unit, without building a one-character
 * string and running a regex on it.
 */

/** `/\s/` (and what String.prototype.trim strips): ECMAScript WhiteSpace and LineTerminator. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `/[A-Za-z0-9_]/`, i.e. what `\w` and `\b` count as a word character without the u flag. */
export function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u` on one code unit (a lone surrogate is neither). */
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT_RE.test(String.fromCharCode(c));
}

// Lower-casing the same few thousand words again for every sentence was a visible share of the
// run time (toLowerCase on two-byte strings is slow). The cache lives for one extraction:
// extractArticle clears it so it never keeps a previous article's text alive; the size cap
// only matters for callers that use the rules directly.
const lowerCache = new Map<string, string>();
const LOWER_CACHE_MAX = 50_000;

/** `w.toLowerCase()`, memoised: meant for words and short phrases, not whole sentences. */
export function lower(w: string): string {
  let l = lowerCache.get(w);
  if (l === undefined) {
    if (lowerCache.size >= LOWER_CACHE_MAX) lowerCache.clear();
    l = w.toLowerCase();
    lowerCache.set(w, l);
  }
  return l;
}

export function clearWordCache(): void {
  lowerCache.clear();
}
