// Signed-in browser contexts for the claims specs. Each signs in through the login form rather
// than loading e2e/.auth/*.json: those files are shared by every run in this checkout, and a
// concurrent run's setup can overwrite them with sessions for users of another database.
import type { Browser } from '@playwright/test';
import { expect, signIn, type RoleName } from '../fixtures';

export async function signedIn(browser: Browser, role: RoleName) {
  // Signed out to begin with, whatever session the calling spec's own page uses.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, role);
  await page.waitForURL(/\/dashboard$/);
  return { context, page };
}

/** The demo editor assigns a claim to the demo journalist on the claim's page. */
export async function assignToJournalist(browser: Browser, claimId: string) {
  const { context, page } = await signedIn(browser, 'editor');
  await page.goto(`/claims/${claimId}`);
  const assign = page.getByRole('form', { name: 'Assign' });
  await assign.getByLabel('Assign to').selectOption({ label: 'Jo Journalist (journalist)' });
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.locator('.facts')).toContainText('Researching');
  await context.close();
}
