/**
 * Generated articles and edits with known answers, for the property tests and the benchmark
 * (scripts/bench-anchor.ts). An article is paragraphs of sentences of words; claims are whole
 * sentences or runs of a few words; each edit records what it did to every claim, so that
 * after rendering both versions we know where each claim must land and with which status.
 */

/** Small deterministic PRNG (an LCG) so generated cases are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COMMON =
  'the of and to in a that said was for on with as by at from it his her their has have would will not but more than year officials'.split(' ');
const SYLLABLES = 'ba ko ri ten sel mar do vi lun ash per ca tro gen mi sto ul ven ro fa de nor cal pi'.split(' ');

export type Sentence = { id: number; words: string[] };
export type Doc = Sentence[][];
/** Words [from, to) of a sentence, or the whole sentence with its full stop when to is null. */
export type ClaimRef = { sid: number; from: number; to: number | null };
/** touched: its words were edited; deleted: its sentence (or all its words) went; copied: its sentence was duplicated. */
export type Tracked = ClaimRef & { touched: boolean; deleted: boolean; copied: boolean };

export class Generator {
  private nextId = 0;
  constructor(readonly random: () => number) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  word(): string {
    const r = this.random();
    if (r < 0.45) return COMMON[this.int(COMMON.length)] as string;
    if (r < 0.55) return String(1 + this.int(999));
    let w = '';
    for (let k = 1 + this.int(3); k > 0; k--) w += SYLLABLES[this.int(SYLLABLES.length)];
    return r < 0.62 ? w[0]?.toUpperCase() + w.slice(1) : w;
  }

  sentence(): Sentence {
    const words = Array.from({ length: 8 + this.int(18) }, () => this.word());
    words[0] = (words[0]?.[0]?.toUpperCase() ?? '') + (words[0]?.slice(1) ?? '');
    return { id: this.nextId++, words };
  }

  copy(s: Sentence): Sentence {
    return { id: this.nextId++, words: [...s.words] };
  }

  article(paragraphs: number): Doc {
    return Array.from({ length: paragraphs }, () => Array.from({ length: 1 + this.int(5) }, () => this.sentence()));
  }
}

export type Rendered = { text: string; at: Map<number, { start: number; end: number; words: [number, number][] }> };

export function render(doc: Doc): Rendered {
  const at: Rendered['at'] = new Map();
  const parts: string[] = [];
  let pos = 0;
  doc.forEach((para, p) => {
    if (p > 0) {
      parts.push('\n\n');
      pos += 2;
    }
    para.forEach((s, i) => {
      if (i > 0) {
        parts.push(' ');
        pos++;
      }
      const words: [number, number][] = [];
      s.words.forEach((w, k) => {
        if (k > 0) {
          parts.push(' ');
          pos++;
        }
        words.push([pos, pos + w.length]);
        parts.push(w);
        pos += w.length;
      });
      parts.push('.');
      at.set(s.id, { start: words[0]?.[0] ?? pos, end: ++pos, words });
    });
  });
  return { text: parts.join(''), at };
}

/** The span of a claim in a rendered version. */
export function spanOf(r: Rendered, c: ClaimRef): { start: number; end: number } {
  const s = r.at.get(c.sid);
  if (!s) throw new Error(`sentence ${c.sid} is not in this version`);
  if (c.to === null) return { start: s.start, end: s.end };
  return { start: (s.words[c.from] as [number, number])[0], end: (s.words[c.to - 1] as [number, number])[1] };
}

export function cloneDoc(doc: Doc): Doc {
  return doc.map((p) => p.map((s) => ({ id: s.id, words: [...s.words] })));
}

/** Claims: every sentence whole, and in some sentences a run of 3–6 words as well. */
export function pickClaims(g: Generator, doc: Doc, subSpanShare: number): Tracked[] {
  const claims: Tracked[] = [];
  for (const s of doc.flat()) {
    claims.push({ sid: s.id, from: 0, to: null, touched: false, deleted: false, copied: false });
    if (g.random() < subSpanShare && s.words.length >= 8) {
      const len = 3 + g.int(4);
      const from = g.int(s.words.length - len);
      claims.push({ sid: s.id, from, to: from + len, touched: false, deleted: false, copied: false });
    }
  }
  return claims;
}

export type EditKind =
  'insert-sentence' | 'delete-sentence' | 'move-paragraph' | 'duplicate-sentence' | 'edit-number' | 'insert-word' | 'delete-word';
export const EDIT_KINDS: EditKind[] = [
  'insert-sentence',
  'delete-sentence',
  'move-paragraph',
  'duplicate-sentence',
  'edit-number',
  'insert-word',
  'delete-word',
];

/** Applies one edit to doc in place and records its effect on the claims. */
export function applyEdit(g: Generator, doc: Doc, claims: Tracked[], kind: EditKind): void {
  const p = g.int(doc.length);
  const para = doc[p] as Sentence[];
  const i = g.int(para.length);
  const s = para[i] as Sentence;
  const on = claims.filter((c) => c.sid === s.id && !c.deleted);
  switch (kind) {
    case 'insert-sentence':
      return void para.splice(g.int(para.length + 1), 0, g.sentence());
    case 'duplicate-sentence': {
      const target = doc[g.int(doc.length)] as Sentence[];
      on.forEach((c) => (c.copied = true));
      return void target.splice(g.int(target.length + 1), 0, g.copy(s));
    }
    case 'move-paragraph':
      if (doc.length > 1) doc.splice(g.int(doc.length), 0, ...doc.splice(p, 1));
      return;
    case 'delete-sentence':
      if (para.length > 1) {
        para.splice(i, 1);
        on.forEach((c) => (c.deleted = true));
      }
      return;
    default:
      return editWords(g, s, on, kind);
  }
}

function editWords(g: Generator, s: Sentence, on: Tracked[], kind: EditKind): void {
  if (kind === 'edit-number') {
    const k = s.words.findIndex((w) => /^\d+$/.test(w));
    if (k < 0) return;
    s.words[k] = String(Number(s.words[k]) + 1 + g.int(50));
    for (const c of on) if (c.to === null || (c.from <= k && k < c.to)) c.touched = true;
    return;
  }
  if (kind === 'insert-word') {
    const k = 1 + g.int(s.words.length - 1);
    s.words.splice(k, 0, g.word().toLowerCase());
    for (const c of on) {
      if (c.to === null) c.touched = true;
      else if (k <= c.from) {
        c.from++;
        c.to++;
      } else if (k < c.to) {
        c.to++;
        c.touched = true;
      }
    }
    return;
  }
  if (s.words.length <= 4) return;
  const k = 1 + g.int(s.words.length - 1);
  s.words.splice(k, 1);
  for (const c of on) {
    if (c.to === null) c.touched = true;
    else if (k < c.from) {
      c.from--;
      c.to--;
    } else if (k < c.to) {
      c.to--;
      c.touched = true;
      c.deleted = c.to <= c.from;
    }
  }
}
