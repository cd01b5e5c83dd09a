import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_CHARS, pieces, textBlocks } from '@/app/(workspace)/articles/[id]/text-blocks';
import type { ClaimMark } from '@/lib/workspace-marks';

const mark = (start: number, end: number): ClaimMark => ({
  id: `c${start}`,
  n: start + 1,
  start,
  end,
  status: 'suggested',
  score: 0.5,
  recommended: false,
  version: 1,
  verdict: null,
  anchorStatus: null,
  anchorPending: false,
  needsRecheck: false,
  text: null,
});

/** Every sentence of `text` as a claim (what the extractor leaves: each sentence is one). */
const sentences = (text: string) => Array.from(text.matchAll(/[^\s.][^.]*\./g), (m) => mark(m.index, m.index + m[0].length));
const blockText = (text: string, block: ReturnType<typeof textBlocks>[number]) =>
  block.flatMap((g) => g.pieces.map((p) => text.slice(p.start, p.end))).join('');

describe('the workspace text as blocks', () => {
  it('draws a paragraph per block, every character exactly once, claims whole', () => {
    const text = 'One said this. Two said that.\n\nThree said more.\n\nFour.';
    const claims = sentences(text);
    const blocks = textBlocks(text, claims, []);
    expect(blocks.map((b) => blockText(text, b))).toEqual(['One said this. Two said that.\n\n', 'Three said more.\n\n', 'Four.']);
    expect(
      blocks
        .flat()
        .filter((g) => g.claim)
        .map((g) => g.claim!.id),
    ).toEqual(claims.map((c) => c.id));
  });

  it('cuts a paragraph far longer than a block before a claim, never inside one, and loses no text', () => {
    const sentence = 'The minister said the figure rose by a tenth last year. ';
    const text = sentence.repeat(Math.ceil((MAX_BLOCK_CHARS * 10) / sentence.length)).trimEnd();
    const claims = sentences(text);
    const blocks = textBlocks(text, claims, []);
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    expect(blocks.map((b) => blockText(text, b)).join('')).toBe(text);
    for (const b of blocks) {
      // Each block is at most a block's length plus the one claim that crossed it.
      expect(blockText(text, b).length).toBeLessThanOrEqual(MAX_BLOCK_CHARS + sentence.length);
      // A block after a cut begins with a claim, so the space between sentences stays behind.
      if (b !== blocks[0]) expect(b[0]!.claim).not.toBeNull();
    }
    const inBlocks = blocks.flat().filter((g) => g.claim);
    expect(inBlocks).toHaveLength(claims.length);
  });

  it('finds each piece’s link among many, live only for web addresses', () => {
    const text = 'See here and there and elsewhere.';
    const links = [
      { id: 'l1', text: 'here', href: 'https://example.org/a', start: 4, end: 8 },
      { id: 'l2', text: 'there', href: 'javascript:alert(1)', start: 13, end: 18 },
      { id: 'l3', text: 'elsewhere', href: 'http://example.org/b', start: 23, end: 32 },
    ];
    // Unsorted on purpose: the links come in any order.
    const ps = pieces(text, [mark(0, 33)], [links[2]!, links[0]!, links[1]!]);
    expect(ps.map((p) => [text.slice(p.start, p.end), p.href])).toEqual([
      ['See ', null],
      ['here', 'https://example.org/a'],
      [' and ', null],
      ['there', null],
      [' and ', null],
      ['elsewhere', 'http://example.org/b'],
      ['.', null],
    ]);
    expect(ps.every((p) => p.claim?.id === 'c0')).toBe(true);
  });
});
