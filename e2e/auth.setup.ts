import { test as setup, expect } from '@playwright/test';
import { signIn, storageState, type RoleName } from './fixtures';

// One signed-in browser state per role, reused by the specs (Playwright's setup-project pattern).
for (const role of ['journalist', 'editor', 'admin'] as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, role);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.context().storageState({ path: storageState(role) });
  });
}
