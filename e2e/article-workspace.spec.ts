import { test, expect, seriousA11yViolations, signIn, dataLayer, type ImportedArticle } from './fixtures';
import type { Page } from '@playwright/test';

// Signs in per test rather than through the shared e2e/.auth files, which another engineer's
// concurrent run in this tree can overwrite with a session from a different database.
test.beforeEach(async ({ page }) => {
  await signIn(page, 'journalist');
  await expect(page).toHaveURL(/\/dashboard$/);
});

const DEFENCE = "Russia's Defence Ministry said Ukrainian forces had made two attempts";
const CEASEFIRE = 'Ukraine has not committed to abide by it';
const RUSE = 'calling it a ruse by Mr Putin';

/** Selects `text` in the article as a reader would with the mouse (one text node, found by content). */
async function selectInArticle(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(wanted);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + wanted.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`text not found in one piece: ${wanted}`);
  }, text);
  // The page reads the selection shortly after it changes; wait until it shows this one.
  await expect(page.locator('.selection-card .quote')).toContainText(text.slice(0, 100));
}

const mark = (page: Page, text: string) => page.locator('mark', { hasText: text });
const listItem = (page: Page, text: string) => page.locator('[data-claim-button]', { hasText: text });
const tagOf = (page: Page, text: string) => mark(page, text).locator('xpath=following-sibling::span[@class="claim-tag"]');

test('a journalist reviews the split: accept, fix a span, add from a selection, dismiss, keyboard', async ({ page }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Workspace review ${Date.now()}` });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByText('moves between claims', { exact: false }).or(page.getByText('move between claims'))).toBeVisible();

  // Ranked by score first; in text order the first sentence leads.
  const items = page.locator('.claim-list').first().locator('[data-claim-button]');
  await expect(items.first()).toContainText('Mr Putin and Mr Xi have met dozens of times');
  await page.getByRole('button', { name: 'In text order' }).click();
  await expect(items.first()).toContainText('Mr Xi is the most powerful');
  await expect(page.getByText(/\d+ low-scoring sentences/)).toBeVisible();

  // Accept the Defence Ministry claim.
  await listItem(page, DEFENCE).click();
  await expect(page.getByRole('heading', { name: /^Claim \d+$/ })).toBeVisible();
  await expect(page.locator('.claim-details blockquote')).toContainText(DEFENCE);
  await expect(page.locator('.claim-details')).toContainText("Russia's Defence Ministry");
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim accepted' })).toBeVisible();
  await expect(tagOf(page, DEFENCE)).toContainText('Open');

  // Fix a span: shorten the ceasefire claim to its first clause, picked by selecting it.
  await mark(page, CEASEFIRE).click();
  await selectInArticle(page, CEASEFIRE);
  await page.getByRole('button', { name: 'Use the selected text' }).click();
  await page.getByRole('button', { name: 'Save span' }).click();
  await expect(page.getByText(/Span saved: characters \d+–\d+/)).toBeVisible();
  await expect(mark(page, CEASEFIRE)).toHaveText(CEASEFIRE);

  // Add a claim from the words the shortened span let go.
  await selectInArticle(page, RUSE);
  await page.getByRole('button', { name: 'Add as a claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added' })).toBeVisible();
  await expect(mark(page, RUSE)).toHaveText(RUSE);
  await expect(tagOf(page, RUSE)).toContainText('Open');

  // Adding over an existing claim is refused with a clear message.
  await selectInArticle(page, 'Instead, it has declared');
  await page.getByRole('button', { name: 'Add as a claim' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'would overlap another claim' })).toBeVisible();

  // Dismiss a suggestion.
  const SOVIET = 'The Soviet Union lost 27 million people in the war';
  await listItem(page, SOVIET).click();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(tagOf(page, SOVIET)).toContainText('Dismissed');

  // Keyboard: back to ranked order, pick the first claim, j to the second, a to accept it, k back.
  await page.getByRole('button', { name: 'Ranked by score' }).click();
  await items.nth(0).click();
  await expect(items.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('j');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const second = (await items.nth(1).locator('.claim-item-text').textContent())!;
  await page.keyboard.press('a');
  await expect(tagOf(page, second.slice(0, 40))).toContainText('Open');
  await page.keyboard.press('k');
  await expect(items.nth(0)).toHaveAttribute('aria-pressed', 'true');

  // Typing in a field is never a shortcut.
  await page.getByLabel('Claimant').fill('jad');
  await expect(page.getByLabel('Claimant')).toHaveValue('jad');
  await expect(items.nth(0)).toHaveAttribute('aria-pressed', 'true');

  await items.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/\w+$/);
});

test('a journalist merges two neighbouring claims and splits the result back where the selection starts', async ({ page }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Workspace merge ${Date.now()}` });
  const FIRST = 'Ukraine has not committed to abide by it, calling it a ruse by Mr Putin to create the impression he wants to end the war.';
  const SECOND = 'Instead, it has declared its willingness to join a ceasefire lasting at least 30 days.';
  await page.goto(`/articles/${article.id}`);
  await page.getByRole('button', { name: 'In text order' }).click();
  const items = page.locator('.claim-list').first().locator('[data-claim-button]');
  const before = await items.count();

  await listItem(page, FIRST.slice(0, 40)).click();
  await page.getByRole('button', { name: /^Merge with the next claim/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claims merged.' })).toBeVisible();
  await expect(mark(page, FIRST.slice(0, 40))).toHaveText(`${FIRST} ${SECOND}`);
  await expect(items).toHaveCount(before - 1);

  await mark(page, FIRST.slice(0, 40)).click();
  await selectInArticle(page, 'Instead, it has declared');
  await page.getByRole('button', { name: 'Split where the selection starts' }).click();
  await page.getByRole('button', { name: 'Split', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim split in two.' })).toBeVisible();
  await expect(mark(page, FIRST.slice(0, 40))).toHaveText(FIRST);
  await expect(mark(page, SECOND.slice(0, 30))).toHaveText(SECOND);
  await expect(items).toHaveCount(before);
});

test('a stale claimant edit shows what is there now and keeps what was typed', async ({ page }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Workspace conflict ${Date.now()}` });
  const claim = article.claims.find((c) => c.text.startsWith(DEFENCE))!;
  await page.goto(`/articles/${article.id}`);
  await listItem(page, DEFENCE).click();
  await page.getByLabel('Claimant').fill('Russian Defence Ministry spokesman');
  dataLayer('articles-edit-claimant', { claimId: claim.id, claimant: 'The Kremlin' });
  await page.getByRole('button', { name: 'Save claimant and cue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this claim' })).toBeVisible();
  await expect(page.locator('.conflict-now')).toContainText('The Kremlin');
  await expect(page.getByLabel('Claimant')).toHaveValue('Russian Defence Ministry spokesman');
});

test('the article workspace has no serious or critical accessibility violations', async ({ page }) => {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Workspace axe ${Date.now()}` });
  await page.goto(`/articles/${article.id}`);
  await listItem(page, DEFENCE).click();
  await expect(page.locator('.claim-details')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
