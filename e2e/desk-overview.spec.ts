import AxeBuilder from '@axe-core/playwright';
import { test, expect, storageState } from './fixtures';

// Issue 14, the desk overview: an editor reaches it from the dashboard, reads its charts (each an
// image with a name, its numbers in a table) and changes the period. No axe violation at all, and
// the fixture fails the test on any Content-Security-Policy violation (the charts use no style attribute).

test.use({ storageState: storageState('editor') });

test('an editor opens the desk overview from the dashboard and reads its charts', async ({ page }) => {
  await page.goto('/dashboard');
  await page.getByRole('link', { name: /Desk overview/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk overview' })).toBeVisible();
  for (const name of ['Claims by status now', 'Claims reaching each step, per week', 'Time from import to verdict', 'Open load per journalist']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  // The demo desk has claims: the status chart is drawn, and its numbers are a table too.
  await expect(page.getByRole('img', { name: /Claims by status now/ })).toBeVisible();
  await page.getByRole('region', { name: 'Claims by status now' }).getByText('Show the numbers as a table').click();
  await expect(page.getByRole('table', { name: 'Claims by status now' }).getByRole('rowheader', { name: 'Suggested' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  await page.getByLabel('Show the last').selectOption('12');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/overview\?weeks=12$/);
  await expect(page.getByLabel('Show the last')).toHaveValue('12');
});
