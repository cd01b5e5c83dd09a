import { describe, expect, it } from 'vitest';
import { normalize, stem, trigramSimilarity } from '@/lib/matching';
import { contentStems, direction, jaccard, jaccardSorted, negated, trigramCodes, trigrams, words } from '@/lib/matching/text';

describe('matching text features', () => {
  it('builds the trigrams pg_trgm builds: two spaces in front, one behind, per word', () => {
    expect([...trigrams(words('cat'))].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    // PostgreSQL's documentation: similarity('word', 'two words') = 0.363636 (4 shared of 11).
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 6);
    expect(trigramSimilarity('', '')).toBe(0);
  });

  it.each([
    ['The minister said unemployment fell to 4.1 per cent in March.', 'Unemployment dropped to 4.1% in March, according to the minister.'],
    ['Σεισμός 6,1 βαθμών στην Κρήτη', 'Σεισμός 6,2 βαθμών στην Κρήτη'],
    ['東京の人口は1400万人', '東京の人口は1300万人'],
    ['a', 'ab abc'],
  ])('compares packed trigram codes exactly as the trigram sets: "%s"', (a, b) => {
    const ta = words(normalize(a));
    const tb = words(normalize(b));
    expect(trigramCodes(ta).length).toBe(trigrams(ta).size);
    expect(jaccardSorted(trigramCodes(ta), trigramCodes(tb))).toBeCloseTo(jaccard(trigrams(ta), trigrams(tb)), 10);
  });

  it('folds case, accents and punctuation before comparing', () => {
    expect(normalize('Société Générale’s CAFÉ')).toBe('societe generale’s cafe');
    expect(trigramSimilarity('São Paulo, Brazil!', 'sao paulo brazil')).toBe(1);
  });

  it.each([
    ['fell', 'falls'],
    ['schools', 'school'],
    ['dropped', 'drop'],
    ['rising', 'rises'],
    ['increased', 'increase'],
    ['cities', 'city'],
    ['children', 'child'],
  ])('stems "%s" and "%s" alike', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps words apart that only look alike', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('crisis')).toBe('crisis');
    expect(stem('employment')).not.toBe(stem('unemployment'));
    expect(stem('rise')).not.toBe(stem('fall'));
  });

  it('drops stop words, reporting verbs and numbers from the content words', () => {
    expect(contentStems(words(normalize('The minister said unemployment fell to 4.1 per cent, according to the ONS')))).toEqual([
      'minister',
      'unemployment',
      'fall',
      'ons',
    ]);
  });

  it('reads which way a figure moved, and verb negation', () => {
    expect(direction(contentStems(words('prices rose sharply')))).toBe(1);
    expect(direction(contentStems(words('prices dropped')))).toBe(-1);
    expect(direction(contentStems(words('wages rose but prices fell')))).toBe(0);
    expect(negated('The bank did not raise rates')).toBe(true);
    expect(negated("The bank hasn't raised rates")).toBe(true);
    expect(negated('No nation has won more titles')).toBe(false);
  });
});
