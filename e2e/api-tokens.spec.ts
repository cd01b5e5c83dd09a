import { test, expect, seriousA11yViolations } from './fixtures';
import { signedIn } from './support/claims-browser';

// A journalist creates an API token, sees it once, imports an article with it through the JSON
// API, then revokes it: the next request is refused.

test('a journalist creates a token, imports an article with it, and revokes it', async ({ browser, playwright }) => {
  const { context, page } = await signedIn(browser, 'journalist');
  await page.goto('/account');
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  const name = `E2E bot ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText(`Token “${name}” created. Copy it now: it is not shown again.`)).toBeVisible();
  const token = await page.getByLabel('Your new token').inputValue();
  expect(token).toMatch(/^cdk_/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The API with the token alone (no cookie).
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const raw = `The harbour master said ${Date.now()} ships docked in March, a record for the port.`;
  const created = await api.post('/api/articles', { headers: { authorization: `Bearer ${token}` }, data: { raw, title: name } });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: string; title: string; claims: unknown[] };
  expect(body).toMatchObject({ title: name });
  await page.goto(`/articles/${body.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect((await api.get('/api/notifications', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  expect((await api.post('/api/articles', { data: { raw, title: name } })).status()).toBe(401);

  // The page lists it, never its value; revoking it refuses the next request.
  await page.goto('/settings/tokens');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).not.toContainText(token);
  await row.getByRole('button', { name: `Revoke the token ${name}` }).click();
  await expect(row).toContainText('Revoked');
  expect((await api.get('/api/notifications', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

  const doc = await api.get('/api/openapi.json');
  expect(doc.status()).toBe(200);
  expect(Object.keys(((await doc.json()) as { paths: object }).paths)).toContain('/api/articles');
  await api.dispose();
  await context.close();
});
