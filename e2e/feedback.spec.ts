import type { Page } from '@playwright/test';
import { test, expect, storageState, seriousA11yViolations, allA11yViolations } from './fixtures';
import { DEMO_ARTICLE } from '../prisma/demo';

// Issue 13, reader feedback: a reader reports an error without an account and an editor accepts it
// as a correction readers then see; a reader sends a claim to check and a journalist turns it into
// a claim. The new public pages pass axe with no violation at all and set no cookie.

test.use({ storageState: storageState('editor') });

const referenceIn = async (page: Page, prefix: 'R' | 'T') => {
  const receipt = page.getByRole('status').filter({ hasText: 'Your reference is' });
  await expect(receipt).toBeVisible();
  return new RegExp(`${prefix}-[A-Z2-9]{8}`).exec((await receipt.textContent()) ?? '')![0];
};

test('a reader reports an error in a claim and the editor’s accepting it puts a correction on the page', async ({ page, browser }) => {
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await readerContext.newPage();
  await reader.goto('/fact-checks');
  await reader.getByRole('link', { name: DEMO_ARTICLE.fields.title }).first().click();
  await expect(reader.getByRole('heading', { level: 1, name: DEMO_ARTICLE.fields.title })).toBeVisible();
  const factCheckUrl = reader.url();
  await expect(reader.getByRole('link', { name: 'Report an error', exact: true })).toBeVisible();
  const card = reader.locator('.claim-card').filter({ hasText: "Russia's Defence Ministry said" });
  const n = /Claim (\d+)/.exec((await card.getByRole('heading', { level: 3 }).textContent()) ?? '')![1];
  await card.getByRole('link', { name: `Report an error in claim ${n}` }).click();

  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Report an error');
  await expect(reader.getByLabel('Which part is wrong?')).toHaveValue(n!);
  expect(await allA11yViolations(reader)).toEqual([]);
  // A bad address is refused next to its field, and what was typed stays.
  const stamp = Date.now();
  const words = `The ministry's statement was about a different border region (${stamp}).`;
  await reader.getByLabel('What is wrong?').fill(words);
  await reader.getByLabel(/A link to your evidence/).fill('not a link');
  await reader.getByRole('button', { name: 'Send the report' }).click();
  await expect(reader.locator('#report-evidence-error')).toContainText('Enter a full web address');
  await expect(reader.getByLabel('What is wrong?')).toHaveValue(words);
  expect(await allA11yViolations(reader)).toEqual([]);
  await reader.getByLabel(/A link to your evidence/).fill('https://example.org/e2e/statement');
  await reader.getByRole('button', { name: 'Send the report' }).click();
  const reference = await referenceIn(reader, 'R');
  expect(await allA11yViolations(reader)).toEqual([]);
  expect(await readerContext.cookies(), 'the public pages set no cookie').toEqual([]);

  // The editor finds it at /feedback, counted in the navigation, and accepts it.
  await page.goto('/dashboard');
  await page
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: /^Feedback \(\d+ new\)$/ })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: reference });
  await expect(item).toContainText(words);
  expect(await seriousA11yViolations(page)).toEqual([]);
  const correction = `The statement concerned another border region (${stamp}).`;
  await item.getByLabel(`Correction for readers: what was wrong (${reference})`).fill(correction);
  await item.getByRole('button', { name: 'Accept as a correction' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: reference })).toContainText(`Accepted as the correction “${correction}”`);

  await reader.goto(factCheckUrl);
  await expect(reader.getByRole('region', { name: 'Corrections' })).toContainText(correction);
  await readerContext.close();
});

test('a reader sends a claim to check, without JavaScript, and a journalist turns it into a claim', async ({ browser }) => {
  const anonymous = { storageState: { cookies: [], origins: [] } };
  const jsContext = await browser.newContext(anonymous);
  const withJs = await jsContext.newPage();
  await withJs.goto('/');
  await withJs.getByRole('link', { name: 'Send us a claim to check' }).click();
  await expect(withJs.getByRole('heading', { level: 1 })).toHaveText('Send us a claim to check');
  expect(await allA11yViolations(withJs)).toEqual([]);
  await jsContext.close();

  // The form is a plain form post: it works with JavaScript off, keeping what was typed on a refusal.
  const readerContext = await browser.newContext({ ...anonymous, javaScriptEnabled: false });
  const reader = await readerContext.newPage();
  await reader.goto('/tips/new');
  const claim = `The mayor said bus fares fell by half this year (${Date.now()}).`;
  await reader.getByLabel('The claim').fill(claim);
  await reader.getByLabel(/Your email address/).fill('not an address');
  await reader.getByRole('button', { name: 'Send the claim' }).click();
  await expect(reader.locator('#tip-email-error')).toContainText('Enter an email address');
  await expect(reader.getByLabel('The claim')).toHaveValue(claim);
  await reader.getByLabel(/Your email address/).fill('');
  await reader.getByLabel(/Where you saw it/).fill('https://example.org/e2e/mayor');
  await reader.getByRole('button', { name: 'Send the claim' }).click();
  const reference = await referenceIn(reader, 'T');
  expect(await readerContext.cookies()).toEqual([]);
  await readerContext.close();

  const journalistContext = await browser.newContext({ storageState: storageState('journalist') });
  const journalist = await journalistContext.newPage();
  await journalist.goto('/feedback');
  const item = journalist.getByRole('listitem').filter({ hasText: reference });
  await expect(item).toContainText(claim);
  // Reports are for editors: a journalist sees no form to accept one.
  await expect(journalist.getByRole('button', { name: 'Accept as a correction' })).toHaveCount(0);
  await item.getByRole('button', { name: `Turn ${reference} into a claim` }).click();
  await journalist
    .getByRole('listitem')
    .filter({ hasText: reference })
    .getByRole('link', { name: `claim 1 of “Reader tip ${reference}”` })
    .click();
  await expect(journalist.getByRole('heading', { level: 1 })).toContainText(`Reader tip ${reference}`);
  await expect(journalist.getByText(claim).first()).toBeVisible();
  await journalistContext.close();
});
