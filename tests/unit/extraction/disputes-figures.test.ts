import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedClaim } from '@/lib/extraction';

// A rebuttal by figures: someone else gives a different value for the same quantity. Every name is invented.
const claims = (text: string): ExtractedClaim[] => extractArticle(text).claims;
const disputedBy = (text: string, c: ExtractedClaim | undefined): string | null => {
  const by = c?.flags.disputedBy;
  return by ? text.slice(by.start, by.end) : null;
};

describe('disputes: a different figure from someone else', () => {
  it('marks a count of times that another speaker puts lower', () => {
    const text = 'Ruth Calloway said the pumping station had flooded three times this winter. Marsh Water said it had flooded twice.';
    const cs = claims(text);
    expect(cs.map((c) => c.flags.disputed)).toEqual([true, false]);
    expect(disputedBy(text, cs[0])).toBe('Marsh Water said it had flooded twice.');
  });

  it('marks a cost that another speaker gives differently', () => {
    const text = 'Gareth Vell, the opposition leader, said the new depot had cost £12 million. The council said the depot had cost £9 million.';
    const cs = claims(text);
    expect(cs[0]?.flags.disputed).toBe(true);
    expect(disputedBy(text, cs[0])).toBe('The council said the depot had cost £9 million.');
    expect(cs[1]?.flags.disputed).toBe(false);
  });

  it('marks a percentage for the same thing that another speaker contradicts', () => {
    const text = 'Fares on the Wyre line rose 12 per cent, the Wyre Passengers Group said. The operator said fares had risen 4 per cent.';
    const cs = claims(text);
    expect(cs.map((c) => c.speaker)).toEqual(['Wyre Passengers Group', 'The operator']);
    expect(cs[0]?.flags.disputed).toBe(true);
    expect(disputedBy(text, cs[0])).toBe('The operator said fares had risen 4 per cent.');
  });
});

describe('disputes: figures that are not a rebuttal', () => {
  const flagged = (text: string): boolean[] => claims(text).map((c) => c.flags.disputed);

  it('leaves two figures from the same speaker alone', () => {
    expect(flagged('Ruth Calloway said the pumping station had flooded three times. Ms Calloway said it had flooded twice in the spring.')).toEqual([
      false,
      false,
    ]);
  });

  it('leaves a figure about a different thing alone', () => {
    expect(flagged('The Drivers Union said 300 drivers had walked out. The operator said 40 buses were running.')).toEqual([false, false]);
    expect(flagged('Fares rose 12 per cent, the Wyre Passengers Group said. Wages rose 4 per cent, the drivers union said.')).toEqual([false, false]);
  });

  it('leaves the same kind of figure for a different named place alone', () => {
    expect(flagged('The council said 40 homes had flooded in Ashby Vale. Residents said 25 homes had flooded in Corran.')).toEqual([false, false]);
  });

  it('leaves the same kind of figure about a different subject alone', () => {
    expect(flagged('Mr Dane said the bridge had closed six times. Ms Ure said the tunnel had closed twice.')).toEqual([false, false]);
    expect(flagged('The council said it would spend £3 million on roads. The opposition said it would spend £1 million on parks.')).toEqual([
      false,
      false,
    ]);
  });

  it('leaves an agreeing figure alone', () => {
    expect(flagged('Gareth Vell said the new depot had cost £9 million. The council said the depot had cost £9 million.')).toEqual([false, false]);
  });

  it('leaves figures for different years alone', () => {
    expect(flagged('Exports of wool rose 5% in 2023, the trade minister said. The opposition said exports rose 7% in 2024.')).toEqual([false, false]);
  });

  it('leaves a figure several paragraphs later alone', () => {
    const text = [
      'Gareth Vell said the new depot had cost £12 million.',
      'The depot opened in May.',
      'Buses now leave it every morning.',
      'Drivers like the canteen.',
      'The council said the depot had cost £9 million.',
    ].join('\n\n');
    expect(flagged(text)[0]).toBe(false);
  });
});
