import { test, expect, seriousA11yViolations } from './fixtures';
import { signedIn } from './support/claims-browser';

// "Checked before?" (issue 10): an editor imports an article that repeats a claim of the demo
// fact-check in other words. The preview shows the earlier claim with its verdict and a link to
// the published check; on the new claim's page the editor links the two and takes over the
// ruling as a proposal, with its sources.

const PARAPHRASE = "China, Russia's largest trading partner, has thrown Moscow a lifeline that helped soften the blow of sanctions from the west.";

test('an import repeating a checked claim shows it was checked before; the editor links it and takes over the verdict', async ({ browser }) => {
  const { context, page } = await signedIn(browser, 'editor');
  const title = `Checked before e2e ${Date.now()}`;
  await page.goto('/articles/new');
  await page
    .getByLabel('Article text or HTML')
    .fill(`${PARAPHRASE}\n\nThe talks in Moscow lasted ${Date.now() % 1000} minutes longer than planned, officials said.`);
  await page.getByRole('button', { name: 'Preview' }).click();
  const checked = page.getByRole('group', { name: /^Checked before: China, Russia/ });
  await expect(checked).toBeVisible();
  const demo = checked.getByRole('listitem').filter({ hasText: "China is Russia's biggest trading partner" }).first();
  await expect(demo).toContainText('Mostly true');
  await expect(demo.getByRole('link', { name: 'published fact-check' })).toHaveAttribute('href', /\/fact-checks\/[^/]+\/claims\/\d+$/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const claimId = await page.locator('[data-claim-button]', { hasText: 'largest trading partner' }).first().getAttribute('data-claim-button');
  expect(claimId).toBeTruthy();
  // In the workspace, the selected claim's pane looks too.
  await page.locator(`[data-claim-button="${claimId}"]`).first().click();
  const inPane = page.locator('.claim-details').getByRole('region', { name: 'Checked before?' });
  await expect(inPane.getByRole('listitem').filter({ hasText: "China is Russia's biggest trading partner" }).first()).toContainText('Mostly true');

  await page.goto(`/claims/${claimId}`);
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.locator('.facts')).toContainText('Open');
  const section = page.getByRole('region', { name: 'Checked before?' });
  const earlier = section.getByRole('listitem').filter({ hasText: "China is Russia's biggest trading partner" }).first();
  await earlier.getByRole('button', { name: /^Link as the same claim/ }).click();
  const same = page.getByRole('region', { name: 'Same claim as' });
  await expect(same).toContainText("China is Russia's biggest trading partner");
  await expect(same).toContainText('Ruled Mostly true');
  await same.getByRole('button', { name: 'Take over its verdict as a proposal' }).click();
  await expect(page.locator('.facts')).toContainText('In review');
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Chinese customs statistics on trade with Russia');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});
