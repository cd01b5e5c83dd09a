import AxeBuilder from '@axe-core/playwright';
import { test, expect, storageState, dataLayer, type ImportedArticle } from './fixtures';

// Issue 13: unpublishing is a retraction. The editor must say why (the reason is kept in the form
// when refused); readers who come back to the address get a 410 with a notice (title, dates,
// reason) instead of the fact-check, from the server's own copy too (scripts/server.mjs), and the
// fact-check leaves the index and the feeds. Republishing brings it back.

const SOVIET = 'The Soviet Union lost 27 million people';
const REASON = 'We relied on a casualty estimate we can no longer stand behind; a new fact-check will follow.';

test.use({ storageState: storageState('editor') });

test('an editor retracts a fact-check with a reason; its address answers 410 with the notice', async ({ page, browser, request }) => {
  test.setTimeout(150_000);
  const title = `Retraction e2e ${Date.now()}`;
  const article = dataLayer<ImportedArticle>('import-article', { title });
  dataLayer('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: SOVIET,
        rating: 'mostly_true',
        explanation: 'A widely used estimate.',
        claimant: 'The National',
        sources: [{ url: 'https://example.org/e2e/retraction', title: 'Casualty estimates', type: 'dataset', stance: 'supports' }],
      },
    ],
  });
  const { slug } = dataLayer<{ slug: string }>('publish-now', { articleId: article.id });
  const path = `/fact-checks/${slug}`;
  // Readers have it, and the server keeps a copy.
  expect((await request.get(path)).status()).toBe(200);
  expect((await request.get(path)).headers()['x-claimdesk-cache']).toBe('HIT');

  // No reason, then too short a one: refused, still published, and what was typed stays.
  await page.goto(`/articles/${article.id}/publish`);
  const retract = page.getByRole('form', { name: 'Retract' });
  await retract.getByRole('button', { name: 'Unpublish' }).click();
  await expect(retract.getByRole('alert')).toContainText('Write the reason for readers');
  await retract.getByLabel('Reason for retracting').fill('Mistake.');
  await retract.getByRole('button', { name: 'Unpublish' }).click();
  await expect(retract.getByRole('alert')).toContainText('at least 10 characters');
  await expect(retract.getByLabel('Reason for retracting')).toHaveValue('Mistake.');
  await expect(retract.getByLabel('Reason for retracting')).toHaveAttribute('aria-invalid', 'true');
  expect((await request.get(path)).status()).toBe(200);

  await retract.getByLabel('Reason for retracting').fill(REASON);
  await retract.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unpublished: readers cannot see this fact-check.' })).toBeVisible();
  await expect(page.locator('.retraction-state')).toContainText(REASON);

  // A signed-out reader: 410, with the title, both dates and the reason.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await context.newPage();
  const response = await reader.goto(path);
  expect(response!.status()).toBe(410);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const notice = reader.getByRole('region', { name: 'We have withdrawn this fact-check' });
  await expect(notice).toContainText('First published');
  await expect(notice).toContainText('Retracted');
  await expect(notice).toContainText(REASON);
  await expect(reader.locator('.claim-card')).toHaveCount(0);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);
  // Again: never kept as a copy, never a stale 200.
  const again = await request.get(path);
  expect(again.status()).toBe(410);
  expect(again.headers()['x-claimdesk-cache']).toBe('MISS');

  const api = await request.get(`/api/fact-checks/${slug}`);
  expect(api.status()).toBe(410);
  const body = await api.json();
  expect(body).toMatchObject({ error: 'retracted', title, reason: REASON });
  expect(new Date(body.retractedAt).getTime()).toBeGreaterThanOrEqual(new Date(body.publishedAt).getTime());
  expect(JSON.stringify(await (await request.get('/api/fact-checks')).json())).not.toContain(slug);
  expect(JSON.stringify(await (await request.get('/api/claim-reviews')).json())).not.toContain(slug);
  await reader.goto('/fact-checks');
  await expect(reader.getByText(title)).toHaveCount(0);

  // Republishing ends the retraction.
  await page.getByRole('button', { name: 'Republish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published: readers see this fact-check now.' })).toBeVisible();
  expect((await reader.goto(path))!.status()).toBe(200);
  await expect(reader.getByText(REASON)).toHaveCount(0);
  await context.close();
});
