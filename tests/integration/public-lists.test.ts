// Issue 15: the public lists page with a keyset cursor, newest first, from published snapshots;
// the ClaimReview feed carries, for each claim, exactly what the claim's own page carries.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { getPublishedFactCheck } from '@/lib/data/public';
import { listPublishedClaimReviews, listPublishedFactChecks } from '@/lib/data/public-lists';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const TEXT = 'Alpha said the sky is green. Beta said water is dry.';

/** A published fact-check of `claims` ruled claims (1 or 2). */
async function publishOne(editorId: string, journalistId: string, claims: 1 | 2, title: string) {
  const article = await makeArticle(journalistId, TEXT);
  await db.article.update({ where: { id: article.id }, data: { title } });
  for (const [start, end] of [
    [0, 28],
    [29, TEXT.length],
  ].slice(0, claims)) {
    const c = await db.claim.create({
      data: { articleId: article.id, start: start!, end: end!, text: TEXT.slice(start, end), status: 'ruled', claimant: 'Alpha', included: true },
    });
    await db.source.create({
      data: { claimId: c.id, url: 'https://data.example/x', title: 'Data', type: 'dataset', stance: 'contradicts', addedById: journalistId },
    });
    await db.verdict.create({
      data: { claimId: c.id, kind: 'ruled', rating: 'false_', explanation: 'No.', attributionConfirmed: true, byId: editorId },
    });
  }
  const draft = await saveSummary(editorId, { articleId: article.id, version: 0, summary: `We checked the claims of ${title}.` });
  return publishFactCheck(editorId, { articleId: article.id, version: draft.version });
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: AppError) => e.info?.code ?? String(e),
  );

describe('public lists', () => {
  it('page newest first with a cursor, and every claim in the feed is the one its page carries', async () => {
    const [editor, journalist] = [await makeUser('editor'), await makeUser('journalist')];
    const published = [];
    for (const [i, n] of ([1, 2, 1] as const).entries()) published.push(await publishOne(editor.id, journalist.id, n, `Article ${i}`));
    const newestFirst = [...published].reverse().map((f) => f.slug);

    const first = await listPublishedFactChecks({ limit: 2 });
    expect(first.items.map((f) => f.slug)).toEqual(newestFirst.slice(0, 2));
    expect(first.items[0]).toMatchObject({ title: 'Article 2', summary: 'We checked the claims of Article 2.', publisher: 'The Test Gazette' });
    const second = await listPublishedFactChecks({ limit: 2, after: first.next! });
    expect(second.items.map((f) => f.slug)).toEqual(newestFirst.slice(2));
    expect(second.next).toBeNull();
    expect((await listPublishedFactChecks()).items).toHaveLength(3);

    const feed = await listPublishedClaimReviews({ limit: 2 });
    expect(feed.reviews).toHaveLength(3); // the newest two fact-checks: 1 + 2 claims
    const pages = await Promise.all(newestFirst.slice(0, 2).map((slug) => getPublishedFactCheck(slug)));
    expect(feed.reviews).toEqual(pages.flatMap((fc) => fc!.claims.map((c) => c.claimReview)));
    for (const r of feed.reviews) ZClaimReviewSchema.parse(r);
    const rest = await listPublishedClaimReviews({ limit: 2, after: feed.next! });
    expect(rest.reviews.map((r) => r.url)).toEqual((await getPublishedFactCheck(newestFirst[2]!))!.claims.map((c) => c.claimReview.url));
    expect(rest.next).toBeNull();
  });

  it('refuses a broken cursor or limit with a clear error', async () => {
    for (const bad of [
      { after: 'not-a-cursor' },
      { after: Buffer.from('["yesterday","x"]').toString('base64url') },
      { limit: 0 },
      { limit: 101 },
      { limit: 'ten' },
    ]) {
      expect(await code(listPublishedFactChecks(bad as never)), JSON.stringify(bad)).toBe('INVALID');
      expect(await code(listPublishedClaimReviews(bad as never)), JSON.stringify(bad)).toBe('INVALID');
    }
  });
});
