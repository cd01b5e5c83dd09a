import { readFileSync } from 'node:fs';
import { test, expect, seriousA11yViolations, signIn } from './fixtures';

// Signs in per test rather than through the shared e2e/.auth files, which another engineer's
// concurrent run in this tree can overwrite with a session from a different database.
test.beforeEach(async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page).toHaveURL(/\/dashboard$/);
});

const REFERENCE = readFileSync('prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt', 'utf8');
const TOP_CLAIM = 'Mr Putin and Mr Xi have met dozens of times';

test('a journalist imports the reference article: preview ranked, duplicate offered, imported anyway', async ({ page }) => {
  await page.goto('/articles/new');
  await expect(page.getByText('up to 1,000,000 characters')).toBeVisible();
  await page.getByLabel('Article text or HTML').fill(REFERENCE);
  await page.getByRole('button', { name: 'Preview' }).click();

  await expect(page.getByRole('heading', { name: 'Claims found' })).toBeVisible();
  // Ranked by score: the highest-scoring sentence comes first.
  await expect(page.locator('.preview-claims').first().locator('li').first()).toContainText(TOP_CLAIM);
  await expect(page.getByText('low-scoring sentences')).toBeVisible();
  // The date comes from the article; the title was not found, so it is left for the user.
  await expect(page.getByLabel('Publication date')).toHaveValue('2025-05-08');
  await expect(page.getByLabel('Title')).toHaveValue('');

  // The seeded demo already holds this text: the existing one is offered.
  const existing = page.getByRole('link', { name: 'Open the existing one' });
  await expect(existing).toHaveAttribute('href', /^\/articles\/\w+/);

  const title = `Friends of steel, imported again ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publisher').fill('The National');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'imported before' }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue(title);

  await page.getByLabel('Import it anyway as a second copy').check();
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)\w+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('mark', { hasText: "Russia's Defence Ministry said Ukrainian forces had made two attempts" })).toBeVisible();
});

test('bad input gets a message next to each field and keeps everything typed', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Article text or HTML').fill('   ');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('#import-raw-error')).toContainText('Paste the article text');

  const text = `The ministry said exports rose 12% in 2024. Officials said 40 schools closed. Marker ${Date.now()}.`;
  await page.getByLabel('Article text or HTML').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Claims found' })).toBeVisible();
  await page.getByLabel('Title').fill('Typed title');
  await page.getByLabel('Original URL').fill('not a web address');
  const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Publication date').fill(future);
  await page.getByRole('button', { name: 'Save article' }).click();

  await expect(page.locator('#import-url-error')).toContainText('http:// or https://');
  await expect(page.locator('#import-publishedAt-error')).toContainText('cannot be in the future');
  await expect(page.getByLabel('Original URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Article text or HTML')).toHaveValue(text);
  await expect(page.getByLabel('Title')).toHaveValue('Typed title');
  await expect(page.getByLabel('Original URL')).toHaveValue('not a web address');
  await expect(page.getByLabel('Publication date')).toHaveValue(future);
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test('a file that is not text is refused next to the file field; a .txt file fills the text box', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Article text or HTML').fill('Kept text.');
  await page
    .getByLabel('Or upload a file')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await expect(page.locator('#import-file-error')).toContainText('is not an .html or .txt file');
  await expect(page.getByLabel('Article text or HTML')).toHaveValue('Kept text.');

  await page
    .getByLabel('Or upload a file')
    .setInputFiles({ name: 'sneaky.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0, 0, 0x42, 0xff, 0xfe]) });
  await expect(page.locator('#import-file-error')).toContainText('does not contain readable text');
  await expect(page.getByLabel('Article text or HTML')).toHaveValue('Kept text.');

  await page
    .getByLabel('Or upload a file')
    .setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Police said 3,000 people marched.') });
  await expect(page.getByLabel('Article text or HTML')).toHaveValue('Police said 3,000 people marched.');
  await expect(page.locator('#import-file-error')).toBeEmpty();
});

test('the import page, with a preview shown, has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/articles/new');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel('Article text or HTML').fill(REFERENCE);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Claims found' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
