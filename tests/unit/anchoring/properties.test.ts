import { describe, expect, it } from 'vitest';
import { ORPHAN_THRESHOLD, reanchor, wordDiff, type Reanchored } from '@/lib/anchoring';
import { similarity } from '@/lib/anchoring/distance';
import { applyEdit, cloneDoc, EDIT_KINDS, Generator, pickClaims, render, rng, spanOf, type Rendered, type Tracked } from './generate';

const words = (s: string): string[] => s.split(/\s+|(?=[.,])/).filter(Boolean);

type Case = { seed: number; oldText: string; newText: string; claims: Tracked[]; after: Rendered; results: Reanchored[] };

/** An article of 6–15 paragraphs, its claims (every sentence, and word runs in half of them), 1–8 random edits. */
function generated(seed: number, kinds = EDIT_KINDS): Case {
  const g = new Generator(rng(seed));
  const doc = g.article(6 + g.int(10));
  const claims = pickClaims(g, doc, 0.5);
  const before = render(doc);
  const anchors = claims.map((c) => spanOf(before, c));
  const next = cloneDoc(doc);
  for (let e = 0, n = 1 + g.int(8); e < n; e++) applyEdit(g, next, claims, kinds[g.int(kinds.length)] ?? 'insert-sentence');
  const after = render(next);
  return { seed, oldText: before.text, newText: after.text, claims, after, results: reanchor(before.text, after.text, anchors) };
}

const SEEDS = Array.from({ length: Number(process.env.ANCHOR_SEEDS ?? 400) }, (_, i) => i + 1);

/** What the claim must have become, or why the case allows more than one answer; undefined when fine. */
function violation(c: Case, claim: Tracked, r: Reanchored): string | undefined {
  if (r.new && c.newText.slice(r.new.start, r.new.end) !== r.new.text) return 'new.text is not the new text at new.start..new.end';
  const stillThere = c.newText.includes(r.old.text);
  if ((r.status === 'exact' || r.status === 'moved') && (r.new?.text !== r.old.text || r.similarity !== 1)) return 'found, but not the same text';
  if (!claim.touched && !claim.deleted) {
    if (r.status !== 'exact' && r.status !== 'moved') return `untouched, but ${r.status}`;
    const expected = spanOf(c.after, claim);
    if (!claim.copied && r.new?.start !== expected.start) return `untouched, at ${r.new?.start} instead of ${expected.start}`;
    return undefined;
  }
  if (stillThere && (r.status === 'exact' || r.status === 'moved')) return undefined;
  // A deleted sentence that had been copied lives on in the copy, edited or not.
  if (claim.deleted && claim.copied) return r.status === 'changed' || r.status === 'orphaned' ? undefined : `deleted, but ${r.status}`;
  if (claim.deleted) return r.status === 'orphaned' ? undefined : `deleted, but ${r.status}`;
  const expected = spanOf(c.after, claim);
  const expectedText = c.newText.slice(expected.start, expected.end);
  const sim = similarity(r.old.text, expectedText, words);
  if (claim.copied || sim < ORPHAN_THRESHOLD + 0.1) return r.status === 'changed' || r.status === 'orphaned' ? undefined : `edited, but ${r.status}`;
  if (r.status !== 'changed' || !r.new) return `edited (similarity ${sim.toFixed(2)}), but ${r.status}`;
  if (r.new.start === expected.start && r.new.end === expected.end) return undefined;
  // A run of words whose edge word was edited or deleted has two equally good answers (the
  // next word substituted, or the edge word dropped): accept one as similar, overlapping the truth.
  const overlaps = r.new.start < expected.end && expected.start < r.new.end;
  if (claim.to !== null && overlaps && r.similarity >= sim - 1e-9) return undefined;
  return `edited, new span ${r.new.start}..${r.new.end} instead of ${expected.start}..${expected.end}`;
}

function failures(cases: Case[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    c.claims.forEach((claim, k) => {
      const r = c.results[k] as Reanchored;
      const why = violation(c, claim, r);
      if (why) out.push(`seed ${c.seed}, sentence ${claim.sid}: ${why}: ${JSON.stringify(r)}`);
    });
  }
  return out;
}

describe('re-anchoring generated articles after random edits', () => {
  const cases = SEEDS.map((seed) => generated(seed));

  it('keeps every untouched claim, whole sentence or a few words, exact or moved at its new offsets', () => {
    expect(failures(cases)).toEqual([]);
    const statuses = new Set(cases.flatMap((c) => c.results.map((r) => r.status)));
    expect([...statuses].sort()).toEqual(['changed', 'exact', 'moved', 'orphaned']);
  });

  it('follows claims through moved paragraphs and repeated sentences alone', () => {
    const moved = SEEDS.slice(0, 100).map((seed) => generated(seed, ['move-paragraph', 'duplicate-sentence']));
    expect(failures(moved)).toEqual([]);
    for (const c of moved) for (const r of c.results) expect(['exact', 'moved']).toContain(r.status);
    expect(moved.some((c) => c.results.some((r) => r.status === 'moved'))).toBe(true);
  });

  it('finds the new span of a claim whose number was edited', () => {
    const edited = SEEDS.slice(0, 100).map((seed) => generated(seed, ['edit-number']));
    expect(failures(edited)).toEqual([]);
    const changed = edited.flatMap((c) => c.results.filter((r) => r.status === 'changed'));
    expect(changed.length).toBeGreaterThan(50);
    for (const r of changed) expect(r.similarity).toBeGreaterThanOrEqual(ORPHAN_THRESHOLD);
  });

  it('orphans the claims of deleted sentences', () => {
    const deleted = SEEDS.slice(0, 100).map((seed) => generated(seed, ['delete-sentence', 'insert-sentence']));
    expect(failures(deleted)).toEqual([]);
    expect(deleted.some((c) => c.results.some((r) => r.status === 'orphaned' && r.new === null))).toBe(true);
  });

  it('is deterministic', () => {
    const again = generated(7);
    expect(again.results).toEqual(cases[6]?.results);
  });
});

describe('word diff', () => {
  it('rebuilds both texts and keeps what stayed in place as equal', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      const c = generated(seed);
      const ops = wordDiff(c.oldText, c.newText);
      expect(
        ops
          .filter((o) => o.op !== 'insert')
          .map((o) => o.text)
          .join(''),
      ).toBe(c.oldText);
      expect(
        ops
          .filter((o) => o.op !== 'delete')
          .map((o) => o.text)
          .join(''),
      ).toBe(c.newText);
      const equal = ops.filter((o) => o.op === 'equal').reduce((n, o) => n + o.text.length, 0);
      expect(equal).toBeGreaterThan(c.oldText.length * 0.3);
    }
  });

  it('marks a changed number as one word deleted and one inserted', () => {
    expect(wordDiff('Prices rose 5% in 2023.', 'Prices rose 7% in 2023.')).toEqual([
      { op: 'equal', text: 'Prices rose ' },
      { op: 'delete', text: '5' },
      { op: 'insert', text: '7' },
      { op: 'equal', text: '% in 2023.' },
    ]);
  });
});
