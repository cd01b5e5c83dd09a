import { describe, expect, it } from 'vitest';
import { claimText, packMarks, unpackMarks } from '@/lib/workspace-marks';

const TEXT = 'Alpha said one. Beta said two. Gamma said three.';
const claim = (over: Partial<Parameters<typeof packMarks>[0][number]> & { start: number; end: number }) => ({
  id: `c${over.start}`,
  number: over.start + 1,
  text: TEXT.slice(over.start, over.end),
  status: 'suggested' as const,
  score: 0.123456,
  recommended: false,
  version: 1,
  verdict: null,
  anchorStatus: null,
  anchorPending: false,
  needsRecheck: false,
  ...over,
});

describe('workspace marks', () => {
  it('round-trips every field the workspace uses, keeping each claim’s own number, and drops the words it can read from the text', () => {
    // Numbers are the claims' own (stable, not positions): here 1, 17 and 32.
    const claims = [
      claim({ start: 0, end: 15, status: 'ruled', recommended: true, version: 4, verdict: { rating: 'false_', kind: 'ruled' } }),
      claim({
        start: 16,
        end: 30,
        anchorStatus: 'changed',
        anchorPending: true,
        verdict: { rating: 'mostly_true', kind: 'proposed' },
        needsRecheck: true,
      }),
      claim({ start: 31, end: 48, anchorStatus: 'orphaned', anchorPending: true, text: 'Words no longer in the text.' }),
    ];
    const packed = packMarks(claims);
    expect(JSON.stringify(packed)).not.toContain('Alpha said one');
    const marks = unpackMarks(JSON.parse(JSON.stringify(packed)));
    expect(marks.map((m) => m.n)).toEqual([1, 17, 32]);
    expect(marks[0]).toEqual({
      id: 'c0',
      n: 1,
      start: 0,
      end: 15,
      status: 'ruled',
      score: 0.123,
      recommended: true,
      version: 4,
      verdict: { rating: 'false_', kind: 'ruled' },
      anchorStatus: null,
      anchorPending: false,
      needsRecheck: false,
      text: null,
    });
    expect(marks[1]).toMatchObject({
      verdict: { rating: 'mostly_true', kind: 'proposed' },
      anchorStatus: 'changed',
      anchorPending: true,
      needsRecheck: true,
    });
    expect(marks.map((m) => claimText(m, TEXT))).toEqual(['Alpha said one.', 'Beta said two.', 'Words no longer in the text.']);
  });

  it('sends field names once: 6,000 claims cost well under 100 bytes each', () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({
      ...claim({ start: i * 10, end: i * 10 + 9 }),
      id: `cmabcdefghijklmnopq${String(i).padStart(6, '0')}`,
    }));
    const bytes = JSON.stringify(packMarks(many)).length;
    expect(bytes / many.length).toBeLessThan(100);
  });
});
