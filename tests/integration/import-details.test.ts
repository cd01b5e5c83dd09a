import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { importArticle, previewImport } from '@/lib/data/import';
import { updateArticleDetails } from '@/lib/data/article-details';
import type { AppError } from '@/lib/errors';

// Import details (issue 14): the publisher and byline the page gives are offered at import, stored
// on the article as the person confirmed them, and edited afterwards with the other details.

beforeEach(resetDatabase);

const PAGE = `<!doctype html><html><head>
<title>Ministry figures show exports up - Web Edition</title>
<meta property="og:site_name" content="The Ledger">
<meta name="author" content="Jane Doe and John Roe">
</head><body><article>
<h1>Ministry figures show exports up</h1>
<p>The ministry said exports rose 12% in 2024, according to its annual report.</p>
<p>Officials claimed unemployment fell to 4.1 per cent in March, the lowest level since 2008.</p>
</article></body></html>`;

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: AppError) => e,
  );

describe('import details', () => {
  it('reads the publisher from og:site_name and the byline from the author meta tag, and stores them as confirmed', async () => {
    const j = await makeUser('journalist');
    const preview = await previewImport(j.id, { raw: PAGE });
    // og:site_name wins over the <title>'s suffix.
    expect(preview.meta).toMatchObject({ title: 'Ministry figures show exports up', publisher: 'The Ledger', byline: 'Jane Doe and John Roe' });

    // What the import form sends: the details prefilled from the preview.
    const { title, publisher, byline } = preview.meta;
    const saved = await importArticle(j.id, {
      raw: PAGE,
      title: title ?? '',
      publisher: publisher ?? '',
      byline: byline ?? '',
      url: '',
      publishedAt: '',
    });
    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(article).toMatchObject({ publisher: 'The Ledger', byline: 'Jane Doe and John Roe', rawInput: PAGE });
    // The byline is front matter, not a claim.
    expect(await db.claim.count({ where: { articleId: saved.id, text: { contains: 'Jane Doe' } } })).toBe(0);
  });

  it('stores what the person typed instead, none for an empty byline, and refuses a byline over 300 characters by field', async () => {
    const j = await makeUser('journalist');
    const raw = 'By Jane Doe, Reuters\n\nThe ministry said exports rose 12% in 2024.';
    expect((await previewImport(j.id, { raw })).meta).toMatchObject({ byline: 'Jane Doe, Reuters', publisher: null });
    const typed = await importArticle(j.id, { raw, title: 'Exports', byline: '  Jane Doe  ' });
    expect((await db.article.findUniqueOrThrow({ where: { id: typed.id } })).byline).toBe('Jane Doe');
    const none = await importArticle(j.id, { raw, title: 'Exports', byline: '', allowDuplicate: true });
    expect((await db.article.findUniqueOrThrow({ where: { id: none.id } })).byline).toBeNull();
    const e = await refusal(importArticle(j.id, { raw, title: 'Exports', byline: 'x'.repeat(301), allowDuplicate: true }));
    expect(e.info).toMatchObject({ code: 'INVALID', fieldErrors: { byline: ['Keep the byline under 300 characters.'] } });
    // The database holds the same limit, whoever writes.
    await expect(db.article.update({ where: { id: typed.id }, data: { byline: 'x'.repeat(301) } })).rejects.toThrow(/articles_byline_length/);
  });

  it('edits the byline with the article details, versioned and in the history; a form without the field leaves it as it is', async () => {
    const j = await makeUser('journalist');
    const saved = await importArticle(j.id, { raw: PAGE, title: 'Exports', publisher: 'The Ledger', byline: 'Jane Doe' });
    const base = { articleId: saved.id, title: 'Exports', publisher: 'The Ledger', url: '', publishedAt: '' };
    const after = await updateArticleDetails(j.id, { ...base, version: 1, byline: 'Jane Doe and John Roe' });
    expect(after).toMatchObject({ byline: 'Jane Doe and John Roe', detailsVersion: 2 });
    const event = await db.event.findFirstOrThrow({ where: { action: 'article_details', articleId: saved.id } });
    expect(event).toMatchObject({ before: { byline: 'Jane Doe' }, after: { byline: 'Jane Doe and John Roe' } });

    // A stale version is a conflict with what is saved now, byline included.
    const stale = await refusal(updateArticleDetails(j.id, { ...base, version: 1, byline: 'Someone Else' }));
    expect(stale.info).toMatchObject({ code: 'CONFLICT', current: { entity: 'articleDetails', byline: 'Jane Doe and John Roe' } });

    await updateArticleDetails(j.id, { ...base, version: 2, publisher: 'The Ledger Online' });
    expect(await db.article.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      publisher: 'The Ledger Online',
      byline: 'Jane Doe and John Roe',
    });
    await updateArticleDetails(j.id, { ...base, version: 3, byline: '' });
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).byline).toBeNull();
  });
});
