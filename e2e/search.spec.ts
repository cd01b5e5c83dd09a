import { test, expect, seriousA11yViolations } from './fixtures';
import { signedIn } from './support/claims-browser';

// Search and claimant records (issue 10): the header's search box finds the demo fact-check's
// claims by their words, marks them, links the published check and the claimant's record; the
// record's page shows the track record; a misspelling still finds the claim; a search is saved as
// a view.

test('an editor searches the archive from the header, opens a claimant’s track record and saves the search as a view', async ({ browser }) => {
  const { context, page } = await signedIn(browser, 'editor');
  await page.goto('/dashboard');
  const box = page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox', { name: 'Search claims' });
  await box.fill('trading partners');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=trading\+partners$/);
  const result = page.getByRole('listitem').filter({ hasText: "China is Russia's biggest trading partner" }).first();
  await expect(result).toBeVisible();
  // Stemmed: "partners" found "partner", and both words are marked.
  await expect(result.locator('mark')).toHaveText(['trading', 'partner']);
  await expect(result).toContainText('Mostly true');
  await expect(result.getByRole('link', { name: 'published fact-check' })).toHaveAttribute('href', /\/fact-checks\/[^/]+\/claims\/\d+$/);
  await expect(page.getByRole('heading', { name: /^\d+ claims?$/ })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Saved as a view, the search comes back as a link.
  const name = `Trading partners ${Date.now()}`;
  const views = page.getByRole('complementary', { name: 'Saved views' });
  await views.getByLabel('Save these filters as a view').fill(name);
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(views.getByRole('link', { name })).toHaveAttribute('href', '/search?q=trading+partners');

  // A misspelling: no claim has the words, so the closest words claims use are searched, and the page says so.
  await page.goto('/search?q=tradng+partnr');
  await expect(page.getByText(/No claim uses “tradng” or “partnr”: showing results for trading and partner/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: "China is Russia's biggest trading partner" }).first()).toBeVisible();

  // The claimant's record: every claim attributed to them, with the tally of rulings.
  await page.goto('/search?q=trading+partners');
  await result.getByRole('link', { name: 'The National' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The National' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Track record' })).toContainText('Mostly true');
  await expect(page.getByRole('region', { name: /^Claims \(\d+\)$/ })).toContainText("China is Russia's biggest trading partner");
  expect(await seriousA11yViolations(page)).toEqual([]);
  // A bad address is refused with the reason, and what was typed stays.
  await page.getByLabel(/^Same as/).fill('not an address');
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.locator('#claimant-sameAs-error')).not.toBeEmpty();
  await expect(page.getByLabel(/^Same as/)).toHaveValue('not an address');

  await page.goto('/search');
  await page.getByRole('button', { name: `Delete the view ${name}` }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await context.close();
});
