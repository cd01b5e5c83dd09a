import { test, expect, seriousA11yViolations, signIn, dataLayer } from './fixtures';
import { signedIn } from './support/claims-browser';

// A journalist researches the Russian Defence Ministry's border claim on a private copy of the
// reference article; an editor hands a claim to the journalist, who finds it on the dashboard.

type Setup = { articleId: string; claimId: string; text: string; version: number; status: string };
const BORDER = "Russia's Defence Ministry said";
const title = (what: string) => `Claims e2e ${what} ${Date.now()}`;

test.describe('as a journalist', () => {
  test('adds a source and a note, and proposes “Unverified” for the border claim', async ({ page }) => {
    await signIn(page, 'journalist');
    await page.waitForURL(/\/dashboard$/);
    const setup = dataLayer<Setup>('claims-setup', { title: title('research'), contains: BORDER });
    expect(setup.text).toContain(BORDER);
    await page.goto(`/claims/${setup.claimId}`);
    await expect(page.getByRole('heading', { level: 1, name: /^Claim \d+$/ })).toBeVisible();
    await expect(page.locator('.claim-quote')).toContainText('two attempts to break through the border');

    // A bad URL is refused next to the field, and what was typed stays.
    const add = page.getByRole('form', { name: 'Add a source' });
    await add.getByLabel('URL', { exact: true }).fill('not a url');
    await add.getByLabel('Title').fill('Russian Defence Ministry Telegram statement');
    await add.getByLabel('Type').selectOption('official_statement');
    await add.getByLabel('Stance').selectOption('context');
    await add.getByRole('button', { name: 'Add source' }).click();
    await expect(add.locator('#src-new-url-error')).toContainText('http://');
    await expect(add.getByLabel('Title')).toHaveValue('Russian Defence Ministry Telegram statement');

    await add.getByLabel('URL', { exact: true }).fill('https://t.me/mod_russia/52000');
    await add.getByLabel('Publisher').fill('Russian Ministry of Defence');
    await add.getByLabel('Excerpt').fill('Ukrainian forces made two attempts to cross the border.');
    await add.getByLabel('Accessed on').fill('2025-05-08');
    await add.getByRole('button', { name: 'Add source' }).click();
    await expect(page.getByRole('status')).toContainText('Source “Russian Defence Ministry Telegram statement” added.');
    const ledger = page.getByRole('region', { name: 'Sources' });
    await expect(ledger.getByRole('link', { name: 'Russian Defence Ministry Telegram statement' })).toHaveAttribute(
      'href',
      'https://t.me/mod_russia/52000',
    );
    await expect(ledger).toContainText('Official statement');

    await page.getByLabel('New note').fill('Asked the Ukrainian General Staff for their account.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect(notes.getByRole('listitem').filter({ hasText: 'Asked the Ukrainian General Staff' })).toContainText('Jo Journalist');

    const propose = page.getByRole('form', { name: 'Propose a verdict' });
    await propose.getByLabel('Rating').selectOption('unverified');
    await propose.getByLabel('Explanation').fill('Neither side’s account of the fighting at the Kursk border could be independently verified.');
    await propose.getByRole('radio', { name: 'Yes' }).check();
    await propose.getByRole('button', { name: 'Propose verdict' }).click();

    await expect(page.locator('.facts')).toContainText('In review');
    const verdicts = page.getByRole('region', { name: 'Verdicts' });
    await expect(verdicts.getByRole('listitem').first()).toContainText('Unverified');
    await expect(verdicts.getByRole('listitem').first()).toContainText('Proposed');
    // A journalist gets no ruling form.
    await expect(page.getByRole('form', { name: 'Rule the verdict' })).toHaveCount(0);

    const history = page.getByRole('region', { name: 'History' });
    for (const line of ['proposed a verdict', 'wrote a note', 'added a source', 'accepted the claim']) await expect(history).toContainText(line);
    const read = dataLayer<{ status: string; verdicts: { kind: string; rating: string }[] }>('claims-read', { claimId: setup.claimId });
    expect(read).toMatchObject({ status: 'in_review', verdicts: [{ kind: 'proposed', rating: 'unverified' }] });

    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

test('an editor assigns a claim to the journalist, who sees it under “My claims”', async ({ browser }) => {
  const articleTitle = title('assign');
  const setup = dataLayer<Setup>('claims-setup', { title: articleTitle, contains: BORDER });
  const { context: editorCtx, page: editor } = await signedIn(browser, 'editor');
  await editor.goto(`/claims/${setup.claimId}`);
  const assign = editor.getByRole('form', { name: 'Assign' });
  await assign.getByLabel('Assign to').selectOption({ label: 'Jo Journalist (journalist)' });
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(editor.getByRole('status')).toContainText('Assigned to Jo Journalist');
  await expect(editor.locator('.facts')).toContainText('Researching');
  expect(await seriousA11yViolations(editor)).toEqual([]);
  await editorCtx.close();

  const { context: journalistCtx, page: journalist } = await signedIn(browser, 'journalist');
  await journalist.goto('/dashboard');
  const mine = journalist.getByRole('region', { name: 'My claims' });
  const row = mine.getByRole('row').filter({ hasText: articleTitle });
  await expect(row.getByRole('link', { name: /two attempts to break through the border/ })).toBeVisible();
  await row.getByRole('link').click();
  await expect(journalist).toHaveURL(new RegExp(`/claims/${setup.claimId}$`));
  await journalistCtx.close();
});

test.describe('the claims list', () => {
  test('filters through the URL and links to the claim, accessibly', async ({ page }) => {
    await signIn(page, 'editor');
    await page.waitForURL(/\/dashboard$/);
    const articleTitle = title('list');
    const setup = dataLayer<Setup>('claims-setup', { title: articleTitle, contains: BORDER, upTo: 'in_review' });
    await page.goto('/claims');
    await page.getByLabel('Status').selectOption('in_review');
    await page.getByLabel('Article').selectOption({ label: articleTitle });
    await page.getByLabel('Latest verdict').selectOption('unverified');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`status=in_review.*article=${setup.articleId}`));
    const rows = page.getByRole('row');
    await expect(rows).toHaveCount(2); // the header and our one claim
    await expect(rows.nth(1)).toContainText('Unverified (proposed)');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await rows.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/claims/${setup.claimId}$`));

    await page.goto('/claims?status=bogus');
    await expect(page.getByRole('alert').filter({ hasText: 'Unknown status' })).toBeVisible();
  });
});
