import { test, expect, dataLayer, seriousA11yViolations } from './fixtures';
import { assignToJournalist, signedIn } from './support/claims-browser';

// The inbox: an editor assigns a claim; the journalist sees the unread count in the header, reads
// the notification, opens the claim from it, marks it read and chooses what to hear about.

test('a journalist hears of an assignment in the inbox, marks it read and chooses what to hear about', async ({ browser }) => {
  const title = `Inbox e2e ${Date.now()}`;
  const { claimId } = dataLayer<{ claimId: string }>('claims-setup', { title, contains: "Russia's Defence Ministry said", upTo: 'open' });

  await assignToJournalist(browser, claimId);

  const { context, page } = await signedIn(browser, 'journalist');
  const inboxLink = page.getByRole('link', { name: /^Inbox, \d+ unread$/ });
  await expect(inboxLink).toBeVisible();
  await inboxLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('Unread:');
  await expect(item).toContainText(`Ed Editor assigned you claim`);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The notification links to the claim.
  await item.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await page.goBack();

  // Mark it read: it stays listed, without its unread mark.
  await item.getByRole('button', { name: 'Mark read' }).click();
  await expect(item).not.toContainText('Unread:');
  await expect(item.getByRole('button', { name: 'Mark read' })).toHaveCount(0);

  // Mute assignments; the choice is saved and shown after a reload; then hear them again.
  const assigned = page.getByRole('checkbox', { name: 'A claim assigned to me' });
  await assigned.uncheck();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(page.getByText('Your notification choices are saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'A claim assigned to me' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'A claim assigned to me' }).check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(page.getByText('Your notification choices are saved.')).toBeVisible();

  // The same inbox as JSON, for the signed-in person only.
  const api = await page.request.get('/api/notifications?limit=5');
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { notifications: { text: string; read: boolean; url: string }[]; unread: number };
  expect(body.notifications.find((n) => n.text.includes(title))).toMatchObject({ read: true, url: `/claims/${claimId}` });
  expect(Number.isInteger(body.unread)).toBe(true);
  await context.close();
});

test('the header’s unread count comes with the page, and is asked for again after a client navigation', async ({ browser }) => {
  const title = `Inbox count e2e ${Date.now()}`;
  const { claimId } = dataLayer<{ claimId: string }>('claims-setup', { title, contains: "Russia's Defence Ministry said", upTo: 'open' });
  const { context, page } = await signedIn(browser, 'journalist');
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/notifications') asked.push(r.url());
  });
  const unreadShown = async () => Number((await page.locator('header .inbox-link').getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1] ?? 0);
  const unreadNow = async () => ((await (await page.request.get('/api/notifications?limit=1')).json()) as { unread: number }).unread;

  // A full page load: the layout read the count with the page, so the page does not ask again.
  await page.goto('/claims');
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  const before = await unreadShown();

  // Someone else's change, then a client navigation (the layout is not rendered again): the link asks.
  await assignToJournalist(browser, claimId);
  await expect.poll(unreadNow).toBeGreaterThan(before);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect.poll(unreadShown).toBeGreaterThan(before);
  expect(asked.length).toBeGreaterThan(0);
  await context.close();
});

test('GET /api/notifications refuses a signed-out request', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const res = await anonymous.get('/api/notifications');
  expect(res.status()).toBe(401);
  await anonymous.dispose();
});
