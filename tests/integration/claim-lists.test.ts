import { beforeEach, describe, expect, it } from 'vitest';
import { db, inNewYorkUntilTestEnds, resetDatabase } from './db';
import { article, code, makeClaim, people } from './claims-helpers';
import { listClaimsPage } from '@/lib/data/claim-lists';
import { getDashboard } from '@/lib/data/dashboard';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

beforeEach(resetDatabase);

async function pageThrough(userId: string, query: Record<string, string>, take: number) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listClaimsPage(userId, { ...query, after }, take);
    seen.push(...page.claims.map((c) => c.id));
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('pagination did not end');
}

describe('the claims list', () => {
  it('returns every matching claim exactly once across cursor pages, in order, for both sorts', async () => {
    const { journalist } = await people();
    const [a, b] = [await article(journalist.id), await article(journalist.id)];
    const statuses: ClaimStatus[] = ['suggested', 'open', 'dismissed', 'researching', 'in_review', 'ruled'];
    // Many ties on purpose: equal timestamps and equal scores must still page cleanly by id.
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 90; i++) {
      await makeClaim(i % 2 ? a.id : b.id, { status: statuses[i % 6], score: (i % 4) / 4, updatedAt: new Date(base + (i % 5) * 1000 + (i % 3)) });
    }
    const expected = await db.claim.findMany({ where: { status: { in: [...ACTIVE_STATUSES] } }, select: { id: true, score: true, updatedAt: true } });
    expect(expected.length).toBe(60);

    const byUpdated = await pageThrough(journalist.id, {}, 7);
    expect(byUpdated.length).toBe(60);
    expect(new Set(byUpdated).size).toBe(60);
    const sortedUpdated = [...expected].sort((x, y) => y.updatedAt.getTime() - x.updatedAt.getTime() || (y.id > x.id ? 1 : -1)).map((c) => c.id);
    expect(byUpdated).toEqual(sortedUpdated);

    const byScore = await pageThrough(journalist.id, { sort: 'score' }, 8);
    const sortedScore = [...expected].sort((x, y) => y.score - x.score || (y.id > x.id ? 1 : -1)).map((c) => c.id);
    expect(byScore).toEqual(sortedScore);

    const onlyA = await pageThrough(journalist.id, { article: a.id, status: 'open' }, 4);
    const expectA = await db.claim.findMany({ where: { articleId: a.id, status: 'open' }, select: { id: true } });
    expect(new Set(onlyA)).toEqual(new Set(expectA.map((c) => c.id)));
  });

  it('filters by assignee (me, nobody, a person) and by the latest verdict rating', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const mine = await makeClaim(a.id, { status: 'researching', assigneeId: journalist.id });
    const edits = await makeClaim(a.id, { status: 'researching', assigneeId: editor.id });
    const nobody = await makeClaim(a.id, { status: 'open' });
    // Proposed Mixed, then ruled False: only the latest verdict counts.
    await db.verdict.create({
      data: {
        claimId: edits.id,
        kind: 'proposed',
        rating: 'mixed',
        explanation: 'x',
        attributionConfirmed: true,
        byId: journalist.id,
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await db.verdict.create({
      data: { claimId: edits.id, kind: 'ruled', rating: 'false_', explanation: 'y', attributionConfirmed: true, byId: editor.id },
    });

    const ids = async (q: Record<string, string>, who = journalist.id) => (await listClaimsPage(who, q)).claims.map((c) => c.id);
    expect(await ids({ assignee: 'me' })).toEqual([mine.id]);
    expect(await ids({ assignee: 'none' })).toEqual([nobody.id]);
    expect(await ids({ assignee: editor.id })).toEqual([edits.id]);
    expect(await ids({ rating: 'false_' })).toEqual([edits.id]);
    expect(await ids({ rating: 'mixed' })).toEqual([]);
    const listed = (await listClaimsPage(journalist.id, { rating: 'false_' })).claims[0];
    expect(listed?.latestVerdict).toEqual({ rating: 'false_', kind: 'ruled' });
  });

  it('keeps the latest verdict on the claim whoever writes verdicts, in the same transaction', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const [one, two] = [await makeClaim(a.id, { status: 'in_review' }), await makeClaim(a.id, { status: 'in_review' })];
    const latest = async (id: string) =>
      db.claim
        .findUniqueOrThrow({ where: { id }, select: { latestRating: true, latestVerdictKind: true } })
        .then((c) => [c.latestRating, c.latestVerdictKind]);
    const verdict = (claimId: string, kind: 'proposed' | 'ruled', rating: 'mixed' | 'false_' | 'true_', createdAt?: Date) =>
      db.verdict.create({ data: { claimId, kind, rating, explanation: 'x', attributionConfirmed: true, byId: editor.id, createdAt } });
    expect(await latest(one.id)).toEqual([null, null]);
    await verdict(one.id, 'proposed', 'mixed');
    expect(await latest(one.id)).toEqual(['mixed', 'proposed']);
    await verdict(one.id, 'ruled', 'false_');
    expect(await latest(one.id)).toEqual(['false_', 'ruled']);
    // A row dated earlier than the newest does not become "latest", even when written last.
    await verdict(one.id, 'proposed', 'true_', new Date(Date.now() - 3_600_000));
    expect(await latest(one.id)).toEqual(['false_', 'ruled']);
    // A transaction that fails leaves nothing behind, the summary included.
    await expect(
      db.$transaction(async (tx) => {
        await tx.verdict.create({
          data: { claimId: two.id, kind: 'ruled', rating: 'true_', explanation: 'x', attributionConfirmed: true, byId: editor.id },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await latest(two.id)).toEqual([null, null]);
    // Moving or deleting verdicts recomputes both claims.
    const newest = await db.verdict.findFirstOrThrow({ where: { claimId: one.id, kind: 'ruled' } });
    await db.verdict.update({ where: { id: newest.id }, data: { claimId: two.id } });
    expect([await latest(one.id), await latest(two.id)]).toEqual([
      ['mixed', 'proposed'],
      ['false_', 'ruled'],
    ]);
    await db.verdict.deleteMany({ where: { claimId: two.id } });
    expect(await latest(two.id)).toEqual([null, null]);
    expect((await listClaimsPage(journalist.id, { rating: 'mixed' })).claims.map((c) => c.id)).toEqual([one.id]);
  });

  it('refuses bad filters and broken cursors, and signed-out callers', async () => {
    const { journalist } = await people();
    expect(await code(listClaimsPage(journalist.id, { status: 'bogus' }))).toBe('INVALID');
    expect(await code(listClaimsPage(journalist.id, { after: 'not-a-cursor' }))).toBe('INVALID');
    // A cursor made for one sort does not fit the other.
    const scoreCursor = Buffer.from(JSON.stringify([0.5, 'x'])).toString('base64url');
    expect(await code(listClaimsPage(journalist.id, { after: scoreCursor }))).toBe('INVALID');
    expect(await code(listClaimsPage(journalist.id, { sort: 'score', after: scoreCursor }))).toBe('OK');
    expect(await code(listClaimsPage(null, {}))).toBe('UNAUTHORIZED');
  });
});

describe('the dashboard', () => {
  it('shows my unruled claims, and claims awaiting a ruling to editors only', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const researching = await makeClaim(a.id, { status: 'researching', assigneeId: journalist.id });
    await makeClaim(a.id, { status: 'ruled', assigneeId: journalist.id });
    const review = await makeClaim(a.id, { status: 'in_review', assigneeId: journalist.id });

    const mine = await getDashboard(journalist.id);
    expect(new Set(mine.myClaims.map((c) => c.id))).toEqual(new Set([researching.id, review.id]));
    expect(mine.awaitingRuling).toBeNull();

    const eds = await getDashboard(editor.id);
    expect(eds.myClaims).toEqual([]);
    expect(eds.awaitingRuling?.map((c) => c.id)).toEqual([review.id]);
    expect(await code(getDashboard(null))).toBe('UNAUTHORIZED');
  });

  it('orders its lists and reads rows as the claims list does: the assignee, the article, the latest verdict', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const older = await makeClaim(a.id, { status: 'in_review', assigneeId: journalist.id, updatedAt: new Date('2026-01-01T00:00:00Z') });
    const newer = await makeClaim(a.id, { status: 'open', assigneeId: journalist.id, updatedAt: new Date('2026-02-01T00:00:00Z') });
    await db.verdict.create({
      data: { claimId: older.id, kind: 'proposed', rating: 'false_', explanation: 'x', attributionConfirmed: true, byId: journalist.id },
    });
    await db.claim.update({ where: { id: older.id }, data: { updatedAt: new Date('2026-01-01T00:00:00Z') } });

    const mine = await getDashboard(journalist.id);
    expect(mine.myClaims.map((c) => c.id)).toEqual([newer.id, older.id]); // newest first
    const listed = (await listClaimsPage(journalist.id, {})).claims.find((c) => c.id === older.id);
    expect(mine.myClaims[1]).toEqual(listed);
    expect(mine.myClaims[1]).toMatchObject({
      assignee: { id: journalist.id, name: journalist.name },
      article: { id: a.id, title: (await db.article.findUniqueOrThrow({ where: { id: a.id } })).title },
      latestVerdict: { rating: 'false_', kind: 'proposed' },
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    const eds = await getDashboard(editor.id);
    expect(eds.awaitingRuling?.map((c) => c.id)).toEqual([older.id]);
  });

  it('lists the newest articles with who imported them, their fact-check and their claims but the dismissed ones', async () => {
    const { journalist, editor } = await people();
    const first = await article(journalist.id);
    await db.article.update({
      where: { id: first.id },
      data: { createdAt: new Date('2026-01-01T00:00:00Z'), publishedAt: new Date('2025-12-31T00:00:00Z') },
    });
    const second = await article(editor.id);
    await makeClaim(second.id, { status: 'open' });
    await makeClaim(second.id, { status: 'dismissed' });
    await makeClaim(second.id, { status: 'ruled' });
    await db.factCheck.create({ data: { articleId: second.id, slug: 'second', status: 'draft' } });
    inNewYorkUntilTestEnds(); // pg's own reading of a date would be the day before
    const { articles } = await getDashboard(journalist.id);
    expect(articles.map((x) => x.id)).toEqual([second.id, first.id]);
    expect(articles[0]).toMatchObject({ importedBy: { name: editor.name }, factCheck: { status: 'draft', slug: 'second' }, claimCount: 2 });
    expect(articles[1]).toMatchObject({ importedBy: { name: journalist.name }, factCheck: null, claimCount: 0 });
    expect(articles[1]!.publishedAt!.toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(articles[1]!.createdAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('the claims list with a hand-edited URL (issue 9)', () => {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');

  it('refuses a NUL byte in a filter and a broken cursor as INVALID on that field, never a database error', async () => {
    const { journalist } = await people();
    const cases: [Record<string, string>, string][] = [
      [{ assignee: 'u\u0000' }, 'assignee'],
      [{ article: 'a\u0000b' }, 'article'],
      [{ article: '\uD800' }, 'article'],
      [{ after: '%%%' }, 'after'],
      [{ after: b64(['1', 'c1']) }, 'after'], // Date.parse reads "1" as a year; PostgreSQL does not
      [{ after: b64(['Tue', 'c1']) }, 'after'],
      [{ after: b64(['0000-01-01T00:00:00.000Z', 'c1']) }, 'after'],
      [{ after: b64(['2026-01-01T00:00:00.000Z', 'c\u0000']) }, 'after'],
      [{ after: b64([0.5, 'c1']) }, 'after'], // a score cursor on the "updated" list
      [{ sort: 'score', after: b64(['2026-01-01T00:00:00.000Z', 'c1']) }, 'after'],
      [{ sort: 'score', after: b64([1e400, 'c1']) }, 'after'],
    ];
    for (const [query, field] of cases) {
      const e = await listClaimsPage(journalist.id, query).then(
        () => null,
        (err: { info?: { code: string; fieldErrors?: Record<string, string[]> } }) => err.info,
      );
      expect(e, JSON.stringify(query)).toMatchObject({ code: 'INVALID', fieldErrors: { [field]: expect.any(Array) } });
    }
    expect(await code(listClaimsPage(journalist.id, { after: b64(['2026-01-01T00:00:00.000Z', 'c1']) }))).toBe('OK');
  });
});
