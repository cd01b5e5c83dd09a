import { describe, expect, it } from 'vitest';
import { MIN_SIMILARITY, prepare, rankMatches, SAME_CLAIM, type MatchCandidate } from '@/lib/matching';

const archive: MatchCandidate[] = [
  { id: 'unrelated', text: 'Arsenal have scored in 30 consecutive home games, the club said.', ruled: true },
  { id: 'changed', text: 'The minister said unemployment fell to 5.1 per cent in March.', ruled: true },
  { id: 'paraphrase', text: 'Unemployment dropped to 4.1% in March, according to the minister.', ruled: false },
  { id: 'related', text: 'Inflation rose to 2.6 per cent in May, the statistics office said.', ruled: true },
  { id: 'topic', text: 'The minister said youth unemployment is a priority for the government.', ruled: false },
];
const query = 'The minister said unemployment fell to 4.1 per cent in March.';

describe('rankMatches', () => {
  it('puts the paraphrase first, keeps the changed number marked, and drops unrelated claims', () => {
    const ranked = rankMatches(query, archive, { limit: 10 });
    expect(ranked[0]?.candidate.id).toBe('paraphrase');
    expect(ranked[0]?.sameClaim).toBe(true);
    const changed = ranked.find((m) => m.candidate.id === 'changed');
    expect(changed).toMatchObject({ numbersDiffer: true, sameClaim: false });
    expect(changed?.similarity).toBeLessThan(SAME_CLAIM);
    expect(ranked.map((m) => m.candidate.id)).not.toContain('unrelated');
    expect(ranked.map((m) => m.candidate.id)).not.toContain('related');
    for (const m of ranked) expect(m.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });

  it('orders best first and honours limit and minSimilarity', () => {
    const ranked = rankMatches(query, archive, { limit: 10 });
    const sims = ranked.map((m) => m.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
    expect(rankMatches(query, archive, { limit: 1 }).map((m) => m.candidate.id)).toEqual(['paraphrase']);
    expect(rankMatches(query, archive, { limit: 0 })).toEqual([]);
    expect(rankMatches(query, archive, { limit: 10, minSimilarity: SAME_CLAIM }).map((m) => m.candidate.id)).toEqual(['paraphrase']);
  });

  it('ranks a ruled claim above its unruled twin, whichever comes first', () => {
    const twin = 'Unemployment dropped to 4.1% in March, according to the minister.';
    const a = { id: 'a-unruled', text: twin, ruled: false };
    const b = { id: 'b-ruled', text: twin, ruled: true };
    expect(rankMatches(query, [a, b]).map((m) => m.candidate.id)).toEqual(['b-ruled', 'a-unruled']);
    expect(rankMatches(query, [b, a]).map((m) => m.candidate.id)).toEqual(['b-ruled', 'a-unruled']);
  });

  it('does not let a ruled claim jump a clearly better unruled one', () => {
    const better = { id: 'better', text: 'Unemployment fell to 4.1 per cent in March, the minister said.', ruled: false };
    const weaker = { id: 'weaker', text: 'Unemployment in March was 4.1%.', ruled: true };
    expect(rankMatches(query, [weaker, better]).map((m) => m.candidate.id)[0]).toBe('better');
  });

  it('accepts prepared query and candidates, with the same result', () => {
    const prepared = archive.map((c) => ({ ...c, prepared: prepare(c.text) }));
    const fromPrepared = rankMatches(prepare(query), prepared, { limit: 10 }).map((m) => [m.candidate.id, m.similarity]);
    expect(fromPrepared).toEqual(rankMatches(query, archive, { limit: 10 }).map((m) => [m.candidate.id, m.similarity]));
  });

  it('returns nothing for an empty query or an empty archive', () => {
    expect(rankMatches('', archive)).toEqual([]);
    expect(rankMatches(query, [])).toEqual([]);
  });
});
