// Issue 13: unpublishing is a retraction with a reason readers see (the address answers 410 with
// it, the claims leave every list and feed, republishing ends it); the reader's page says "Demo
// content" only for the seed's flagged article; the checklist needs the article's address,
// publisher and date, which the workspace can now edit.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { getPublishView, publishFactCheck, saveSummary, unpublishFactCheck } from '@/lib/data/factchecks';
import { updateArticleDetails } from '@/lib/data/article-details';
import { getPublishedFactCheck, getRetraction } from '@/lib/data/public';
import { listPublishedClaimReviews, listPublishedFactChecks } from '@/lib/data/public-lists';
import { GET as factCheckApi } from '@/app/api/fact-checks/[slug]/route';
import { ReaderHeader } from '@/app/(public)/fact-checks/[slug]/reader-sections';
import { ClaimCard } from '@/app/(public)/fact-checks/[slug]/claim-card';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const TEXT = 'Alpha said the sky is green. Beta said water is dry.';
const REASON = 'The claim we checked was misquoted: the speaker said blue, not green.';

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info.code, message: e.message, fields: e.info.code === 'INVALID' ? e.info.fieldErrors : undefined }),
  );

/** A ruled, sourced claim on an article (with or without its details), ready to publish. */
async function ready(details: { url?: string | null; publisher?: string | null; publishedAt?: Date | null } = {}) {
  const [journalist, editor, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
  const article = await makeArticle(journalist.id, TEXT);
  if (Object.keys(details).length) await db.article.update({ where: { id: article.id }, data: details });
  const claim = await db.claim.create({
    data: { articleId: article.id, start: 0, end: 28, text: TEXT.slice(0, 28), status: 'ruled', claimant: 'Alpha', included: true },
  });
  // A real fact-check may cite an example.org address: that alone must not make it "demo content".
  await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://example.org/report',
      title: 'A report',
      type: 'dataset',
      stance: 'contradicts',
      addedById: journalist.id,
    },
  });
  await db.verdict.create({
    data: { claimId: claim.id, kind: 'ruled', rating: 'false_', explanation: 'It is blue.', attributionConfirmed: true, byId: editor.id },
  });
  const draft = await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'We checked one claim in this article.' });
  return { journalist, editor, admin, article, claim, draft };
}

async function published() {
  const s = await ready();
  const fc = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.draft.version });
  return { ...s, fc };
}

const api = async (slug: string) => {
  const res = await factCheckApi(new Request(`http://test/api/fact-checks/${slug}`), { params: Promise.resolve({ slug }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('retracting (unpublishing with a reason)', () => {
  it('refuses without a reason, or with a blank or too short one, and nothing changes', async () => {
    const s = await published();
    for (const reason of [undefined, '', '     ', 'Oops.']) {
      const e = await refusal(unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason } as never));
      expect(e?.code).toBe('INVALID');
      expect(e?.fields?.reason?.[0]).toMatch(/reason for readers/);
    }
    const fc = await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } });
    expect(fc).toMatchObject({ status: 'published', version: s.fc.version, retractedAt: null, retractionReason: null });
    expect(await db.event.count({ where: { action: 'factcheck_unpublish' } })).toBe(0);
    expect(await getPublishedFactCheck(s.fc.slug)).not.toBeNull();
    expect((await api(s.fc.slug)).status).toBe(200);
  });

  it('stores the reason and when, with who in the history', async () => {
    const s = await published();
    const before = Date.now();
    const after = await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: `  ${REASON}  ` });
    expect(after).toMatchObject({ status: 'unpublished', retractionReason: REASON, version: s.fc.version + 1 });
    expect(after.retractedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const event = await db.event.findFirstOrThrow({ where: { action: 'factcheck_unpublish' } });
    expect(event).toMatchObject({ actorId: s.editor.id, articleId: s.article.id, after: { status: 'unpublished', reason: REASON } });
    // The publish page shows the editor what readers are told.
    const view = await getPublishView(s.editor.id, s.article.id);
    expect(view.factCheck).toMatchObject({ status: 'unpublished', retractionReason: REASON });
  });

  it('answers 410 with the title, the dates and the reason, and the claims leave every list and feed', async () => {
    const s = await published();
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: REASON });
    const fc = await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } });
    expect(await getPublishedFactCheck(s.fc.slug)).toBeNull();
    expect((await listPublishedFactChecks()).items).toEqual([]);
    expect((await listPublishedClaimReviews()).reviews).toEqual([]);
    expect(await getRetraction(s.fc.slug)).toEqual({
      slug: s.fc.slug,
      title: 'Test article',
      publishedAt: s.fc.publishedAt,
      retractedAt: fc.retractedAt,
      reason: REASON,
    });
    expect(await api(s.fc.slug)).toEqual({
      status: 410,
      body: {
        error: 'retracted',
        title: 'Test article',
        publishedAt: s.fc.publishedAt!.toISOString(),
        retractedAt: fc.retractedAt!.toISOString(),
        reason: REASON,
      },
    });
    // Never published, or unpublished before reasons existed: still a plain 404.
    expect((await api('not-a-fact-check-00000000')).status).toBe(404);
    await db.factCheck.update({ where: { id: s.fc.id }, data: { retractedAt: null, retractionReason: null } });
    expect(await api(s.fc.slug)).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('the database refuses a retraction on a published fact-check, or a date without a reason', async () => {
    const s = await published();
    await expect(db.factCheck.update({ where: { id: s.fc.id }, data: { retractedAt: new Date(), retractionReason: REASON } })).rejects.toThrow(
      /fact_checks_retraction_unpublished/,
    );
    await expect(db.factCheck.update({ where: { id: s.fc.id }, data: { status: 'unpublished', retractedAt: new Date() } })).rejects.toThrow(
      /fact_checks_retraction_complete/,
    );
  });

  it('republishing clears the retraction: readers get the fact-check again at the same address', async () => {
    const s = await published();
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: REASON });
    const again = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version + 1 });
    expect(again).toMatchObject({ status: 'published', slug: s.fc.slug, retractedAt: null, retractionReason: null, publishedAt: s.fc.publishedAt });
    expect(await getRetraction(s.fc.slug)).toBeNull();
    expect((await api(s.fc.slug)).status).toBe(200);
    expect((await listPublishedFactChecks()).items).toHaveLength(1);
  });
});

