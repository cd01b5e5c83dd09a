import { readFileSync } from 'node:fs';
import { test, expect, storageState, dataLayer, seriousA11yViolations, type ImportedArticle } from './fixtures';
import { DEMO_ARTICLE } from '../prisma/demo';

// Issue 11 end to end: the publisher changes a number in a claim we published; a journalist
// imports the new version; the review list shows the change word by word; readers are told the
// article changed after the fact-check, with what it said then and says now.

const KURSK = 'two attempts to break through the border';
const CHANGED = 'three attempts to break through the border';

test.use({ storageState: storageState('journalist') });

test('a new version with a changed number: the review list shows it, readers see the update notice', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const raw = readFileSync(`prisma/seed-data/${DEMO_ARTICLE.file}`, 'utf8');
  const article = dataLayer<ImportedArticle>('import-article', { title: `Versions e2e ${Date.now()}` });
  dataLayer('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: KURSK,
        rating: 'unverified',
        claimant: "Russia's Defence Ministry",
        explanation: 'Nobody could verify it.',
        sources: [{ url: 'https://example.org/e2e/versions', title: 'Ministry statement', type: 'official_statement', stance: 'context' }],
      },
    ],
  });
  const { slug } = dataLayer<{ slug: string }>('publish-now', { articleId: article.id });

  await page.goto(`/articles/${article.id}/versions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Versions of the article' })).toBeVisible();
  await expect(page.getByText('There is one version so far')).toBeVisible();
  await page.getByLabel('The article as it reads now').fill(raw.replace(KURSK, CHANGED));
  await page.getByRole('button', { name: 'Import as version 2' }).click();

  // The article page opens on the review list: the changed claim, its difference marked.
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?version=2`));
  const review = page.getByRole('region', { name: /Version 2 of the article changed 1 claim/ });
  await expect(review).toBeVisible();
  const item = review.getByRole('article', { name: 'Claim whose words changed' });
  await expect(item.locator('del')).toHaveText(/two/);
  await expect(item.locator('ins')).toHaveText(/three/);
  await expect(item).toContainText('it was ruled: rule on it again');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Readers still see what we checked, and are told the article changed since.
  const reader = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await reader.goto(`/fact-checks/${slug}`);
  await expect(reader.getByRole('note').filter({ hasText: 'The article was updated on' })).toContainText('after this fact-check');
  const card = reader.locator('.claim-card').filter({ hasText: KURSK });
  await expect(card.getByRole('note')).toContainText(`It now says: “`);
  await expect(card.getByRole('note')).toContainText(CHANGED);

  // Confirming settles it; the list empties.
  await item.getByRole('button', { name: 'Confirm the new words' }).click();
  await expect(page.getByRole('region', { name: /Version 2 of the article changed/ })).toHaveCount(0);

  // Any two versions side by side.
  await page.goto(`/articles/${article.id}/versions`);
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('region', { name: 'Version 1 and version 2' });
  await expect(diff.locator('del')).toContainText(['two']);
  await expect(diff.locator('ins')).toContainText(['three']);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
