import type { APIResponse, Page } from '@playwright/test';
import { test, expect, storageState } from './fixtures';

// Every page goes out with a Content-Security-Policy whose per-request nonce is on each of its
// scripts, plus the other security headers. The fixture in ./fixtures fails any test, in every
// spec, whose pages report a CSP violation; the page visits here cover each kind of page.

const nonceOf = (res: APIResponse) => res.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];

/** The executable script tags of a page (JSON-LD blocks are data, which CSP does not govern). */
const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));

async function expectScriptsCarryTheNonce(res: APIResponse) {
  const nonce = nonceOf(res);
  expect(nonce, 'a nonce in the CSP header').toBeTruthy();
  const tags = scriptTags(await res.text());
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
}

/** The slug of a published fact-check (the seed publishes the demo one). */
const demoSlug = async (request: { get: (p: string) => Promise<APIResponse> }) =>
  (await (await request.get('/fact-checks')).text()).match(/href="\/fact-checks\/([A-Za-z0-9-]+)"/)![1];

test('pages carry a strict CSP with a fresh nonce on every script, and the other security headers', async ({ request }) => {
  // Rendered pages. (The reader's cached pages, the home page and the index among them, replay the
  // nonce of the render they keep: see the next test. An unknown query parameter renders afresh.)
  for (const path of ['/?fresh=1', '/login', '/fact-checks?fresh=1', '/no-such-page']) {
    const res = await request.get(path);
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("'strict-dynamic'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).not.toContain('unsafe-inline');
    await expectScriptsCarryTheNonce(res);
    expect(nonceOf(await request.get(path)), `${path}: a new nonce per request`).not.toBe(nonceOf(res));

    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    // Served over plain http here: HSTS only goes out when the public address is https.
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
});

test('a reader’s page replayed from the server’s cache keeps the CSP its scripts were rendered for', async ({ request, page }) => {
  const path = `/fact-checks/${await demoSlug(request)}`;
  for (const p of ['/', '/fact-checks', path]) {
    await request.get(p);
    const hit = await request.get(p);
    expect(hit.headers()['x-claimdesk-cache'], p).toBe('HIT');
    await expectScriptsCarryTheNonce(hit);
  }
  // In a browser the cached copy runs its scripts: the claim links work as on a fresh render.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the site has an icon; the address the pages link (its content’s hash in it) may be kept, the bare one is asked again', async ({
  request,
  page,
}) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^image\//);
  expect(res.headers()['cache-control']).not.toContain('immutable');
  expect((await res.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO file
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/favicon\.ico\?favicon\.[\w-]+\.ico$/);
  const hashed = await request.get(href!);
  expect(hashed.status()).toBe(200);
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(hashed.headers()['x-content-type-options']).toBe('nosniff');
  expect(await hashed.body()).toEqual(await res.body());
});

async function visit(page: Page, path: string, heading: RegExp | string) {
  const res = await page.goto(path);
  expect(res?.headers()['content-security-policy'], path).toContain("'nonce-");
  await expect(page.getByRole('heading', { level: 1, name: heading }).first(), path).toBeVisible();
  // Scripts ran: the client router is up (a client-side navigation needs it).
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next), { message: path }).toBe('object');
}

test.describe('every kind of page works under the policy', () => {
  test.use({ storageState: storageState('editor') });

  test('workspace pages', async ({ page }) => {
    await visit(page, '/dashboard', 'Dashboard');
    await visit(page, '/articles', /Articles/);
    await visit(page, '/articles/new', /Import/);
    await visit(page, '/claims', /Claims/);
    const article = await page.goto('/articles').then(() =>
      page
        .getByRole('link', { name: /friends of steel/ })
        .first()
        .getAttribute('href'),
    );
    await visit(page, article!, /friends of steel/);
    await visit(page, `${article}/publish`, /Publish|friends of steel/);
    const claim = await page.goto('/claims').then(() => page.locator('a[href^="/claims/"]').first().getAttribute('href'));
    await visit(page, claim!, /./);
    // A page that does not exist renders its 404 per request too, so its scripts have the nonce.
    await visit(page, '/articles/no-such-article', /not found/i);
  });

  test('public pages and sign-in, signed out', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await visit(page, '/', /./);
    await visit(page, '/fact-checks', /Fact-checks/i);
    await visit(page, '/login', 'Sign in to Claimdesk');
    await visit(page, '/no-such-page', 'Page not found');
    await context.close();
  });
});