describe('demo content', () => {
  const render = (fc: NonNullable<Awaited<ReturnType<typeof getPublishedFactCheck>>>) =>
    renderToStaticMarkup(
      createElement(
        'div',
        null,
        createElement(ReaderHeader, { fc }),
        createElement(ClaimCard, { claim: fc.claims[0]!, demo: fc.demo, place: { kind: 'list' } }),
      ),
    );

  it('is never guessed from an example.org source: only the seed’s flag on the article says so', async () => {
    const s = await published();
    const real = (await getPublishedFactCheck(s.fc.slug))!;
    expect(real.demo).toBe(false);
    expect(real.claims[0]!.sources[0]!.url).toBe('https://example.org/report');
    expect(render(real)).not.toContain('Demo content');
    expect(render(real)).not.toContain('Placeholder');

    await db.article.update({ where: { id: s.article.id }, data: { isDemo: true } });
    const demo = (await getPublishedFactCheck(s.fc.slug))!;
    expect(demo.demo).toBe(true);
    expect(render(demo)).toContain('Demo content.');
    expect(render(demo)).toContain('Placeholder, not a real reference');
  });
});

describe('the checklist’s article details', () => {
  it('names each missing detail on its own line with how to fix it, and refuses to publish', async () => {
    const s = await ready({ url: null, publisher: '  ', publishedAt: null });
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.draft.version }));
    expect(e?.code).toBe('INVALID');
    expect(e?.fields?.article).toEqual([
      'The article has no address: add its URL in “Article details” on this page.',
      'The article has no publisher: name who published it in “Article details” on this page.',
      'The article has no date: add the day it was published in “Article details” on this page.',
    ]);
    expect((await db.factCheck.findUniqueOrThrow({ where: { articleId: s.article.id } })).status).toBe('draft');
    const item = (await getPublishView(s.editor.id, s.article.id)).checklist.find((i) => i.id === 'article')!;
    expect(item.problems).toHaveLength(3);
  });

  it('names only what is missing', async () => {
    const s = await ready({ publisher: null });
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.draft.version }));
    expect(e?.message).toBe('Cannot publish: The article has no publisher: name who published it in “Article details” on this page.');
  });

  it('passes once the details are saved in the workspace, which the history records', async () => {
    const s = await ready({ url: null, publisher: null, publishedAt: null });
    const input = {
      articleId: s.article.id,
      version: 1,
      title: 'Test article',
      publisher: 'The Paper',
      url: 'https://news.test/a',
      publishedAt: '2025-05-08',
    };
    const saved = await updateArticleDetails(s.journalist.id, input);
    expect(saved).toMatchObject({ publisher: 'The Paper', url: 'https://news.test/a', detailsVersion: 2 });
    const event = await db.event.findFirstOrThrow({ where: { action: 'article_details' } });
    expect(event).toMatchObject({
      actorId: s.journalist.id,
      articleId: s.article.id,
      before: { publisher: null, url: null, publishedAt: null },
      after: { publisher: 'The Paper', url: 'https://news.test/a', publishedAt: '2025-05-08' },
    });
    expect((await getPublishView(s.editor.id, s.article.id)).checklist.every((i) => i.problems.length === 0)).toBe(true);
    const fc = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.draft.version });
    expect((await getPublishedFactCheck(fc.slug))!.article).toMatchObject({ publisher: 'The Paper', url: 'https://news.test/a' });
  });

  it('refuses a stale form, a bad address or date, and anyone without the permission; nothing changes', async () => {
    const s = await ready({ url: null });
    const input = {
      articleId: s.article.id,
      version: 1,
      title: 'Test article',
      publisher: 'The Paper',
      url: 'https://news.test/a',
      publishedAt: '2025-05-08',
    };
    await updateArticleDetails(s.editor.id, input);
    const stale = await refusal(updateArticleDetails(s.journalist.id, { ...input, publisher: 'Someone else' }));
    expect(stale?.code).toBe('CONFLICT');
    expect((await refusal(updateArticleDetails(s.editor.id, { ...input, version: 2, url: 'ftp://x' })))?.fields).toHaveProperty('url');
    expect((await refusal(updateArticleDetails(s.editor.id, { ...input, version: 2, publishedAt: '2999-01-01' })))?.fields).toHaveProperty(
      'publishedAt',
    );
    expect((await refusal(updateArticleDetails(s.admin.id, { ...input, version: 2 })))?.code).toBe('FORBIDDEN');
    expect((await refusal(updateArticleDetails(null, { ...input, version: 2 })))?.code).toBe('UNAUTHORIZED');
    expect(await db.article.findUniqueOrThrow({ where: { id: s.article.id } })).toMatchObject({ publisher: 'The Paper', detailsVersion: 2 });
    expect(await db.event.count({ where: { action: 'article_details' } })).toBe(1);
  });
});
