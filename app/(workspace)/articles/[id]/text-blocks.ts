import type { ArticleProps, NumberedClaim } from './workspace';

export type Piece = { start: number; end: number; claim: NumberedClaim | null; href: string | null };
export type Group = { claim: NumberedClaim | null; pieces: Piece[] };

/**
 * A block of text longer than this is cut before its next claim. A block is what the browser lays
 * out as one (CSS content-visibility) and what React re-renders when a selection in it changes; an
 * article without blank lines (pasted text, a page whose paragraphs were lost) was one block of a
 * million characters: two seconds of layout before anything showed, and every click re-rendered all
 * of it. The cut starts a new line at a sentence.
 */
export const MAX_BLOCK_CHARS = 2_000;

/** Where each paragraph ends (after its blank line): the text is drawn a paragraph per block. */
const PARAGRAPH_END = /\n[^\S\n]*\n\s*/g;
export const paragraphEnds = (text: string) => Array.from(text.matchAll(PARAGRAPH_END), (m) => m.index + m[0].length);

/**
 * Cuts the text at every claim and link boundary. Spans are UTF-16 offsets into the plain text,
 * which is exactly what String#slice uses, so nothing is re-measured here. Claims never overlap
 * and come sorted by start, and links do not overlap one another, so one pointer each finds a
 * piece's claim and link.
 */
export function pieces(text: string, claims: NumberedClaim[], links: ArticleProps['links']): Piece[] {
  const valid = (s: { start: number; end: number }) => s.start >= 0 && s.end <= text.length && s.start < s.end;
  const cuts = new Set([0, text.length, ...paragraphEnds(text)]);
  for (const s of [...claims, ...links]) if (valid(s)) cuts.add(s.start).add(s.end);
  const at = [...cuts].sort((a, b) => a - b);
  const sortedLinks = links.filter(valid).sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let ci = 0;
  let li = 0;
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    while (ci < claims.length && claims[ci]!.end <= start) ci++;
    while (li < sortedLinks.length && sortedLinks[li]!.end <= start) li++;
    const c = claims[ci];
    const claim = c && c.start <= start && end <= c.end ? c : null;
    const l = sortedLinks[li];
    const link = l && l.start <= start && end <= l.end ? l : null;
    // Only web links are live: anything else the extractor let through is shown as plain text.
    out.push({ start, end, claim, href: link && /^https?:\/\//i.test(link.href) ? link.href : null });
  }
  return out;
}

/**
 * The text as blocks of groups: a group is a claim's pieces (or a run of plain text), a block is
 * a paragraph, or a part of one at most about MAX_BLOCK_CHARS long, cut where a claim begins.
 */
export function textBlocks(text: string, claims: NumberedClaim[], links: ArticleProps['links']): Group[][] {
  const ends = new Set(paragraphEnds(text));
  const out: Group[][] = [[]];
  let size = 0;
  for (const p of pieces(text, claims, links)) {
    let block = out[out.length - 1]!;
    const last = block[block.length - 1];
    const continues = p.claim !== null && last?.claim?.id === p.claim.id;
    if (p.claim && !continues && size >= MAX_BLOCK_CHARS) {
      out.push((block = []));
      size = 0;
    }
    if (continues) last!.pieces.push(p);
    else block.push({ claim: p.claim, pieces: [p] });
    size += p.end - p.start;
    if (!p.claim && ends.has(p.end)) {
      out.push([]);
      size = 0;
    }
  }
  return out.filter((b) => b.length > 0);
}
