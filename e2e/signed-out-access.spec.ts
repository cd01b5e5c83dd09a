import { test, expect, storageState, dataLayer, type ImportedArticle } from './fixtures';

// A signed-out reader calling the app's endpoints directly, without the UI, gets no workspace data.

test('route handlers give a signed-out reader no workspace data', async ({ request }) => {
  const session = await request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});

  // The seed publishes the demo fact-check; an article nobody published never appears, and no
  // public JSON carries internal fields.
  const unpublished = dataLayer<ImportedArticle>('import-article', { title: `Never published ${Date.now()}` });
  for (const path of ['/api/fact-checks', '/api/claim-reviews']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const text = await res.text();
    expect(text, path).toContain('friends of steel');
    expect(text, path).not.toContain(unpublished.title);
    expect(text, path).not.toContain(unpublished.id);
    expect(text, path).not.toMatch(/claimdesk\.test|"(notes|assignee|email|proposed|byId)"/);
  }

  for (const path of ['/dashboard', '/articles', '/claims', '/admin/users', '/admin/pages', '/preview/x', '/feedback', '/account']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toContain('/login');
  }
});

test.describe('server actions called directly', () => {
  test.use({ storageState: storageState('admin') });

  test('a signed-out caller replaying an admin action is refused and nothing changes', async ({ page, playwright, baseURL }) => {
    await page.goto('/admin/users');
    // Capture the real server-action request the admin's browser sends…
    const email = `replayed-${Date.now()}@claimdesk.test`;
    await page.getByLabel('Name', { exact: true }).fill('Replay Target');
    await page.getByLabel('Email').fill('first-' + email);
    await page.getByLabel('Initial password').fill('a long password');
    const [actionRequest] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
      page.getByRole('button', { name: 'Create account' }).click(),
    ]);
    await expect(page.getByRole('status')).toContainText('Account created');

    // …then replay it with no cookies, for a different email, as a signed-out reader would.
    // An explicit empty state: contexts made here otherwise inherit the test's signed-in storage.
    const anon = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    expect(await (await anon.get('/api/auth/session')).json()).toEqual({});
    const headers = actionRequest.headers();
    const replay = await anon.post(actionRequest.url(), {
      maxRedirects: 0,
      headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: 'text/x-component' },
      data: actionRequest
        .postDataBuffer()!
        .toString('latin1')
        .replace('first-' + email, email),
    });
    expect(await replay.text()).toContain('Sign in to do that.');
    await anon.dispose();

    await page.reload();
    await expect(page.getByRole('cell', { name: 'first-' + email })).toBeVisible();
    await expect(page.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  });
});
