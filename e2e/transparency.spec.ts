import { test, expect, storageState, seriousA11yViolations, allA11yViolations } from './fixtures';
import { EXTRACTOR_VERSION } from '../lib/extraction';

// Issue 13: the transparency pages, linked from every public page's footer, written by admins.

test.use({ storageState: storageState('admin') });

test('an admin rewrites /about and readers see it; the transparency pages are linked everywhere and accessible', async ({ page, browser }) => {
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await readerContext.newPage();

  // A reader finds all three from the home page's footer; each passes axe with no violation at all.
  await reader.goto('/');
  const footer = reader.getByRole('contentinfo').getByRole('navigation', { name: 'About our fact-checking' });
  for (const [link, path, heading] of [
    ['Methodology and ratings', '/methodology', 'How we check claims'],
    ['Corrections policy', '/corrections-policy', 'Corrections policy'],
    ['About us', '/about', /^About /],
  ] as const) {
    await footer.getByRole('link', { name: link }).click();
    await expect(reader).toHaveURL(new RegExp(`${path}$`));
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(reader).toHaveTitle(typeof heading === 'string' ? `${heading} · Claimdesk` : /^About .+ · Claimdesk$/);
    if (path === '/methodology') {
      await expect(reader.getByText(EXTRACTOR_VERSION)).toBeVisible();
      await expect(reader.getByRole('definition').filter({ hasText: 'Inaccurate.' })).toBeVisible();
    }
    expect(await allA11yViolations(reader)).toEqual([]);
  }

  // The admin rewrites /about from the workspace's navigation.
  const stamp = Date.now();
  await page.goto('/dashboard');
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Site pages' }).click();
  await page.getByRole('link', { name: 'Edit About us' }).click();
  await page.getByLabel('Title').fill(`About the desk ${stamp}`);
  await page
    .getByLabel('Text (Markdown)')
    .fill(`## Funding ${stamp}\n\nPaid for by **readers**. <script>alert(1)</script> [Click](javascript:alert(1))`);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: `Funding ${stamp}` })).toBeVisible();
  await expect(preview.getByRole('link')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Meanwhile another admin (a second tab) saves the page first: this save is refused, what was
  // typed stays, and what is saved now is shown; saving again is then a deliberate overwrite.
  const other = await page.context().newPage();
  await other.goto('/admin/pages/about');
  await other.getByLabel('Title').fill(`Saved first ${stamp}`);
  await other.getByRole('button', { name: 'Save page' }).click();
  await expect(other.getByRole('status')).toContainText('Saved');
  await other.close();
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this page' })).toBeVisible();
  await expect(page.getByTestId('conflict-current')).toContainText(`Saved first ${stamp}`);
  await expect(page.getByLabel('Title')).toHaveValue(`About the desk ${stamp}`);
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.getByRole('status')).toContainText('Readers see it at /about.');

  // Readers see it at once, with the script and the javascript: link left out.
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`About the desk ${stamp}`);
  await expect(reader).toHaveTitle(`About the desk ${stamp} · Claimdesk`);
  await expect(reader.getByRole('heading', { name: `Funding ${stamp}` })).toBeVisible();
  await expect(reader.getByRole('main').getByRole('link', { name: 'Click' })).toHaveCount(0);
  expect(await reader.locator('main script').count()).toBe(0);
  await readerContext.close();
});
