import { test, expect, signIn, account, seriousA11yViolations, dataLayer, type RoleName, type ImportedArticle } from './fixtures';
import { DEMO_PASSWORD } from '../prisma/demo';

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

test('signing out ends the session on the server: the old cookie is refused everywhere and never re-issued', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A session of its own: signing out the shared storage state would sign out other specs.
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/dashboard$/);
  const stolen = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;

  // A real server action request of this session, to replay after signing out.
  await page.goto('/admin/users');
  const email = `after-sign-out-${Date.now()}@claimdesk.test`;
  await page.getByLabel('Name', { exact: true }).fill('Replay Target');
  await page.getByLabel('Email').fill('first-' + email);
  await page.getByLabel('Initial password').fill('a long password');
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    page.getByRole('button', { name: 'Create account' }).click(),
  ]);
  await expect(page.getByRole('status')).toContainText('Account created');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { cookie: `${stolen.name}=${stolen.value}` },
  });
  const session = await thief.get('/api/auth/session');
  expect(await session.json()).toEqual({});
  // No fresh copy of the token with a new expiry: at most a cookie that deletes it.
  expect(session.headers()['set-cookie'] ?? '').not.toMatch(/session-token=[^;\s]/);
  const visit = await thief.get('/dashboard', { maxRedirects: 0 });
  expect(visit.status()).toBe(307);
  expect(visit.headers().location).toContain('/login');
  const headers = actionRequest.headers();
  const replay = await thief.post(actionRequest.url(), {
    maxRedirects: 0,
    headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: 'text/x-component' },
    data: actionRequest
      .postDataBuffer()!
      .toString('latin1')
      .replace('first-' + email, email),
  });
  expect(await replay.text()).toContain('Sign in to do that.');
  await thief.dispose();

  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin/users');
  await expect(page.getByRole('cell', { name: 'first-' + email })).toBeVisible();
  await expect(page.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
});

// Both are from the report: a backslash or a tab after the first slash makes browsers read the
// path as `//evil.example`, another site.
for (const next of ['/%5Cevil.example/phish', '/%09/evil.example']) {
  test(`signing in from /login?next=${next} stays on this site`, async ({ page, baseURL }) => {
    await page.goto(`/login?next=${next}`);
    await page.getByLabel('Email').fill(account('journalist').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
    // Signed in, the sign-in page's own redirect stays here too.
    const res = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(new URL(res.headers().location!, baseURL).href).toBe(`${baseURL}/dashboard`);
  });
}

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
