import { describe, expect, it } from 'vitest';
import { compareClaims, isSameClaim, MIN_SIMILARITY, NUMBERS_DIFFER_CAP, prepare, SAME_CLAIM } from '@/lib/matching';

// Every name and figure below is invented or generic; the sentences are shaped like claims in news reports.
const same = (a: string, b: string) => isSameClaim(compareClaims(a, b));

describe('compareClaims: the same claim in other words', () => {
  it.each([
    ['The minister said unemployment fell to 4.1 per cent in March', 'Unemployment dropped to 4.1% in March, according to the minister'],
    [
      'Hospital admissions for flu doubled in January, the health agency said.',
      'The health agency says flu admissions to hospital doubled in January.',
    ],
    [
      'Councillor Petra Ilves claimed the city has lost 2,000 bus drivers since 2019.',
      'Since 2019 the city has lost 2,000 bus drivers, according to Petra Ilves.',
    ],
    ['Carbon emissions from the steel plant rose by 12% last year.', 'Last year the steel plant’s carbon emissions increased 12 per cent.'],
    ['Arsenal have scored in 30 consecutive home games, the club said.', 'The club says Arsenal scored in 30 home games in a row.'],
  ])('finds "%s" ~ "%s"', (a, b) => {
    const r = compareClaims(a, b);
    expect(r.similarity).toBeGreaterThanOrEqual(SAME_CLAIM);
    expect(r.numbersDiffer).toBe(false);
    expect(isSameClaim(r)).toBe(true);
  });

  it('is symmetric enough that the order of the pair does not change the verdict', () => {
    const a = 'Crime in Manchester fell by 8% in 2023, police said.';
    const b = 'Police said crime in Manchester dropped 8 per cent in 2023.';
    expect(same(a, b)).toBe(true);
    expect(same(b, a)).toBe(true);
    expect(compareClaims(a, b).similarity).toBeCloseTo(compareClaims(b, a).similarity, 1);
  });

  it('ignores punctuation, case and accents', () => {
    const r = compareClaims(
      'José Ramírez said São Paulo’s murder rate FELL 10% in 2022!',
      'jose ramirez said sao paulos murder rate fell 10% in 2022',
    );
    expect(r.similarity).toBeGreaterThan(0.9);
    expect(isSameClaim(r)).toBe(true);
  });

  it('scores a sentence against itself at 1', () => {
    const s = 'The Bank of England raised interest rates to 5.25% in August 2023.';
    expect(compareClaims(s, s)).toMatchObject({ similarity: 1, numbersDiffer: false, sharedEntities: ['Bank of England'] });
  });
});

