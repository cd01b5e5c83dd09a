// Issue 13: the transparency pages (/about, /methodology, /corrections-policy). Readers read them
// with no account; only admins change them, with the optimistic lock and history of every edit.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { getPublicSitePage, getSitePageForEditing, listSitePagesForEditing, updateSitePage } from '@/lib/data/site-pages';
import { ORGANISATION_NAME } from '@/lib/config';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info.code, message: e.message, info: e.info }),
  );

const pageEvents = () =>
  db.event.findMany({
    where: { entityType: 'sitepage' },
    orderBy: { id: 'asc' },
    select: { actorId: true, action: true, entityId: true, before: true, after: true, articleId: true },
  });

describe('transparency pages', () => {
  it('readers see the default text, naming the organisation, before an admin writes anything', async () => {
    const about = await getPublicSitePage('about');
    expect(about).toMatchObject({ slug: 'about', title: `About ${ORGANISATION_NAME}`, updatedAt: null });
    expect(about.body).toContain('Placeholder: an administrator must replace this section');
    const admin = await makeUser('admin');
    const pages = await listSitePagesForEditing(admin.id);
    expect(pages.map((p) => [p.slug, p.version])).toEqual([
      ['about', 0],
      ['methodology', 0],
      ['corrections_policy', 0],
    ]);
  });

  it('an admin saves a page: readers see it, and the history records who changed what', async () => {
    const admin = await makeUser('admin', 'Ada Admin');
    const created = await updateSitePage(admin.id, {
      slug: 'about',
      version: 0,
      title: 'About the desk',
      body: 'We check claims.\r\n\r\n## Funding\r\nReaders.',
    });
    expect(created).toMatchObject({ version: 1, title: 'About the desk', body: 'We check claims.\n\n## Funding\nReaders.', updatedBy: 'Ada Admin' });
    expect(await getPublicSitePage('about')).toMatchObject({ title: 'About the desk', body: 'We check claims.\n\n## Funding\nReaders.' });

    const edited = await updateSitePage(admin.id, { slug: 'about', version: '1', title: 'About the desk', body: 'We check every claim.' });
    expect(edited.version).toBe(2);
    const form = await getSitePageForEditing(admin.id, 'about');
    expect(form.body).toBe('We check every claim.');
    expect(form.edits.map((e) => e.by)).toEqual(['Ada Admin', 'Ada Admin']);

    const events = await pageEvents();
    expect(events).toEqual([
      {
        actorId: admin.id,
        action: 'sitepage_update',
        entityId: 'about',
        articleId: null,
        before: null,
        after: { title: 'About the desk', body: 'We check claims.\n\n## Funding\nReaders.', version: 1 },
      },
      {
        actorId: admin.id,
        action: 'sitepage_update',
        entityId: 'about',
        articleId: null,
        before: { title: 'About the desk', body: 'We check claims.\n\n## Funding\nReaders.', version: 1 },
        after: { title: 'About the desk', body: 'We check every claim.', version: 2 },
      },
    ]);
    // The other pages are untouched.
    expect(await db.sitePage.count()).toBe(1);
  });

  it('saving what is already saved changes nothing and writes no event', async () => {
    const admin = await makeUser('admin');
    await updateSitePage(admin.id, { slug: 'methodology', version: 0, title: 'How we work', body: 'Carefully.' });
    const again = await updateSitePage(admin.id, { slug: 'methodology', version: 1, title: 'How we work', body: 'Carefully.\r\n' });
    expect(again.version).toBe(1);
    expect(await pageEvents()).toHaveLength(1);
  });

  it('editors, journalists, signed-out and deactivated accounts may not change a page', async () => {
    const admin = await makeUser('admin');
    await updateSitePage(admin.id, { slug: 'corrections_policy', version: 0, title: 'Corrections', body: 'We correct openly.' });
    const input = { slug: 'corrections_policy' as const, version: 1, title: 'Hacked', body: 'Nothing to see.' };
    for (const role of ['editor', 'journalist'] as const) {
      const user = await makeUser(role);
      expect(await refusal(updateSitePage(user.id, input))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Your role does not allow you to edit the transparency pages.',
      });
      expect(await refusal(listSitePagesForEditing(user.id))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal(getSitePageForEditing(user.id, 'about'))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await refusal(updateSitePage(null, input))).toMatchObject({ code: 'UNAUTHORIZED' });
    const former = await makeUser('admin');
    await db.user.update({ where: { id: former.id }, data: { active: false } });
    expect(await refusal(updateSitePage(former.id, input))).toMatchObject({ code: 'UNAUTHORIZED' });

    expect(await getPublicSitePage('corrections_policy')).toMatchObject({ title: 'Corrections', body: 'We correct openly.' });
    expect(await pageEvents()).toHaveLength(1);
  });

  it('a stale version is a conflict that shows what is saved now, and overwrites nothing', async () => {
    const [first, second] = [await makeUser('admin', 'First'), await makeUser('admin', 'Second')];
    await updateSitePage(first.id, { slug: 'about', version: 0, title: 'About', body: 'Version one.' });
    await updateSitePage(first.id, { slug: 'about', version: 1, title: 'About', body: 'Version two.' });
    // Second loaded the form at version 1 and saves after First's second save.
    const stale = await refusal(updateSitePage(second.id, { slug: 'about', version: 1, title: 'About', body: 'My version.' }));
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      info: { current: { entity: 'sitePage', id: 'about', version: 2, title: 'About', body: 'Version two.' } },
    });
    expect(stale?.message).toMatch(/Someone else changed this page/);
    expect((await getPublicSitePage('about')).body).toBe('Version two.');
    expect(await pageEvents()).toHaveLength(2);
  });

  it('two admins saving a never-saved page at once: one saves, the other gets a conflict', async () => {
    const [a, b] = [await makeUser('admin'), await makeUser('admin')];
    const results = await Promise.allSettled([
      updateSitePage(a.id, { slug: 'about', version: 0, title: 'A', body: 'From A.' }),
      updateSitePage(b.id, { slug: 'about', version: 0, title: 'B', body: 'From B.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).info.code).toBe('CONFLICT');
    expect(await pageEvents()).toHaveLength(1);
  });

  it('refuses bad input with every field’s error', async () => {
    const admin = await makeUser('admin');
    const bad = await refusal(updateSitePage(admin.id, { slug: 'about', version: 0, title: ' ', body: 'x'.repeat(50_001) }));
    expect(bad).toMatchObject({
      code: 'INVALID',
      info: { fieldErrors: { title: ['Enter a title.'], body: ['Keep the text under 50,000 characters.'] } },
    });
    expect(await refusal(updateSitePage(admin.id, { slug: 'privacy' as 'about', version: 0, title: 'T', body: 'B' }))).toMatchObject({
      code: 'INVALID',
    });
  });

  it('the database keeps a page’s events free of articles, and still requires one for everything else', async () => {
    const admin = await makeUser('admin');
    const article = await makeArticle(admin.id);
    const insert = (action: string, entity: string, articleId: string | null) =>
      db.$executeRawUnsafe(
        `INSERT INTO events (actor_id, action, entity_type, entity_id, article_id) VALUES ($1, $2::"EventAction", $3::"EventEntity", 'about', $4)`,
        admin.id,
        action,
        entity,
        articleId,
      );
    await expect(insert('sitepage.update', 'sitepage', null)).resolves.toBe(1);
    await expect(insert('article.details', 'article', null)).rejects.toThrow(/events_article_named/);
    await expect(insert('article.details', 'article', article.id)).resolves.toBe(1);
    await expect(db.$executeRawUnsafe(`INSERT INTO site_pages (slug, title, body, updated_at) VALUES ('about', ' ', 'x', now())`)).rejects.toThrow(
      /site_pages_title_length/,
    );
  });
});
