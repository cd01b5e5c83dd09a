import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { claimReviews } from './support/claim-reviews';
import { DEMO_ARTICLE } from '../prisma/demo';

// The reader's side as a new visitor finds it: the seed's published demo fact-check.
test.use({ storageState: { cookies: [], origins: [] } });

async function openDemo(page: Page) {
  await page.goto('/fact-checks');
  await page.getByRole('link', { name: DEMO_ARTICLE.fields.title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ARTICLE.fields.title })).toBeVisible();
}

test('the demo fact-check says it is demo content and credits the original article', async ({ page, request }) => {
  await openDemo(page);
  await expect(page.getByText('Demo content.', { exact: true }).first()).toBeVisible();
  const meta = page.locator('dl.meta');
  await expect(meta).toContainText('The National');
  await expect(meta).toContainText('8 May 2025');
  // The original article, at its own address.
  await expect(meta.getByRole('link', { name: DEMO_ARTICLE.fields.title })).toHaveAttribute('href', DEMO_ARTICLE.fields.url);
  const kursk = page.locator('.claim-card').filter({ hasText: "Russia's Defence Ministry said" });
  await expect(kursk.getByRole('heading', { level: 3 })).toContainText('Unverified');
  await expect(kursk).toContainText("Confirmed: Russia's Defence Ministry did make this claim.");
  await expect(page.locator('.claim-card')).toHaveCount(7);
  for (const s of await page
    .locator('.sources a.source-link')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })))) {
    // Every source is a well-known public reference or visibly a placeholder.
    expect(
      s.href.startsWith('https://en.wikipedia.org/wiki/') || (s.href.startsWith('https://example.org/') && s.text.startsWith('Demo source: ')),
    ).toBe(true);
  }
  // One page per claim, each with its one ClaimReview.
  const reviews = await claimReviews(request, page.url().split('/').pop()!);
  expect(reviews).toHaveLength(7);
});

test('each claim has its own page: the verdict, the sources, where it was said, and a way back', async ({ page }) => {
  await openDemo(page);
  const tally = page.getByRole('region', { name: 'Verdicts' });
  await expect(tally).toContainText(/^Verdicts7 claims: \d+ /);
  const kursk = page.locator('.claim-card').filter({ hasText: "Russia's Defence Ministry said" });
  const n = /Claim (\d+)/.exec((await kursk.getByRole('heading', { level: 3 }).textContent()) ?? '')![1];
  await kursk.getByRole('link', { name: 'This claim’s own page' }).click();
  await expect(page).toHaveURL(new RegExp(`/fact-checks/[a-z0-9-]+/claims/${n}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claim ${n}: Unverified`);
  await expect(page.getByRole('region', { name: 'Where it was said' })).toContainText('The National, 8 May 2025');
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  // Its share card: an image drawn with the fonts in the repository.
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  const png = await page.request.get(image.pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('link', { name: /in the article, with the other claims we checked/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ARTICLE.fields.title })).toBeVisible();
});

test('the lists readers and machines follow: the Atom feed, the paged JSON, the ClaimReview feed', async ({ request }) => {
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const atom = await feed.text();
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(atom).toContain(`Fact-check: ${DEMO_ARTICLE.fields.title}`);
  const first = await (await request.get('/api/fact-checks?limit=1')).json();
  expect(first.factChecks).toHaveLength(1);
  const reviews = await (await request.get('/api/claim-reviews?limit=1')).json();
  expect(reviews['@graph'].length).toBeGreaterThan(0);
  expect((await request.get('/api/claim-reviews?limit=500')).status()).toBe(400);
});

test('the reader’s pages have no accessibility violations at all', async ({ page }) => {
  for (const path of ['/', '/fact-checks']) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
  await openDemo(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the reader’s page fits a phone screen and prints without the site chrome', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemo(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.topbar')).toBeHidden();
  await expect(page.locator('.claim-card').first()).toBeVisible();
});

test('a malformed or unknown address is a clear 400 or 404, never a server error', async ({ baseURL }) => {
  // Sent byte for byte: a browser or fetch would re-encode some of these before sending.
  const status = (path: string) =>
    new Promise<{ status: number; type: string }>((resolve, reject) =>
      http
        .get(`${baseURL}${path}`, { agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? '') }));
        })
        .on('error', reject),
    );
  const expected: [string, number][] = [
    ['/fact-checks/%ff', 400],
    ['/fact-checks/%', 400],
    ['/fact-checks/%zz', 400],
    ['/fact-checks/%ED%A0%80', 400],
    ['/api/fact-checks/%ED%A0%80', 400],
    ['/api/fact-checks/%ff', 400],
    ['/fact-checks/%00', 404],
    ['/api/fact-checks/%00', 404],
    ['/fact-checks/Not-A-Slug', 404],
    ['/api/fact-checks/%E2%82%AC', 404],
  ];
  for (const [path, code] of expected) {
    const r = await status(path);
    expect(r.status, path).toBe(code);
    if (path.startsWith('/api/')) expect(r.type, path).toContain('application/json');
  }
});
