import { test, expect, signIn, dataLayer, type ImportedArticle } from './fixtures';

// The reader's page is answered from the server's in-memory copy (scripts/server.mjs). Any
// workspace change to a published claim — here, a source added on the claim page, which no
// publishing code knows about — must reach readers at once.
test('a source added to a published claim shows on the reader’s page at once', async ({ page, request }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Cache e2e ${Date.now()}` });
  const SOVIET = 'The Soviet Union lost 27 million people';
  const prepared = dataLayer<Record<string, { id: string }>>('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: SOVIET,
        rating: 'mostly_true',
        explanation: 'Widely cited estimates of Soviet war deaths run from about 24 to 27 million.',
        claimant: 'The National',
        sources: [{ url: 'https://example.org/e2e/cache-first', title: 'Demo source: first', type: 'dataset', stance: 'supports' }],
      },
    ],
  });
  const { slug } = dataLayer<{ slug: string }>('publish-now', { articleId: article.id });
  const path = `/fact-checks/${slug}`;

  await request.get(path);
  const cached = await request.get(path);
  expect(cached.headers()['x-claimdesk-cache']).toBe('HIT');
  expect(cached.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(await cached.text()).not.toContain('Demo source: second');

  await signIn(page, 'editor');
  await page.waitForURL(/\/dashboard$/);
  await page.goto(`/claims/${prepared[SOVIET]!.id}`);
  const add = page.getByRole('form', { name: 'Add a source' });
  await add.getByLabel('URL', { exact: true }).fill('https://example.org/e2e/cache-second');
  await add.getByLabel('Title').fill('Demo source: second');
  await add.getByLabel('Type').selectOption('news_report');
  await add.getByLabel('Stance').selectOption('context');
  await add.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Demo source: second' }).first()).toBeVisible();

  const fresh = await request.get(path);
  expect(fresh.headers()['x-claimdesk-cache']).toBeUndefined();
  expect(await fresh.text()).toContain('Demo source: second');
});
