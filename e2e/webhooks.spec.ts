import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, dataLayer, seriousA11yViolations, storageState } from './fixtures';
import { verifySignature } from '@/lib/webhooks/payload';
import { assignToJournalist } from './support/claims-browser';

// Webhooks end to end: an admin registers a receiver (a real HTTP server on loopback, started by
// this test), an editor assigns a claim, and the app's own background worker, running inside the
// server, delivers the signed event; the admin sees it in the delivery log.

test.use({ storageState: storageState('admin') });

test('an admin registers a webhook; the server’s worker delivers a signed event and logs it', async ({ page, browser }) => {
  const received: { body: string; signature: string; timestamp: string }[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ body, signature: String(req.headers['x-claimdesk-signature']), timestamp: String(req.headers['x-claimdesk-timestamp']) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/claimdesk`;
  const name = `E2E hook ${Date.now()}`;

  await page.goto('/admin/webhooks');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Nothing chosen: refused with the reason, and what was typed stays.
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Address (https://…)').fill(url);
  await page.getByRole('button', { name: 'Register webhook' }).click();
  await expect(page.locator('#webhook-events-error')).toHaveText('Choose at least one event to send.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await page.getByRole('checkbox', { name: 'claim.assign' }).check();
  await page.getByRole('button', { name: 'Register webhook' }).click();
  await expect(page.getByText(`Webhook “${name}” registered.`)).toBeVisible();
  await page.getByRole('link', { name: 'See its secret and deliveries' }).click();
  const secret = ((await page.locator('.webhook-secret').textContent()) ?? '').trim();
  expect(secret).toMatch(/^whsec_/);

  const { claimId } = dataLayer<{ claimId: string }>('claims-setup', {
    title: `Webhook e2e ${Date.now()}`,
    contains: "Russia's Defence Ministry said",
    upTo: 'open',
  });
  await assignToJournalist(browser, claimId);

  // Other tests may assign claims meanwhile: look for this claim's delivery.
  await expect.poll(() => received.find((r) => r.body.includes(claimId)), { timeout: 20_000 }).toBeTruthy();
  const mine = received.find((r) => r.body.includes(claimId))!;
  expect(verifySignature(secret, mine.timestamp, mine.body, mine.signature)).toBe(true);
  expect(JSON.parse(mine.body)).toMatchObject({ event: { action: 'claim.assign', claimId, actor: { name: 'Ed Editor' } } });

  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row', { name: /claim\.assign/ }).first()).toContainText('Delivered');
  }).toPass({ timeout: 15_000 });

  // Switched off again, so later tests' assignments send nothing to a receiver that is gone.
  await page.getByLabel('Active (send deliveries)').uncheck();
  await page.getByRole('button', { name: 'Save webhook' }).click();
  await expect(page.getByText(/It is switched off: nothing is sent\./)).toBeVisible();
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
});