describe('compareClaims: numbers', () => {
  it.each([
    ['percent', 'unemployment fell to 4.1 per cent', 'unemployment fell to 5.1 per cent'],
    ['money', 'The council spent £3.2 million on the new bridge.', 'The council spent £2.3 million on the new bridge.'],
    ['money, other currency', 'The scheme cost $40 million, the mayor said.', 'The scheme cost £40 million, the mayor said.'],
    ['count', 'Mayor Ines Valdor said 300 schools have no physics teacher.', 'Mayor Ines Valdor said 3,000 schools have no physics teacher.'],
    ['year', 'Wind farms supplied a third of the state’s power in 2023.', 'Wind farms supplied a third of the state’s power in 2024.'],
    ['scaled', 'The deficit reached 20 million euros last year.', 'The deficit reached 25 million euros last year.'],
  ])('flags a changed %s as numbersDiffer and never the same claim', (_kind, a, b) => {
    const r = compareClaims(a, b);
    expect(r.numbersDiffer).toBe(true);
    expect(r.similarity).toBeLessThanOrEqual(NUMBERS_DIFFER_CAP);
    expect(r.similarity).toBeLessThan(SAME_CLAIM);
    expect(r.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    expect(isSameClaim(r)).toBe(false);
  });

  it.each([
    ['4.1 per cent', '4.1%'],
    ['20 million', '20,000,000'],
    ['£20 million', '£20m'],
    ['3.5 billion dollars', '$3.5bn'],
    ['12 percent', '12 per cent'],
    ['March 2023', 'March 2023'],
  ])('reads "%s" and "%s" as the same number', (x, y) => {
    const r = compareClaims(`The agency said the figure was ${x} that year.`, `The figure that year was ${y}, the agency said.`);
    expect(r.numbersDiffer).toBe(false);
    expect(r.sameNumbers).toEqual([x]);
  });

  it('does not flag figures that measure different things', () => {
    const r = compareClaims(
      'The hospital treated 400 patients and hired 20 nurses in 2022.',
      'The hospital treated 400 patients in 2022, with 35 beds closed.',
    );
    expect(r.numbersDiffer).toBe(false);
    expect(r.sameNumbers).toEqual(['400', '2022']);
  });

  it('raises a candidate that repeats the figures over one that does not state them', () => {
    const q = 'Knife crime in Leeds rose by 14% in 2023, police figures show.';
    const withFigures = compareClaims(q, 'Police figures show that in 2023 knife crime in Leeds went up 14 per cent.');
    const without = compareClaims(q, 'Police figures show that knife crime in Leeds went up.');
    expect(withFigures.sameNumbers).toEqual(['14%', '2023']);
    expect(withFigures.similarity).toBeGreaterThan(without.similarity);
  });

  it('treats "rose" and "fell" to the same figure, and a negated verb, as different claims', () => {
    const up = compareClaims('Unemployment rose to 4.1% in March.', 'Unemployment fell to 4.1% in March.');
    expect(up.polarityDiffers).toBe(true);
    expect(isSameClaim(up)).toBe(false);
    const not = compareClaims('The central bank did not raise rates in June.', 'The central bank raised rates in June.');
    expect(isSameClaim(not)).toBe(false);
  });
});

describe('compareClaims: entities and unrelated claims', () => {
  it('lists the names both give, titles aside, and a shared name raises the score', () => {
    const q = 'President Emmanuel Macron said France will build six new reactors by 2035.';
    const named = compareClaims(q, 'Macron said the country will build six new reactors by 2035.');
    expect(named.sharedEntities).toEqual(['Macron']);
    const unnamed = compareClaims(q, 'The government said the country will build six new reactors by 2035.');
    expect(unnamed.sharedEntities).toEqual([]);
    expect(named.similarity).toBeGreaterThan(unnamed.similarity);
  });

  it('does not take a capitalised first word for a name unless the other sentence names it', () => {
    const r = compareClaims('Unemployment fell in Wales last year.', 'Unemployment rose in Scotland last year.');
    expect(r.sharedEntities).toEqual([]);
    expect(compareClaims('Brazil won the match 2-0.', 'The match was won by Brazil.').sharedEntities).toEqual(['Brazil']);
  });

  it.each([
    ['The minister said unemployment fell to 4.1 per cent in March.', 'Arsenal have scored in 30 consecutive home games.'],
    ['Vaccination rates among five-year-olds fell to 84%.', 'The Northway rail project is two years behind schedule.'],
    ['Only 22% of voters turned out in 2023.', 'Wind farms supplied 22 per cent of the electricity in 2023.'],
    ['The NHS has 7.6 million people waiting for treatment.', 'The NHS in England employs more nurses than ever before.'],
  ])('keeps unrelated claims below MIN_SIMILARITY: "%s" / "%s"', (a, b) => {
    const r = compareClaims(a, b);
    expect(r.similarity).toBeLessThan(MIN_SIMILARITY);
    expect(isSameClaim(r)).toBe(false);
  });

  it('handles empty, blank and number-only inputs', () => {
    expect(compareClaims('', '')).toEqual({ similarity: 0, numbersDiffer: false, sharedEntities: [], sameNumbers: [], polarityDiffers: false });
    expect(compareClaims('   ', 'Unemployment fell to 4.1%').similarity).toBe(0);
    expect(compareClaims('4.1%', '5.1%').similarity).toBeLessThan(SAME_CLAIM);
  });

  it('handles a very long input by reading its first part, and in linear time', () => {
    const long = `${'The minister said unemployment fell to 4.1 per cent in March. '.repeat(2000)}`;
    expect(long.length).toBeGreaterThan(100_000);
    const p = prepare(long);
    expect(p.text.length).toBeLessThanOrEqual(2000);
    expect(isSameClaim(compareClaims(p, 'Unemployment fell to 4.1% in March, the minister said.'))).toBe(true);
    expect(compareClaims('x'.repeat(50_000), 'y'.repeat(50_000)).similarity).toBe(0);
  });

  it('gives the same answer for prepared and raw inputs', () => {
    const a = 'Average rents in Dublin rose by 9% in the year to June.';
    const b = 'Dublin rents increased 9 per cent in the year to June, the board said.';
    expect(compareClaims(prepare(a), prepare(b))).toEqual(compareClaims(a, b));
  });
});
