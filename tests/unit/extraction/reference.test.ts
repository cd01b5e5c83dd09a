import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedClaim } from '@/lib/extraction';
import { checkInvariants, readFixture, REFERENCE } from './helpers';

const result = extractArticle(readFixture(REFERENCE));
const claim = (startsWith: string): ExtractedClaim => {
  const found = result.claims.filter((c) => c.text.startsWith(startsWith));
  expect(found, `one claim starting "${startsWith}"`).toHaveLength(1);
  return found[0] as ExtractedClaim;
};

describe('reference article (The National, 2025-05-08)', () => {
  it('reads the date header into meta and keeps it out of the text', () => {
    expect(result.meta).toEqual({ title: null, publisher: null, publishedAt: '2025-05-08', byline: null, dateline: null });
    expect(result.text.startsWith('Chinese President Xi Jinping told')).toBe(true);
    expect(result.text).not.toMatch(/date 2025|<a|href=|target=/);
    checkInvariants(result);
  });

  it('keeps both links with exact offsets', () => {
    expect(result.links).toEqual([
      { text: 'Xi Jinping', href: 'https://www.thenationalnews.com/tags/xi-jinping/', start: 18, end: 28 },
      { text: 'Vladimir Putin', href: 'https://www.thenationalnews.com/tags/vladimir-putin/', start: 58, end: 72 },
    ]);
  });

  it('finds every sentence, in order, covering the whole body', () => {
    expect(result.claims).toHaveLength(31);
    expect(result.claims.map((c) => c.text).join(' ')).toBe(result.text);
    expect(result.claims[30]?.text).toBe(
      'Ukrainian President Volodymyr Zelenskyy has in the past urged him to try to persuade Mr Putin to halt the war.',
    );
  });

  it('resolves "Mr Xi" and "Mr Putin" to the full names the article gives', () => {
    expect(claim('China and Russia should safeguard')).toMatchObject({ speaker: 'Xi Jinping', cue: 'said' });
    expect(claim('The two countries should solidify')).toMatchObject({ speaker: 'Xi Jinping', cue: 'said' });
    expect(claim('Mr Xi said the two countries')).toMatchObject({ speaker: 'Xi Jinping', cue: 'said' });
    expect(claim('Mr Putin said the two leaders')).toMatchObject({ speaker: 'Vladimir Putin', cue: 'said' });
    expect(claim('"The victory over fascism')).toMatchObject({ speaker: 'Vladimir Putin', cue: 'said' });
    expect(claim('"Together with our Chinese friends')).toMatchObject({ speaker: 'Vladimir Putin' });
    expect(claim('Chinese President Xi Jinping told')).toMatchObject({ speaker: 'Xi Jinping', cue: 'told' });
  });

  it('attributes institutional sources with their cue', () => {
    expect(claim("Russia's Defence Ministry said")).toMatchObject({ speaker: "Russia's Defence Ministry", cue: 'said' });
    expect(claim('A Ukrainian military spokesman')).toMatchObject({ speaker: 'A Ukrainian military spokesman', cue: 'told' });
    expect(claim("Ukraine's Foreign Ministry")).toMatchObject({ speaker: "Ukraine's Foreign Ministry", cue: 'urged' });
    expect(claim('Ukrainian President Volodymyr')).toMatchObject({ speaker: 'Volodymyr Zelenskyy', cue: 'urged' });
  });

  it('marks the claims "by either side" unverified, and the caveat itself as meta', () => {
    const kursk = claim("Russia's Defence Ministry said");
    expect(kursk.flags).toEqual({ unverified: true, disputed: false, disputedBy: null });
    expect(kursk.reasons).toContain('the article says it could not be verified');
    expect(claim('A Ukrainian military spokesman').flags.unverified).toBe(true);
    const caveat = claim('Reuters could not independently verify');
    expect(caveat.kind).toBe('meta');
    expect(caveat.suggested).toBe(false);
    expect(result.claims.filter((c) => c.flags.unverified)).toHaveLength(2);
  });

  it('marks the characterisation Ukraine rejects as disputed', () => {
    const rejection = claim('Ukraine and its allies reject');
    expect(claim('Mr Putin has portrayed his war').flags).toEqual({
      unverified: false,
      disputed: true,
      disputedBy: { start: rejection.start, end: rejection.end },
    });
    expect(rejection.flags.disputed).toBe(false);
    expect(result.claims.filter((c) => c.flags.disputed)).toHaveLength(1);
  });

  it('ranks the 27 million death toll high and the speculation low', () => {
    const toll = claim('The Soviet Union lost 27 million');
    expect(toll.suggested).toBe(true);
    expect(toll.reasons).toContain('has a quantity');
    expect(toll.quantities[0]).toMatchObject({ text: '27 million', kind: 'number', value: 27_000_000 });
    const embarrass = claim('With so many foreign leaders present');
    expect(embarrass.score).toBeLessThan(0.2);
    expect(embarrass.kind).toBe('prediction');
    expect(embarrass.reasons.some((r) => r.startsWith('speculation'))).toBe(true);
    expect(toll.score).toBeGreaterThan(embarrass.score + 0.4);
  });

  it('scores normative quotes below factual statements', () => {
    const normative = claim('The two countries should solidify');
    expect(normative.kind).toBe('opinion');
    expect(normative.suggested).toBe(false);
    expect(claim('Mr Putin and Mr Xi have met dozens of times').suggested).toBe(true);
    expect(claim("China is Russia's biggest trading partner").reasons).toContain('comparison or superlative ("biggest")');
  });
});
