import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, storageState } from './fixtures';

test.use({ storageState: storageState('admin') });

/** Every axe violation on the page, whatever its impact. */
async function a11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('an admin resets a journalist’s password; the journalist must change it before anything else', async ({ page, browser }) => {
  // A journalist of this test's own, so the demo accounts other specs sign in with stay as they are.
  const email = `reset-me-${Date.now()}@claimdesk.test`;
  await page.goto('/admin/users');
  await page.getByLabel('Name').fill('Rita Reset');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Initial password').fill('first password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toHaveText(`Account created for ${email}.`);

  // Reset, with a confirmation step; the temporary password is shown once.
  const row = page.getByRole('row', { name: new RegExp(email) });
  await row.getByRole('button', { name: 'Reset the password of Rita Reset' }).click();
  await expect(row).toContainText('must choose a new password at their next sign-in');
  await row.getByRole('button', { name: 'Yes, reset the password' }).click();
  await expect(row.getByRole('status')).toContainText('must choose a new password at their next sign-in');
  await expect(row).toContainText('Must change at next sign-in');
  const temporary = (await row.locator('code').textContent())?.trim() ?? '';
  expect(temporary).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await row.getByRole('button', { name: 'Done' }).click();
  await expect(row.locator('code')).toHaveCount(0);

  // The journalist signs in with the temporary password and is sent to their account page.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const rita = await other.newPage();
  await rita.goto('/login');
  await rita.getByLabel('Email').fill(email);
  await rita.getByLabel('Password').fill(temporary);
  await rita.getByRole('button', { name: 'Sign in' }).click();
  await expect(rita).toHaveURL(/\/account\?required=1$/);
  await expect(rita.locator('#password-required')).toContainText('Choose a new password to continue.');
  await expect(rita.getByRole('navigation', { name: 'Workspace' }).getByRole('link')).toHaveText(['Account']);
  expect(await a11yViolations(rita)).toEqual([]);
  // Any other page sends them back.
  await rita.goto('/claims');
  await expect(rita).toHaveURL(/\/account\?required=1$/);

  // A mismatch is refused with its reason, and every password box is emptied.
  await rita.getByLabel('Current password').fill(temporary);
  await rita.getByLabel('New password', { exact: true }).fill('my own long password');
  await rita.getByLabel('New password again').fill('my own long passwort');
  await rita.getByRole('button', { name: 'Change password' }).click();
  await expect(rita.locator('#password-confirm-error')).toHaveText('The two new passwords are not the same.');
  await expect(rita.getByLabel('Current password')).toHaveValue('');

  await rita.getByLabel('Current password').fill(temporary);
  await rita.getByLabel('New password', { exact: true }).fill('my own long password');
  await rita.getByLabel('New password again').fill('my own long password');
  await rita.getByRole('button', { name: 'Change password' }).click();
  await expect(rita.getByRole('status')).toHaveText('Your password is changed. The whole workspace is open again.');
  await rita.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(rita).toHaveURL(/\/dashboard$/);
  await expect(rita.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(rita.locator('#password-required')).toHaveCount(0);

  // The account page, as everyone sees it, has no accessibility violations.
  await rita.getByRole('link', { name: 'Account' }).click();
  await expect(rita.getByRole('heading', { name: 'Your account' })).toBeVisible();
  expect(await a11yViolations(rita)).toEqual([]);
  // The name is theirs to change too; the header shows it at once.
  await rita.getByRole('textbox', { name: 'Name' }).fill('Rita Renamed');
  await rita.getByRole('button', { name: 'Save name' }).click();
  await expect(rita.getByRole('status')).toHaveText('Your name is now Rita Renamed.');
  await expect(rita.getByRole('banner')).toContainText('Rita Renamed');
  await other.close();

  // The admin's list no longer says a change is due.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(email) })).not.toContainText('Must change at next sign-in');
});
