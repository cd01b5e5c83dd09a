/**
 * Every place a claim's exact text occurs in the new version, without scanning the whole text
 * per claim: an index from token to the offsets where it starts, built once (linear), and per
 * claim a check of the occurrences of its rarest inner token only.
 */
import { isSpace, TokenIds, tokenize, type Tokens } from './tokens';

export class OccurrenceIndex {
  private readonly ids = new TokenIds();
  private readonly offsets: Int32Array;
  private readonly positions: Int32Array;
  private readonly memo = new Map<string, number[]>();

  constructor(private readonly text: string) {
    const tokens = tokenize(text);
    const ids = this.ids.idsOf(text, tokens);
    // Counting sort of token starts by id: positions[offsets[id] .. offsets[id + 1]) are id's starts.
    this.offsets = new Int32Array(this.ids.size + 1);
    for (const id of ids) this.offsets[id + 1] = (this.offsets[id + 1] as number) + 1;
    for (let id = 0; id < this.ids.size; id++) this.offsets[id + 1] = (this.offsets[id + 1] as number) + (this.offsets[id] as number);
    const fill = this.offsets.slice(0, this.ids.size);
    this.positions = new Int32Array(tokens.count);
    for (let k = 0; k < tokens.count; k++) {
      const id = ids[k] as number;
      const slot = fill[id] as number;
      this.positions[slot] = tokens.starts[k] as number;
      fill[id] = slot + 1;
    }
  }

  /** Start offsets of every occurrence of exact in the text, ascending. */
  find(exact: string): number[] {
    if (exact.length === 0) return [];
    const known = this.memo.get(exact);
    if (known) return known;
    const tokens = tokenize(exact);
    const found = tokens.count > 2 ? this.viaRarestToken(exact, tokens) : this.scan(exact);
    this.memo.set(exact, found);
    return found;
  }

  /**
   * Where the claim may start, judging by its rarest words: for each of up to `words` words of the
   * claim that occur at most `maxEach` times in the text, each occurrence minus the word's offset
   * in the claim. For finding an edited claim that also moved.
   */
  likelyStarts(exact: string, words: number, maxEach: number): number[] {
    const tokens = tokenize(exact);
    const rare: { id: number; offset: number; count: number }[] = [];
    for (let k = 0; k < tokens.count; k++) {
      if (isSpace(exact, tokens, k)) continue;
      const id = this.ids.lookup(exact.slice(tokens.starts[k], tokens.ends[k]));
      if (id === undefined) continue;
      const count = (this.offsets[id + 1] as number) - (this.offsets[id] as number);
      if (count <= maxEach) rare.push({ id, offset: tokens.starts[k] as number, count });
    }
    rare.sort((a, b) => a.count - b.count || a.offset - b.offset);
    const starts = new Set<number>();
    for (const { id, offset } of rare.slice(0, words)) {
      for (let p = this.offsets[id] as number; p < (this.offsets[id + 1] as number); p++)
        starts.add(Math.max(0, (this.positions[p] as number) - offset));
    }
    return [...starts].sort((a, b) => a - b);
  }

  private viaRarestToken(exact: string, tokens: Tokens): number[] {
    // Inner tokens only: the first and last may be parts of longer tokens in the text.
    let best = -1;
    let bestCount = Infinity;
    let bestOffset = 0;
    for (let k = 1; k < tokens.count - 1; k++) {
      const id = this.ids.lookup(exact.slice(tokens.starts[k], tokens.ends[k]));
      if (id === undefined) return [];
      const count = (this.offsets[id + 1] as number) - (this.offsets[id] as number);
      if (count < bestCount) {
        best = id;
        bestCount = count;
        bestOffset = tokens.starts[k] as number;
      }
    }
    const found: number[] = [];
    for (let p = this.offsets[best] as number; p < (this.offsets[best + 1] as number); p++) {
      const at = (this.positions[p] as number) - bestOffset;
      if (at >= 0 && this.text.startsWith(exact, at)) found.push(at);
    }
    return found;
  }

  private scan(exact: string): number[] {
    const found: number[] = [];
    for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) found.push(at);
    return found;
  }
}
