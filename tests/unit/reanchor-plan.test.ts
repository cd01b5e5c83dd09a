// The rules a new article version applies to claims (lib/data/reanchor-plan.ts), on hand-made
// engine answers: no database, no engine.
import { describe, expect, it } from 'vitest';
import type { Reanchored } from '@/lib/anchoring';
import { planReanchor, uncoveredSuggestions, type PlanClaim } from '@/lib/data/reanchor-plan';

const NEW = 'Alpha rose 5 per cent. Beta fell. Gamma said 38 schools opened. Delta is new.';
const span = (s: string) => ({ start: NEW.indexOf(s), end: NEW.indexOf(s) + s.length, text: s });

function claim(id: string, text: string, start: number, extra: Partial<PlanClaim> = {}): PlanClaim {
  return {
    id,
    start,
    end: start + text.length,
    text,
    prefix: '',
    suffix: '',
    ruled: false,
    anchorStatus: null,
    anchorPending: false,
    textBefore: null,
    needsRecheck: false,
    ...extra,
  };
}
const found = (c: PlanClaim, status: Reanchored['status'], text: string | null, similarity = 1): Reanchored => ({
  old: { start: c.start, end: c.end, text: c.text },
  status,
  new: text === null ? null : span(text),
  similarity,
});

describe('planReanchor', () => {
  it('leaves claims found in place alone, moves others, flags edits and losses, and marks ruled ones for a new ruling', () => {
    const alpha = claim('a', 'Alpha rose 5 per cent.', 0);
    const beta = claim('b', 'Beta fell.', 40);
    const gamma = claim('g', 'Gamma said 40 schools opened.', 60, { ruled: true });
    const gone = claim('x', 'Omega was cut.', 100, { ruled: true });
    const plan = planReanchor(
      NEW,
      [alpha, beta, gamma, gone],
      [
        found(alpha, 'exact', 'Alpha rose 5 per cent.'),
        found(beta, 'moved', 'Beta fell.'),
        found(gamma, 'changed', 'Gamma said 38 schools opened.', 0.93),
        found(gone, 'orphaned', null, 0.2),
      ],
    );
    expect(plan.counts).toEqual({ exact: 1, moved: 1, changed: 1, orphaned: 1 });
    expect(plan.updates.map((u) => u.id).sort()).toEqual(['b', 'g', 'x']); // alpha did not change at all
    const byId = Object.fromEntries(plan.updates.map((u) => [u.id, u]));
    expect(byId.b).toMatchObject({ ...span('Beta fell.'), anchorStatus: null, anchorPending: false });
    expect(byId.g).toMatchObject({
      ...span('Gamma said 38 schools opened.'),
      anchorStatus: 'changed',
      anchorPending: true,
      textBefore: 'Gamma said 40 schools opened.',
      needsRecheck: true,
    });
    expect(byId.x).toMatchObject({ start: 100, text: 'Omega was cut.', anchorStatus: 'orphaned', anchorPending: true, needsRecheck: true });
    expect(plan.flagged.map((f) => [f.id, f.status])).toEqual([
      ['g', 'changed'],
      ['x', 'orphaned'],
    ]);
    for (const u of plan.updates.filter((x) => x.anchorStatus !== 'orphaned')) expect(NEW.slice(u.start, u.end)).toBe(u.text);
  });

  it('gives contested words to the better match and orphans the other', () => {
    const one = claim('1', 'Gamma said 38 schools opened.', 0);
    const two = claim('2', 'Gamma said 40 schools opened.', 50);
    const plan = planReanchor(
      NEW,
      [one, two],
      [found(one, 'exact', 'Gamma said 38 schools opened.'), found(two, 'changed', 'Gamma said 38 schools opened.', 0.9)],
    );
    expect(plan.counts).toMatchObject({ exact: 1, changed: 0, orphaned: 1 });
    expect(plan.updates.find((u) => u.id === '2')).toMatchObject({ anchorStatus: 'orphaned', start: 50 });
  });

  it('keeps what a reviewer decided about an orphan, and keeps an unsettled change on the list', () => {
    const settledOrphan = claim('o', 'Omega was cut.', 100, { anchorStatus: 'orphaned', anchorPending: false, textBefore: 'Omega was cut.' });
    const unsettled = claim('c', 'Alpha rose 5 per cent.', 0, { anchorStatus: 'changed', anchorPending: true, textBefore: 'Alpha rose 4 per cent.' });
    const plan = planReanchor(
      NEW,
      [settledOrphan, unsettled],
      [found(settledOrphan, 'orphaned', null, 0), found(unsettled, 'exact', 'Alpha rose 5 per cent.')],
    );
    expect(plan.updates).toEqual([]);
    expect(plan.flagged).toEqual([]);
  });
});

describe('uncoveredSuggestions', () => {
  it('offers only sentences that no placed claim touches', () => {
    const sentences = [span('Alpha rose 5 per cent.'), span('Beta fell.'), span('Gamma said 38 schools opened.'), span('Delta is new.')];
    const placed = [span('Beta fell.'), { start: NEW.indexOf('38'), end: NEW.indexOf('38') + 2 }];
    expect(uncoveredSuggestions(sentences, placed)).toEqual([0, 3]);
    expect(uncoveredSuggestions(sentences, [])).toEqual([0, 1, 2, 3]);
  });
});
