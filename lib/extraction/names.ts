import type { ExtractedEntity, EntityType } from './types';
import type { Span } from './html';
import { CAPITALISED_FUNCTION_WORDS, HONORIFICS, NAME_CONNECTORS, ORG_WORDS, TITLES } from './lexicon';

/**
 * Capitalised runs ("Chinese President Xi Jinping", "Russia's Defence Ministry") are the
 * cheap, dictionary-free signal for named actors, and the source of the full names that
 * later "Mr Xi" mentions resolve to.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Run extends Span {
  tokens: Token[];
  /** Starts its sentence, so its capital may be grammar rather than a name. */
  initial: boolean;
}

// Explicit ranges instead of \p{Lu}: property classes make this global scan ~10x slower.
const CAP_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F][A-Za-z0-9'’.&\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF-]*/g;
const ACRONYM_DOTS_RE = /^(?:\p{L}\.){2,}$/u;
const CONNECTOR_GAP_RE = /^ (?:of|for|de|del|der|van|von|al|bin|la|le|du|da|dos)(?: the)? $/;

const bare = (t: string): string => t.toLowerCase().replace(/\.$/, '');
export const isTitle = (t: string): boolean => TITLES.has(bare(t));
export const isHonorific = (t: string): boolean => HONORIFICS.has(bare(t));

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** Capitalised runs inside one sentence; offsets are absolute. */
export function capitalRuns(text: string, span: Span): Run[] {
  const s = text.slice(span.start, span.end);
  const runs: Run[] = [];
  let cur: Token[] = [];
  let prevEnd = -2;
  const close = (): void => {
    if (cur.length) runs.push(toRun(cur, span.start));
    cur = [];
  };
  // Only capitalised words are visited: scanning for them is far cheaper than tokenising everything.
  CAP_RE.lastIndex = 0;
  for (let m = CAP_RE.exec(s); m; m = CAP_RE.exec(s)) {
    const at = m.index;
    if (m[0].charCodeAt(0) > 127 && !/^\p{Lu}/u.test(m[0])) continue;
    const before = s.charCodeAt(at - 1);
    // A capital inside a word ("McDonald", "co-Founder") does not start a name.
    if (at > 0 && (isWordChar(before) || (/['’.&-]/.test(s[at - 1] ?? '') && isWordChar(s.charCodeAt(at - 2))))) continue;
    let tok = m[0];
    if (!ACRONYM_DOTS_RE.test(tok)) tok = tok.replace(/[.'’&-]+$/, '');
    const possessive = /['’]s$/.test(tok);
    if (possessive) tok = tok.slice(0, -2);
    const gap = cur.length ? s.slice(prevEnd, at) : '';
    prevEnd = at + m[0].length;
    if (tok === '') {
      close();
      continue;
    }
    if (gap === ' ') {
      // adjacent: extend the run
    } else if (gap && CONNECTOR_GAP_RE.test(gap)) {
      let pos = at - gap.length + 1;
      for (const w of gap.trim().split(' ')) {
        cur.push({ text: w, start: pos, end: pos + w.length });
        pos += w.length + 1;
      }
    } else close();
    cur.push({ text: tok, start: at, end: at + tok.length });
    if (possessive) close();
  }
  close();
  return runs.flatMap((r) => trimSentenceInitial(s, r, span.start));
}

function toRun(tokens: Token[], base: number): Run {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return {
    start: base + first.start,
    end: base + last.end,
    tokens: tokens.map((t) => ({ text: t.text, start: base + t.start, end: base + t.end })),
    initial: false,
  };
}

// Sentence-initial capitals say nothing about names: "The", "Instead", "Domestically".
function trimSentenceInitial(s: string, run: Run, base: number): Run[] {
  let tokens = run.tokens;
  const first = tokens[0];
  if (!first) return [];
  const at = first.start - base;
  const before = s.slice(Math.max(0, at - 6), at).replace(/[\s"“‘'(\[]+$/, '');
  const initial = (before === '' && at <= 6) || /[:.!?]$/.test(before);
  if (initial && (CAPITALISED_FUNCTION_WORDS.has(first.text.toLowerCase()) || /ly$/.test(first.text))) {
    tokens = tokens.slice(1);
    while (tokens[0] && !/^\p{Lu}/u.test(tokens[0].text)) tokens = tokens.slice(1);
  }
  if (tokens.length === 1 && tokens[0]?.text === 'I') return [];
  if (!tokens.length) return [];
  const startsSentence = initial && tokens[0] === first;
  return [{ start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end, tokens, initial: startsSentence }];
}

/** Full person names found anywhere in the article, keyed by each of their parts. */
export class NameIndex {
  private byPart = new Map<string, { full: string; titled: boolean }>();
  private honorificParts = new Set<string>();

  add(run: Run): void {
    const words = run.tokens.map((t) => t.text);
    let lastTitle = -1;
    words.forEach((w, i) => {
      if (isTitle(w)) lastTitle = i;
    });
    const name = words.slice(lastTitle + 1);
    const prev = words[lastTitle];
    if (name.length === 1 && prev && isHonorific(prev)) this.honorificParts.add(name[0] as string);
    if (name.length < 2 || name.length > 4) return;
    if (!name.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w) && !ORG_WORDS.has(w.toLowerCase()))) return;
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

  isPerson(full: string): boolean {
    const parts = full.split(' ');
    const hit = this.byPart.get(parts[0] ?? '');
    return !!hit && hit.full === full && (hit.titled || parts.some((w) => this.honorificParts.has(w)));
  }
}

export function entityType(run: Run, index: NameIndex): EntityType {
  const words = run.tokens.map((t) => t.text);
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return 'organization';
  const titleAt = words.findIndex((w) => isTitle(w));
  if (titleAt >= 0 && titleAt < words.length - 1) return 'person';
  const tail = words.slice(titleAt + 1).join(' ');
  if (index.isPerson(tail) || (words.length === 1 && index.resolve(tail, true))) return 'person';
  return 'other';
}

/**
 * A lone capitalised word opening a sentence ("Critics", "Ministers") is a name only if the
 * article also capitalises it mid-sentence.
 */
export function dropCommonInitials(runs: Run[][]): Run[][] {
  const midCaps = new Set<string>();
  for (const sentence of runs) for (const r of sentence) if (!r.initial) for (const t of r.tokens) midCaps.add(t.text);
  return runs.map((sentence) =>
    sentence.filter((r) => !(r.initial && r.tokens.length === 1 && !midCaps.has(r.tokens[0]?.text ?? '') && !ORG_WORDS.has((r.tokens[0]?.text ?? '').toLowerCase()))),
  );
}

export function toEntities(text: string, runs: Run[], index: NameIndex): ExtractedEntity[] {
  return runs.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type: entityType(r, index) }));
}
