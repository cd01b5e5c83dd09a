import { test, expect, dataLayer, seriousA11yViolations, signIn } from './fixtures';

// Import details (issue 14): the byline and the publisher are prefilled from what the extractor
// read, editable, kept when saving fails, and saved on the article.

// Signs in per test rather than through the shared e2e/.auth files (see import.spec.ts).
test.beforeEach(async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page).toHaveURL(/\/dashboard$/);
});

type Details = { title: string; publisher: string | null; byline: string | null };

test('the byline of a pasted text starting with "By …" is prefilled, editable, kept on error and saved', async ({ page }) => {
  const marker = Date.now();
  const text =
    `Council approves flood plan ${marker}\n\nBy Jane Doe and John Roe\n\n` +
    'The council said it would spend £4.2m on flood defences, protecting 1,200 homes.\n\nWork starts in May, according to the plan.';
  await page.goto('/articles/new');
  await page.getByLabel('Article text or HTML').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Claims found' })).toBeVisible();
  await expect(page.getByLabel('Byline')).toHaveValue('Jane Doe and John Roe');
  await expect(page.getByLabel('Title')).toHaveValue(`Council approves flood plan ${marker}`);
  // Plain text names no publisher: the field is left for the person.
  await expect(page.getByLabel('Publisher')).toHaveValue('');
  // The byline is front matter, not a claim to check.
  await expect(page.locator('.preview-claims').getByText('By Jane Doe')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Too long a byline is refused next to the field, and everything typed stays.
  await page.getByLabel('Byline').fill('x'.repeat(301));
  await page.getByLabel('Publisher').fill('The Riverside Gazette');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.locator('#import-byline-error')).toContainText('Keep the byline under 300 characters.');
  await expect(page.getByLabel('Byline')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Publisher')).toHaveValue('The Riverside Gazette');
  await expect(page).toHaveURL(/\/articles\/new$/);

  await page.getByLabel('Byline').fill('Jane Doe');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)\w+$/);
  const articleId = new URL(page.url()).pathname.split('/').pop()!;
  expect(dataLayer<Details>('article-details-read', { articleId })).toEqual({
    title: `Council approves flood plan ${marker}`,
    publisher: 'The Riverside Gazette',
    byline: 'Jane Doe',
  });
});

test('the publisher and byline of pasted HTML are prefilled from og:site_name and the page’s author', async ({ page }) => {
  const html = `<html><head><title>Exports rise again - Web Edition</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Ann Lee">
</head><body><article><h1>Exports rise again ${Date.now()}</h1>
<p>The ministry said exports rose 12% in 2024, according to its annual report.</p></article></body></html>`;
  await page.goto('/articles/new');
  await page.getByLabel('Article text or HTML').fill(html);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Claims found' })).toBeVisible();
  await expect(page.getByLabel('Publisher')).toHaveValue('The Ledger');
  await expect(page.getByLabel('Byline')).toHaveValue('Ann Lee');
});
