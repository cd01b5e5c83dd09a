import AxeBuilder from '@axe-core/playwright';
import { test, expect, signIn, storageState, dataLayer, type ImportedArticle } from './fixtures';
import { claimReviews } from './support/claim-reviews';

// The whole publishing round trip: an editor publishes through the checklist, a signed-out
// reader reads it (without JavaScript), a correction shows at once, unpublishing retracts it everywhere (410);
// and a journalist's change to a published claim waits for an editor's new version and its note.

const KURSK = 'two attempts to break through the border';
const SOVIET = 'lost 27 million people';
const CEASEFIRE = 'unilateral three-day ceasefire';
const OPEN = 'biggest trading partner';
const NEW_CLAIMANT = 'Rosstat, the Russian statistics service'; // not in the article's text

test.use({ storageState: storageState('editor') });

test('an editor publishes, a reader reads, a correction shows at once, unpublishing removes it everywhere', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const title = `Publishing e2e ${Date.now()}`;
  const article = dataLayer<ImportedArticle>('import-article', { title });
  const source = (n: string, type: string, stance: string) => ({ url: `https://example.org/e2e/${n}`, title: `Demo source: ${n}`, type, stance });
  const prepared = dataLayer<Record<string, { id: string; text: string }>>('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: KURSK,
        rating: 'unverified',
        claimant: "Russia's Defence Ministry",
        explanation: 'The ministry said it; nobody could verify it.',
        sources: [source('ministry-statement', 'official_statement', 'context')],
      },
      {
        contains: SOVIET,
        rating: 'mostly_true',
        claimant: 'The National',
        explanation: 'A widely used estimate.',
        sources: [source('casualty-estimates', 'dataset', 'supports')],
      },
      {
        contains: CEASEFIRE,
        rating: 'true_',
        claimant: 'The National',
        explanation: 'Announced on 28 April.',
        sources: [source('kremlin-ceasefire', 'official_statement', 'supports')],
      },
    ],
    open: [OPEN],
  });
  const kursk = prepared[KURSK]!;

  // The checklist shows what fails, and publishing is refused with a message per item.
  await page.goto(`/articles/${article.id}/publish`);
  await expect(page.getByRole('heading', { name: `Publish: ${title}` })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'The fact-check has a summary' })).toContainText('Fails');
  // An open claim has no verdict: that item fails too, it does not pass.
  await expect(page.getByRole('listitem').filter({ hasText: 'Every included claim has a ruled verdict with an explanation' })).toContainText('Fails');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Cannot publish' });
  await expect(refusal).toContainText('Write a summary of the fact-check.');
  await expect(refusal).toContainText('is still open: rule on it or leave it out.');
  // Each problem once: the message does not repeat the first one of the list.
  expect(((await refusal.textContent()) ?? '').split('Write a summary of the fact-check.')).toHaveLength(2);

  await page.getByRole('textbox', { name: 'Summary' }).fill('We checked three claims from this report; one could not be verified.');
  await page.getByRole('button', { name: 'Save summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Summary saved.' })).toBeVisible();
  await page.getByRole('button', { name: /^Leave out: China is Russia's biggest trading partner/ }).click();
  await expect(page.getByText('Every item passes.')).toBeVisible();
  // The editor previews the reader's page first: the same page, not yet public.
  await page.getByRole('link', { name: 'Preview the reader’s page' }).click();
  await expect(page.getByRole('note', { name: 'Preview' })).toContainText('Readers see nothing until you publish.');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.claim-card')).toHaveCount(3);
  await page.getByRole('link', { name: 'Back to publishing' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published: readers see this fact-check now.' })).toBeVisible();
  const readerLink = page.getByRole('link', { name: 'Open the reader’s page' });
  const path = (await readerLink.getAttribute('href'))!;
  const slug = path.split('/').pop()!;

  // A signed-out reader with JavaScript off: claims marked in place with their verdicts.
  const noJs = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
  const reader = await noJs.newPage();
  expect((await reader.goto(path))!.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const marks = reader.locator('.article-text a.claim-mark');
  await expect(marks).toHaveCount(3);
  const kurskMark = marks.filter({ hasText: KURSK });
  await expect(kurskMark).toContainText('Verdict: Unverified');
  await expect(marks.filter({ hasText: SOVIET })).toContainText('Mostly true');
  await kurskMark.click();
  await expect(reader).toHaveURL(new RegExp(`#claim-${kursk.id}$`));
  const card = reader.locator(`#claim-${kursk.id}`);
  await expect(card).toContainText("Russia's Defence Ministry");
  await expect(card).toContainText('The ministry said it; nobody could verify it.');
  const link = card.getByRole('link', { name: 'Demo source: ministry-statement' });
  await expect(link).toHaveAttribute('href', 'https://example.org/e2e/ministry-statement');
  await expect(card).toContainText('Type: Official statement');
  await expect(card).toContainText('Stance: Context');
  await expect(reader.getByText(OPEN, { exact: false })).toBeVisible(); // in the text, but not marked
  await expect(reader.locator('.claim-card')).toHaveCount(3);

  // One valid ClaimReview per published claim, each on the claim's own page.
  const reviews = await claimReviews(request, slug);
  expect(reviews).toHaveLength(3);
  expect(reviews.find((r) => r.claimReviewed.includes(KURSK))!.reviewRating.alternateName).toBe('Unverified');
  expect(reviews.every((r) => !r.dateModified)).toBe(true);

  // The API serves the same, with cache headers that make shared caches ask again.
  const api = await request.get(`/api/fact-checks/${slug}`);
  expect(api.status()).toBe(200);
  expect(api.headers()['cache-control']).toContain('must-revalidate');
  expect((await api.json()).factCheck.claims).toHaveLength(3);

  // Both are now answered from the server's in-memory copy (scripts/server.mjs)…
  await request.get(path);
  expect((await request.get(path)).headers()['x-claimdesk-cache']).toBe('HIT');
  expect((await request.get(`/api/fact-checks/${slug}`)).headers()['x-claimdesk-cache']).toBe('HIT');

  // …and a correction still reaches the reader at once, on the page and in the API.
  await page.getByLabel('What changed').fill('Clarified the explanation of the Kursk claim.');
  await page.getByLabel('Why').fill('It did not say who had tried to verify it.');
  await page.getByRole('button', { name: 'Publish correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction published.' })).toBeVisible();
  await reader.goto(path);
  await expect(reader.getByRole('region', { name: 'Corrections' })).toContainText('Clarified the explanation of the Kursk claim.');
  await expect(reader.getByRole('region', { name: 'Corrections' })).toContainText('It did not say who had tried to verify it.');
  await expect(reader.getByText('Updated', { exact: true })).toBeVisible();
  const corrected = await claimReviews(request, slug);
  expect(corrected.every((r) => r.dateModified)).toBe(true);
  expect(JSON.stringify(await (await request.get(`/api/fact-checks/${slug}`)).json())).toContain('Clarified the explanation of the Kursk claim.');

  // axe on the reader's page (JavaScript on, as most readers have it).
  const withJs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const axePage = await withJs.newPage();
  await axePage.goto(path);
  expect((await new AxeBuilder({ page: axePage }).analyze()).violations).toEqual([]);

  // Unpublished (a retraction, with its reason): 410 on the page and the API, gone from the index and the feeds.
  await page.getByLabel('Reason for retracting').fill('Published by mistake during the end-to-end test.');
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unpublished: readers cannot see this fact-check.' })).toBeVisible();
  expect((await reader.goto(path))!.status()).toBe(410);
  expect((await request.get(`/api/fact-checks/${slug}`)).status()).toBe(410);
  expect(JSON.stringify(await (await request.get('/api/fact-checks')).json())).not.toContain(slug);
  expect(JSON.stringify(await (await request.get('/api/claim-reviews')).json())).not.toContain(kursk.id);
  await reader.goto('/fact-checks');
  await expect(reader.getByText(title)).toHaveCount(0);

  // Republished at the same address.
  await page.getByRole('button', { name: 'Republish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published: readers see this fact-check now.' })).toBeVisible();
  expect((await reader.goto(path))!.status()).toBe(200);
  await noJs.close();
  await withJs.close();
});

test('a guessed slug is a 404 on the page and the API', async ({ request }) => {
  expect((await request.get('/fact-checks/not-a-real-fact-check-0000')).status()).toBe(404);
  const api = await request.get('/api/fact-checks/not-a-real-fact-check-0000');
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ error: 'not_found' });
});

