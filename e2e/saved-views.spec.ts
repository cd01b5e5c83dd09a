import { test, expect, seriousA11yViolations } from './fixtures';
import { signedIn } from './support/claims-browser';

test('a journalist saves the claims list’s filters as a view, opens it from the list and deletes it', async ({ browser }) => {
  const { context, page } = await signedIn(browser, 'journalist');
  const name = `Open, by score ${Date.now()}`;
  await page.goto('/claims?status=open&sort=score');
  const views = page.getByRole('complementary', { name: 'Saved views' });
  await views.getByLabel('Save these filters as a view').fill(name);
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(views.getByText(`Saved as “${name}”.`)).toBeVisible();
  const link = views.getByRole('link', { name });
  await expect(link).toHaveAttribute('href', '/claims?status=open&sort=score');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto('/claims');
  await page.getByRole('complementary', { name: 'Saved views' }).getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/claims\?status=open&sort=score$/);
  await page.getByRole('button', { name: `Delete the view ${name}` }).click();
  await expect(page.getByRole('complementary', { name: 'Saved views' }).getByRole('link', { name })).toHaveCount(0);
  await context.close();
});
