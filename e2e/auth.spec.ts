import { test, expect, signIn, account, seriousA11yViolations, dataLayer, type RoleName, type ImportedArticle } from './fixtures';

const NAV: Record<RoleName, { shown: string[]; hidden: string[] }> = {
  journalist: { shown: ['Dashboard', 'Articles', 'Claims', 'Import article'], hidden: ['Users'] },
  editor: { shown: ['Dashboard', 'Articles', 'Claims', 'Import article'], hidden: ['Users'] },
  admin: { shown: ['Dashboard', 'Articles', 'Claims', 'Users'], hidden: ['Import article'] },
};

for (const role of Object.keys(NAV) as RoleName[]) {
  test(`a ${role} signs in and sees their own navigation, name and role`, async ({ page }) => {
    await signIn(page, role);
    await expect(page).toHaveURL(/\/dashboard$/);
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    for (const label of NAV[role].shown) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    for (const label of NAV[role].hidden) await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0);
    const header = page.getByRole('banner');
    await expect(header).toContainText(account(role).name);
    await expect(header.locator('.role-badge')).toHaveText(role);
  });
}

test('the dashboard lists the seeded demo article from the database', async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page.getByRole('heading', { name: 'Recent articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: /friends of steel/ })).toBeVisible();
});

test('a wrong password shows an error and keeps the email typed', async ({ page }) => {
  await signIn(page, 'editor', 'not-the-password');
  await expect(page.locator('#login-error')).toHaveText('Wrong email or password.');
  await expect(page.getByLabel('Email')).toHaveValue(account('editor').email);
  await expect(page).toHaveURL(/\/login/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login/);
});

for (const path of ['/dashboard', '/articles', '/articles/new', '/claims', '/admin/users', '/claims/some-id', '/articles/some-id']) {
  test(`a signed-out visit to ${path} ends on /login`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible();
  });
}

test('a journalist is refused the admin page', async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page).toHaveURL(/\/dashboard$/);
  const res = await page.goto('/admin/users');
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('/login has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/login');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the dashboard has no serious or critical accessibility violations', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('an article imported through the data layer appears on the dashboard with its claim count', async ({ page }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: 'Dashboard listing check' });
  expect(article.claims.length).toBe(31);
  await signIn(page, 'editor');
  const row = page.getByRole('row', { name: /Dashboard listing check/ });
  await expect(row).toContainText('31');
});
