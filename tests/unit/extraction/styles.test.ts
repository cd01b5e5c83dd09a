import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedClaim, type ExtractionResult } from '@/lib/extraction';
import { checkInvariants, readFixture } from './helpers';

const finder =
  (r: ExtractionResult) =>
  (startsWith: string): ExtractedClaim => {
    const found = r.claims.find((c) => c.text.startsWith(startsWith));
    if (!found) throw new Error(`no claim starts with "${startsWith}"`);
    return found;
  };

describe('wire copy with headline, byline and dateline', () => {
  const r = extractArticle(readFixture('wire.txt'));
  const claim = finder(r);

  it('moves headline, byline and dateline to meta', () => {
    expect(r.meta).toEqual({
      title: 'Fed holds rates steady, still sees two cuts this year',
      publisher: null,
      publishedAt: '2025-03-19',
      byline: 'Ann Saphir and Howard Schneider',
      dateline: 'WASHINGTON, March 19, 2025 (Reuters)',
    });
    expect(r.claims[0]?.text.startsWith('The Federal Reserve held')).toBe(true);
    expect(r.claims.some((c) => /Fed holds|By Ann|WASHINGTON/.test(c.text))).toBe(false);
    checkInvariants(r);
  });

  it('does not split at Mr., U.S. before a title, decimals or p.m.', () => {
    expect(claim('Mr. Powell said').text).toBe(
      'Mr. Powell said tariffs imposed by U.S. President Donald Trump had begun to push some prices higher.',
    );
    expect(claim('"It\'s going to be').text).toContain('2:30 p.m. in Washington.');
    expect(claim('The dollar fell 0.3%').quantities[0]).toMatchObject({ kind: 'percent', value: 0.3 });
  });

  it('resolves bare and honorific surnames to the titled full name', () => {
    expect(claim('Fed Chair Jerome Powell').speaker).toBe('Jerome Powell');
    expect(claim('Mr. Powell said').speaker).toBe('Jerome Powell');
    expect(claim('"It\'s going to be').speaker).toBe('Jerome Powell');
    expect(claim('"Uncertainty around')).toMatchObject({ speaker: 'Fed', cue: 'said' });
    expect(claim('U.S. stocks rose')).toMatchObject({ speaker: 'LSEG data', cue: 'according to' });
  });

  it('treats "no comment" and the credit line as meta', () => {
    expect(claim('The White House did not immediately respond').kind).toBe('meta');
    expect(claim('(Reporting by').kind).toBe('meta');
  });
});

describe('HTML page with entities, scripts and event handlers', () => {
  const raw = readFixture('council.html');
  const r = extractArticle(raw);
  const claim = finder(r);

  it('keeps only readable article text', () => {
    expect(r.text).not.toMatch(/[<>]|onclick|onload|steal|evil|track|Secret|Injected|color: red|Home|Subscribe|©/);
    expect(r.text).toContain('£4.2m');
    expect(r.text).toContain('“We have waited far too long for this,”');
    expect(r.text).toContain("council's engineering team");
    expect(r.text.split('\n\n')).toHaveLength(7);
    checkInvariants(r);
  });

  it('reads meta from h1, article:published_time and the byline paragraph', () => {
    expect(r.meta).toEqual({
      title: 'Council approves £4.2m flood defence plan',
      publisher: 'The Riverside Gazette',
      publishedAt: '2024-11-03',
      byline: 'Priya Natarajan',
      dateline: null,
    });
    expect(r.claims[0]?.text.startsWith('Riverside Council on Tuesday')).toBe(true);
  });

  it('keeps safe links with decoded hrefs and drops javascript: ones', () => {
    expect(r.links).toHaveLength(1);
    expect(r.links[0]).toMatchObject({ text: 'Mill Bridge gauge', href: 'https://example.org/gauge?id=7&unit=m' });
  });

  it('follows a quote across sentences after "said Councillor Maria Lopez, who…"', () => {
    expect(claim('“We have waited')).toMatchObject({ speaker: 'Maria Lopez', cue: 'said' });
    expect(claim('“Families in Lower Mill Street').speaker).toBe('Maria Lopez');
    expect(claim('Today that ends.').speaker).toBe('Maria Lopez');
  });

  it('flags denials and keeps normative or speculative lines low', () => {
    expect(claim('Opposition councillors denied').flags.disputed).toBe(true);
    expect(claim('Critics say').kind).toBe('opinion');
    expect(claim('Work could start')).toMatchObject({ kind: 'prediction', suggested: false, cue: 'according to' });
    expect(claim('Riverside Council on Tuesday approved').suggested).toBe(true);
  });
});

describe('plain text with a multi-sentence quote', () => {
  const r = extractArticle(readFixture('quotes.txt'));
  const claim = finder(r);

  it('reads the first line as headline and keeps paragraphs as blank lines', () => {
    expect(r.meta.title).toBe('Hospital waiting lists fall for a third month');
    expect(r.text.split('\n\n')).toHaveLength(8);
    checkInvariants(r);
  });

  it('gives a quote closed by "she said" to the speaker named before it', () => {
    for (const start of ['"We have treated', 'Staff have worked', 'But we are not complacent']) {
      expect(claim(start).speaker).toBe('Aisha Rahman');
    }
    expect(claim('Dr. Aisha Rahman, who leads')).toMatchObject({ speaker: 'Aisha Rahman', cue: 'said' });
  });

  it('handles initials, "said X, a …", ellipses and abbreviations', () => {
    expect(claim('Its director, J. R. Ellison')).toMatchObject({ speaker: 'J. R. Ellison', cue: 'said' });
    expect(claim('Its director').text.endsWith('encouraging... but fragile.')).toBe(true);
    expect(claim('"Ward 7 was closed')).toMatchObject({ speaker: 'Tom Baker', cue: 'said' });
    expect(claim('"Nobody told the public."').speaker).toBe('Tom Baker');
    expect(claim('Gen. Mark Ellis').text).toContain('at 2 a.m. on weekends.');
  });

  it('links disputes and caveats to the claims they refer to', () => {
    expect(claim('Waiting lists at the city').flags.disputed).toBe(true); // "the board's account"
    expect(claim('Union leaders disputed').flags.disputed).toBe(true); // "The board denied the claim."
    expect(claim('Its director').flags.disputed).toBe(false);
    expect(claim('Gen. Mark Ellis').flags.unverified).toBe(true);
    expect(claim('The board denied').flags.unverified).toBe(false);
    expect(claim('The claims could not').kind).toBe('meta');
  });

  it('recognises a question and an "according to" source', () => {
    expect(claim('Will the trend last?').kind).toBe('question');
    expect(claim('Ministers believe')).toMatchObject({ speaker: 'a government spokesman', cue: 'according to' });
  });
});