test('a journalist’s change to a published claim reaches readers only when an editor publishes it with a note, logged as a correction', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const article = dataLayer<ImportedArticle>('import-article', { title: `Snapshot e2e ${Date.now()}` });
  const prepared = dataLayer<Record<string, { id: string }>>('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: SOVIET,
        rating: 'mostly_true',
        claimant: 'The National',
        explanation: 'A widely used estimate.',
        sources: [{ url: 'https://example.org/e2e/casualties', title: 'Demo source: casualties', type: 'dataset', stance: 'supports' }],
      },
    ],
  });
  const claimId = prepared[SOVIET]!.id;
  const { slug } = dataLayer<{ slug: string }>('publish-now', { articleId: article.id });
  const path = `/fact-checks/${slug}`;
  const card = async () => {
    const res = await request.get(path);
    return { cache: res.headers()['x-claimdesk-cache'], html: await res.text() };
  };
  expect((await card()).html).toContain('Who made it</dt><dd>The National</dd>');

  // The journalist changes the claimant of the published claim on the claim page.
  // Signed out first: this file's contexts start with the editor's session.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const journalist = await context.newPage();
  await signIn(journalist, 'journalist');
  await journalist.waitForURL(/\/dashboard$/);
  await journalist.goto(`/claims/${claimId}`);
  const attribution = journalist.getByRole('form', { name: 'Attribution' });
  await attribution.getByLabel('Claimant', { exact: true }).fill(NEW_CLAIMANT);
  await attribution.getByRole('button', { name: 'Save attribution' }).click();
  await expect(journalist.getByRole('status').filter({ hasText: 'saved' }).first()).toBeVisible();
  await context.close();

  // Readers still get the published version, from the copy, on the page and in the API.
  const unchanged = await card();
  expect(unchanged.cache).toBe('HIT');
  expect(unchanged.html).toContain('Who made it</dt><dd>The National</dd>');
  expect(unchanged.html).not.toContain(NEW_CLAIMANT);
  expect(JSON.stringify(await (await request.get(`/api/fact-checks/${slug}`)).json())).not.toContain(NEW_CLAIMANT);

  // The editor sees the change waiting, and cannot publish it without a note.
  await page.goto(`/articles/${article.id}/publish`);
  const waiting = page.locator('.pending-changes');
  await expect(waiting).toContainText(`the claimant changed from The National to ${NEW_CLAIMANT}`);
  await page.getByRole('button', { name: 'Publish the changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Readers have seen an earlier version' })).toBeVisible();
  await expect(page.getByText('Write a note for readers.')).toBeVisible();
  await page.getByRole('radio', { name: /A correction/ }).check();
  await page.getByLabel('Note for readers').fill('We had attributed the claim to the newspaper instead of the speaker.');
  await page.getByRole('button', { name: 'Publish the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Published at /fact-checks/${slug}.` })).toBeVisible();
  await expect(page.getByText('there are no changes to publish')).toBeVisible();

  // Now readers see it, with the note and the change in the corrections log and in the markup.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  await readerPage.goto(path);
  const claimCard = readerPage.locator(`#claim-${claimId}`);
  await expect(claimCard).toContainText(NEW_CLAIMANT);
  const log = readerPage.getByRole('region', { name: 'Corrections' });
  await expect(log).toContainText('We had attributed the claim to the newspaper instead of the speaker.');
  await expect(log).toContainText(`the claimant changed from The National to ${NEW_CLAIMANT}`);
  const [review] = await claimReviews(request, slug);
  expect(review!.itemReviewed.author?.name).toBe(NEW_CLAIMANT);
  expect(review!.dateModified).toBeDefined();
  expect((await new AxeBuilder({ page: readerPage }).analyze()).violations).toEqual([]);
  await reader.close();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
