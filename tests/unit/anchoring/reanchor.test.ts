import { describe, expect, it } from 'vitest';
import { reanchor, wordDiff } from '@/lib/anchoring';
import { quoteSelector } from '@/lib/extraction';

const at = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
};

describe('reanchor', () => {
  const v1 = 'Intro line.\n\nThe budget grew by 4% in 2024. Officials said so.\n\nThe mayor resigned on Friday.';

  it('calls text that stayed in place exact even when an insertion shifted its offsets', () => {
    const v2 = 'A new lede.\n\n' + v1;
    const [r] = reanchor(v1, v2, [at(v1, 'The mayor resigned on Friday.')]);
    expect(r).toEqual({
      old: { ...at(v1, 'The mayor resigned on Friday.'), text: 'The mayor resigned on Friday.' },
      status: 'exact',
      new: { ...at(v2, 'The mayor resigned on Friday.'), text: 'The mayor resigned on Friday.' },
      similarity: 1,
    });
  });

  it('reports a sentence whose number changed with its new span and a similarity', () => {
    const v2 = v1.replace('4%', '4.5%');
    const [r] = reanchor(v1, v2, [at(v1, 'The budget grew by 4% in 2024.')]);
    expect(r?.status).toBe('changed');
    expect(r?.new).toEqual({ ...at(v2, 'The budget grew by 4.5% in 2024.'), text: 'The budget grew by 4.5% in 2024.' });
    // The lower of characters (2 of 32 differ) and words (2 of 11 tokens: "4" "." "5" "%" for "4" "%").
    expect(r?.similarity).toBeCloseTo(Math.min(1 - 2 / 32, 1 - 2 / 11), 5);
  });

  it('re-anchors a hand-edited span of two words inside a sentence', () => {
    const v2 = v1.replace('4%', '6%');
    const [kept, edited] = reanchor(v1, v2, [at(v1, 'in 2024'), at(v1, 'by 4%')]);
    expect(kept).toMatchObject({ status: 'exact', new: { ...at(v2, 'in 2024'), text: 'in 2024' } });
    expect(edited).toMatchObject({ status: 'changed', new: { ...at(v2, 'by 6%'), text: 'by 6%' } });
  });

  it('orphans a deleted sentence', () => {
    const v2 = v1.replace(' Officials said so.', '');
    const [r] = reanchor(v1, v2, [at(v1, 'Officials said so.')]);
    expect(r).toMatchObject({ status: 'orphaned', new: null });
    expect(r?.similarity).toBeLessThan(0.5);
  });

  it('picks the occurrence of a repeated sentence whose stored context matches', () => {
    const old = 'Rain fell. Prices rose. Wind blew.\n\nSnow came. Prices rose. Ice formed.';
    const moved = 'Snow came. Prices rose. Ice formed.\n\nNew text here. Rain fell. Prices rose. Wind blew.';
    const second = at(old, 'Prices rose.', old.indexOf('Snow'));
    const [r] = reanchor(old, moved, [second]);
    expect(r?.new?.start).toBe(moved.indexOf('Prices rose.'));
    const first = at(old, 'Prices rose.');
    const [s] = reanchor(old, moved, [first]);
    expect(s?.new?.start).toBe(moved.indexOf('Prices rose.', moved.indexOf('Rain')));
  });

  it('uses a stored selector over the old text at those offsets', () => {
    // The longer sentence stayed in place; the shorter one moved in front of it.
    const old = 'Alpha beta gamma delta epsilon. Zeta eta.';
    const stored = quoteSelector(old, 32, 41);
    const [r] = reanchor(old, 'Zeta eta. Alpha beta gamma delta epsilon.', [{ start: 32, end: 41, ...stored }]);
    expect(r).toMatchObject({ status: 'moved', new: { start: 0, end: 9, text: 'Zeta eta.' } });
    const [s] = reanchor(old, 'Zeta eta. Alpha beta gamma delta epsilon.', [
      { start: 0, end: 31, exact: 'Alpha beta gamma delta epsilon.', prefix: '', suffix: ' Zeta eta.' },
    ]);
    expect(s).toMatchObject({ status: 'exact', new: { start: 10, end: 41 } });
  });

  it('maps every claim of an identical text to itself', () => {
    const anchors = [at(v1, 'Intro line.'), at(v1, 'The mayor')];
    expect(reanchor(v1, v1, anchors).map((r) => [r.status, r.new?.start])).toEqual([
      ['exact', 0],
      ['exact', anchors[1]?.start],
    ]);
  });

  it('refuses offsets outside the old text', () => {
    expect(() => reanchor('short', 'short text', [{ start: 2, end: 9 }])).toThrow(RangeError);
    expect(() => reanchor('short', 'short text', [{ start: 3, end: 2 }])).toThrow(/anchor 0/);
  });
});

describe('wordDiff', () => {
  it('returns one equal run for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual([{ op: 'equal', text: 'Same words.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows an inserted clause and a deleted word', () => {
    expect(wordDiff('Teams used helicopters to lift residents.', 'Teams used helicopters and boats to lift people.')).toEqual([
      { op: 'equal', text: 'Teams used helicopters ' },
      { op: 'insert', text: 'and boats ' },
      { op: 'equal', text: 'to lift ' },
      { op: 'delete', text: 'residents' },
      { op: 'insert', text: 'people' },
      { op: 'equal', text: '.' },
    ]);
  });
});
