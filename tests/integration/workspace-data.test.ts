import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './db';
import { article, code, makeClaim, people } from './claims-helpers';
import { getArticleWorkspace, getClaimFacts } from '@/lib/data/articles';
import { claimText, packMarks, unpackMarks } from '@/lib/workspace-marks';

beforeEach(resetDatabase);

describe('the article workspace’s data', () => {
  it('marks every claim in text order with its latest verdict, and reads one claim’s facts on demand', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const first = await makeClaim(a.id, { status: 'in_review', assigneeId: journalist.id });
    const second = await makeClaim(a.id, { status: 'suggested' });
    await db.claim.update({ where: { id: first.id }, data: { claimant: 'Maria Romero', claimantType: 'person', reasons: ['mentions a number'] } });
    await db.verdict.create({
      data: { claimId: first.id, kind: 'proposed', rating: 'mixed', explanation: 'x', attributionConfirmed: true, byId: journalist.id },
    });

    const { article: shown, claims } = await getArticleWorkspace(editor.id, a.id);
    const marks = unpackMarks(packMarks(claims));
    expect(marks.map((m) => [m.id, m.n, m.status, m.verdict])).toEqual([
      [first.id, 1, 'in_review', { rating: 'mixed', kind: 'proposed' }],
      [second.id, 2, 'suggested', null],
    ]);
    expect(marks.map((m) => claimText(m, shown.plainText))).toEqual(claims.map((c) => c.text));

    const facts = await getClaimFacts(editor.id, first.id);
    expect(facts).toMatchObject({
      id: first.id,
      claimant: 'Maria Romero',
      claimantType: 'person',
      reasons: ['mentions a number'],
      assignee: { id: journalist.id, name: 'Jo' },
      research: { sources: 0, notes: 0, verdicts: 1 },
    });
    expect(await code(getClaimFacts(null, first.id))).toBe('UNAUTHORIZED');
    expect(await code(getClaimFacts(editor.id, 'cnotaclaim000000000000000'))).toBe('NOT_FOUND');
    expect(await code(getArticleWorkspace(null, a.id))).toBe('UNAUTHORIZED');
  });
});
