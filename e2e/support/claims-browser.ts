// Signed-in browser contexts for the claims specs. Each signs in through the login form rather
// than loading e2e/.auth/*.json: those files are shared by every run in this checkout, and a
// concurrent run's setup can overwrite them with sessions for users of another database.
import type { Browser } from '@playwright/test';
import { signIn, type RoleName } from '../fixtures';

export async function signedIn(browser: Browser, role: RoleName) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  await page.waitForURL(/\/dashboard$/);
  return { context, page };
}
