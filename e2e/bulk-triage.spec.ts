import { test, expect, seriousA11yViolations, signIn, dataLayer } from './fixtures';
import type { Page } from '@playwright/test';

// Bulk triage (issue 14): an editor checks several claims with the keyboard and the mouse, and
// assigns, dismisses or accepts them at once; each claim is its own versioned change, and the
// outcome says what changed and what conflicted.

type Setup = { id: string; title: string; claims: { id: string; number: number; text: string; status: string }[] };
type Read = { id: string; status: string; version: number; assignee: string | null; events: string[] }[];

const read = (claimIds: string[]) => dataLayer<Read>('bulk-read', { claimIds });

test.beforeEach(async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/dashboard$/);
});

/** The claim ids of the /claims rows, top to bottom. */
async function rowIds(page: Page) {
  const hrefs = await page.locator('.claims-table tbody tr td:nth-child(2) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => h.replace('/claims/', ''));
}

test('on /claims an editor selects rows with the keyboard and shift-click, and assigns them; a conflict is reported', async ({ page }) => {
  const article = dataLayer<Setup>('bulk-setup', { title: `Bulk claims ${Date.now()}`, accept: 5 });
  await page.goto(`/claims?article=${article.id}`);
  const boxes = page.getByRole('checkbox', { name: /^Select claim \d+ of “/ });
  await expect(boxes).toHaveCount(5);
  const ids = await rowIds(page);
  const bar = page.getByRole('group', { name: 'Bulk actions on the selected claims' });
  await expect(bar).toHaveCount(0);

  // Keyboard: Tab from "select all" to the first row's checkbox, Space; Tab past its link to the next row's, Space.
  await page.getByRole('checkbox', { name: 'Select all claims on this page' }).focus();
  await page.keyboard.press('Tab');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(bar).toContainText('2 selected');
  // Shift-click the fourth row: the range from the last one toggled (the second) is checked.
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(bar).toContainText('4 selected');
  for (const i of [0, 1, 2, 3]) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(4)).not.toBeChecked();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Someone else changes the second claim after the list was loaded.
  dataLayer('articles-edit-claimant', { claimId: ids[1], claimant: 'A second editor' });
  const stale = article.claims.find((c) => c.id === ids[1])!;

  await bar.getByLabel('Assign to').selectOption({ label: 'Jo Journalist' });
  await bar.getByRole('button', { name: 'Assign selected' }).click();
  const status = page.getByRole('status').filter({ hasText: 'assigned' });
  await expect(status).toContainText(`3 assigned; 1 conflicted (claim ${stale.number} changed since you loaded it).`);
  await expect(status.getByRole('list', { name: 'Claims not changed' })).toContainText(`Claim ${stale.number}: Someone else changed this claim`);

  // The three are researching, assigned to Jo, with one assign event each; the conflicted one did not move.
  const after = await read(ids.slice(0, 4));
  expect(after.map((c) => [c.status, c.assignee])).toEqual([
    ['researching', 'Jo Journalist'],
    ['open', null],
    ['researching', 'Jo Journalist'],
    ['researching', 'Jo Journalist'],
  ]);
  for (const i of [0, 2, 3]) expect(after[i]!.events).toEqual(['claim_accept', 'claim_assign']);
  expect(after[1]!.events).toEqual(['claim_accept', 'claim_attribution']);
  const row = (id: string) => page.locator('.claims-table tbody tr', { has: page.locator(`a[href="/claims/${id}"]`) });
  await expect(row(ids[0]!)).toContainText('Researching');
  await expect(row(ids[0]!)).toContainText('Jo Journalist');

  // The conflicted claim stays selected, now at its saved version: assigning again succeeds.
  await expect(bar).toContainText('1 selected');
  await expect(row(ids[1]!).getByRole('checkbox')).toBeChecked();
  await bar.getByRole('button', { name: 'Assign selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 assigned.' })).toBeVisible();
  await expect(row(ids[1]!)).toContainText('Researching');
  expect((await read([ids[1]!]))[0]).toMatchObject({ status: 'researching', assignee: 'Jo Journalist' });
});

test('in the article workspace an editor dismisses and accepts suggestions in bulk with the keyboard', async ({ page }) => {
  const article = dataLayer<Setup>('bulk-setup', { title: `Bulk workspace ${Date.now()}` });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  const list = page.locator('.claim-list').first();
  const boxes = list.getByRole('checkbox', { name: /^Select claim \d+: / });
  const bar = page.getByRole('group', { name: 'Bulk actions on the selected claims' });

  // Space checks the focused claim; Tab passes its button to the next claim's checkbox.
  await boxes.nth(0).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(list.locator('[data-claim-button]').nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  // Shift+Space on the fourth checks the range from the second.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(boxes.nth(3)).toBeFocused();
  await page.keyboard.press('Shift+Space');
  await expect(bar).toContainText('4 selected');
  for (const i of [0, 1, 2, 3]) await expect(boxes.nth(i)).toBeChecked();
  // The single selection is untouched: the list's first claim was only focused, never opened.
  await expect(page.getByText('Select a claim in the text or the list to see its details.')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const idOf = async (i: number) => (await list.locator('[data-claim-button]').nth(i).getAttribute('data-claim-button'))!;
  const chosen = [await idOf(0), await idOf(1), await idOf(2), await idOf(3)];

  await bar.getByRole('button', { name: 'Dismiss selected' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '4 dismissed.' })).toBeVisible();
  await expect(bar).toHaveCount(0);
  for (const i of [0, 1, 2, 3]) await expect(list.locator('[data-claim-button]').nth(i)).toContainText('Dismissed');
  const dismissed = await read(chosen);
  expect(dismissed.map((c) => c.status)).toEqual(['dismissed', 'dismissed', 'dismissed', 'dismissed']);
  for (const c of dismissed) expect(c.events).toEqual(['claim_dismiss']);

  // Accept two of them again.
  await boxes.nth(0).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Accept selected' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '2 accepted.' })).toBeVisible();
  await expect(list.locator('[data-claim-button]').nth(0)).toContainText('Open');
  const accepted = await read(chosen.slice(0, 2));
  for (const c of accepted) expect(c).toMatchObject({ status: 'open', events: ['claim_dismiss', 'claim_accept'] });

  // An editor assigns from the workspace too: the two open claims go to Jo.
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await bar.getByLabel('Assign to').selectOption({ label: 'Jo Journalist' });
  await bar.getByRole('button', { name: 'Assign selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 assigned.' })).toBeVisible();
  const assigned = await read(chosen.slice(0, 2));
  for (const c of assigned) expect(c).toMatchObject({ status: 'researching', assignee: 'Jo Journalist' });

  // The single-claim keyboard still works beside the checkboxes: j selects the first claim.
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { name: /^Claim \d+$/ })).toBeVisible();
});
