/**
 * Tokens for alignment: runs of letters/digits (a word), runs of whitespace, and single other
 * characters (punctuation, symbols), so that every character belongs to exactly one token and
 * a token never splits a surrogate pair. Scanned by character code rather than with a Unicode
 * regex over the whole text: one pass, no match objects, which matters at a million characters.
 */

/** Token boundaries as parallel arrays: token k is text.slice(starts[k], ends[k]). */
export type Tokens = { starts: Int32Array; ends: Int32Array; count: number };

const WORD_RE = /^[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /^\s/;

const enum Kind {
  Word,
  Space,
  Other,
}

function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return Kind.Word;
    if (c === 32 || (c >= 9 && c <= 13)) return Kind.Space;
    return Kind.Other;
  }
  const ch = text.slice(i, c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1);
  if (WORD_RE.test(ch)) return Kind.Word;
  return SPACE_RE.test(ch) ? Kind.Space : Kind.Other;
}

/** Width in UTF-16 units of the character at i (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, (to - from) >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let i = from;
  while (i < to) {
    const kind = kindAt(text, i);
    let j = i + widthAt(text, i);
    if (kind !== Kind.Other) {
      while (j < to && kindAt(text, j) === kind) j += widthAt(text, j);
    }
    if (j > to) j = to;
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      const e2 = new Int32Array(cap);
      s2.set(starts);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
    starts[count] = i;
    ends[count] = j;
    count++;
    i = j;
  }
  return { starts, ends, count };
}

/** Whether token k is whitespace only. */
export function isSpace(text: string, tokens: Tokens, k: number): boolean {
  return kindAt(text, tokens.starts[k] ?? 0) === Kind.Space;
}

/**
 * Interns token strings as small integers shared by both texts, so that comparing two tokens
 * is comparing two numbers.
 */
export class TokenIds {
  private readonly ids = new Map<string, number>();

  idsOf(text: string, tokens: Tokens): Int32Array {
    const out = new Int32Array(tokens.count);
    for (let k = 0; k < tokens.count; k++) {
      const key = text.slice(tokens.starts[k], tokens.ends[k]);
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      out[k] = id;
    }
    return out;
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  get size(): number {
    return this.ids.size;
  }
}
