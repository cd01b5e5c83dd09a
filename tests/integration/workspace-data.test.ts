import { beforeEach, describe, expect, it } from 'vitest';
import { db, inNewYorkUntilTestEnds, resetDatabase } from './db';
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

  it('reads each claim’s fields as the model has them: ratings by the client’s names, and the stored words of a moved claim', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const ruled = await makeClaim(a.id, { status: 'ruled' });
    const moved = await makeClaim(a.id, { status: 'open' });
    await db.verdict.create({
      data: { claimId: ruled.id, kind: 'ruled', rating: 'true_', explanation: 'x', attributionConfirmed: true, byId: editor.id },
    });
    await db.claim.update({
      where: { id: moved.id },
      data: { anchorPending: true, anchorStatus: 'changed', text: 'The words it had', textBefore: 'Before them', anchorSimilarity: 0.5, score: 0.75 },
    });

    const { claims } = await getArticleWorkspace(editor.id, a.id);
    expect(claims.map((c) => c.id)).toEqual([ruled.id, moved.id]);
    expect(claims[0]).toMatchObject({ verdict: { rating: 'true_', kind: 'ruled' }, anchorStatus: null, anchorPending: false, textBefore: null });
    expect(claims[1]).toMatchObject({
      text: 'The words it had',
      textBefore: 'Before them',
      anchorSimilarity: 0.5,
      anchorStatus: 'changed',
      anchorPending: true,
      needsRecheck: false,
      score: 0.75,
      verdict: null,
    });
    expect(typeof claims[1]!.start).toBe('number');
    expect(typeof claims[1]!.version).toBe('number');
  });

  it('reads the article as the model has it: its date, who imported it, its links in text order and its fact-check', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    await db.article.update({
      where: { id: a.id },
      data: { publishedAt: new Date('2026-05-08T00:00:00Z'), publisher: 'BBC', url: 'https://example.org/a' },
    });
    await db.articleLink.createMany({
      data: [
        { articleId: a.id, text: 'later', href: 'https://example.org/2', start: 40, end: 45 },
        { articleId: a.id, text: 'first', href: 'https://example.org/1', start: 3, end: 8 },
      ],
    });
    const select = {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      plainText: true,
      currentVersion: true,
      importedBy: { select: { name: true } },
      links: { select: { id: true, text: true, href: true, start: true, end: true }, orderBy: { start: 'asc' } },
      factCheck: { select: { id: true, slug: true, status: true } },
    } as const;
    inNewYorkUntilTestEnds(); // pg's own reading of a date would be the day before

    const before = (await getArticleWorkspace(editor.id, a.id)).article;
    expect(before).toEqual(await db.article.findUniqueOrThrow({ where: { id: a.id }, select }));
    expect(before.publishedAt!.toISOString()).toBe('2026-05-08T00:00:00.000Z');
    expect(before.importedBy).toEqual({ name: journalist.name });
    expect(before.links.map((l) => l.text)).toEqual(['first', 'later']);
    expect(before.factCheck).toBeNull();

    await db.factCheck.create({ data: { articleId: a.id, slug: 'a-check', status: 'published' } });
    const after = (await getArticleWorkspace(editor.id, a.id)).article;
    expect(after.factCheck).toEqual({ id: expect.any(String), slug: 'a-check', status: 'published' });
    expect(after).toEqual(await db.article.findUniqueOrThrow({ where: { id: a.id }, select }));
    expect(await code(getArticleWorkspace(editor.id, 'cnotanarticle000000000000'))).toBe('NOT_FOUND');
  });
});
