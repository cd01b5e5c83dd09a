import type { Page } from '@playwright/test';
import { test, expect, storageState, seriousA11yViolations } from './fixtures';

test.use({ storageState: storageState('admin') });

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an admin creates an account, changes its role, deactivates and reactivates it', async ({ page, browser }) => {
  const email = `new-reporter-${Date.now()}@claimdesk.test`;
  await page.goto('/admin/users');

  // Bad input: every field error at once, and what was typed stays.
  await page.getByLabel('Name', { exact: true }).fill('Nia Reporter');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Initial password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#new-email-error')).toHaveText('Enter a valid email address.');
  await expect(page.locator('#new-password-error')).toHaveText('Use at least 8 characters.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Nia Reporter');
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Initial password').fill('a fine password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toHaveText(`Account created for ${email}.`);
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Active');

  // The new journalist signs in, in a separate browser.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reporter = await other.newPage();
  await signInAs(reporter, email, 'a fine password');
  await expect(reporter).toHaveURL(/\/dashboard$/);
  await expect(reporter.getByRole('banner').locator('.role-badge')).toHaveText('journalist');

  // A role change applies at the reporter's next request, with no new sign-in.
  await row.getByLabel('Role of Nia Reporter').selectOption('editor');
  await row.getByRole('button', { name: 'Change' }).click();
  await expect(row.getByRole('alert').or(row.getByRole('status'))).toContainText('is now editor');
  // The menu shows the saved role without a reload, so clicking Change again changes nothing.
  await expect(row.getByLabel('Role of Nia Reporter')).toHaveValue('editor');
  await row.getByRole('button', { name: 'Change' }).click();
  await expect(row.getByLabel('Role of Nia Reporter')).toHaveValue('editor');
  await reporter.reload();
  await expect(reporter.getByRole('banner').locator('.role-badge')).toHaveText('editor');

  // Deactivation ends the existing session at its next request, and blocks signing in.
  await row.getByRole('button', { name: 'Deactivate Nia Reporter' }).click();
  await expect(row).toContainText('Deactivated');
  await expect(row.getByLabel('Role of Nia Reporter')).toHaveValue('editor');
  await reporter.goto('/dashboard');
  await expect(reporter).toHaveURL(/\/login/);
  await signInAs(reporter, email, 'a fine password');
  await expect(reporter.locator('#login-error')).toHaveText('Wrong email or password.');

  // A second account with the same email: refused on the email field, and the emptied password says why.
  await page.getByLabel('Name', { exact: true }).fill('Nia Again');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Initial password').fill('another fine password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#new-email-error')).toHaveText('An account with that email already exists.');
  await expect(page.getByLabel('Initial password')).toHaveValue('');
  await expect(page.locator('#new-password-cleared')).toHaveText('For your safety the password was cleared: type it again.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Nia Again');

  await row.getByRole('button', { name: 'Reactivate Nia Reporter' }).click();
  await expect(row).toContainText('Active');
  // Reactivation does not revive the session that was cut off: a fresh sign-in is needed.
  await reporter.goto('/articles');
  await expect(reporter).toHaveURL(/\/login/);
  await signInAs(reporter, email, 'a fine password');
  await expect(reporter).toHaveURL(/\/dashboard$/);
  await other.close();
});

test('the last admin cannot demote themselves', async ({ page }) => {
  await page.goto('/admin/users');
  const row = page.getByRole('row', { name: /admin@claimdesk\.test/ });
  await row.getByLabel('Role of Ada Admin').selectOption('editor');
  await row.getByRole('button', { name: 'Change' }).click();
  await expect(row.getByRole('alert')).toHaveText('This is the last active admin: make someone else an admin first.');
  await page.reload();
  await expect(page.getByRole('row', { name: /admin@claimdesk\.test/ }).getByLabel('Role of Ada Admin')).toHaveValue('admin');
});

test('the users page has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
