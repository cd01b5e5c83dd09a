import { test, expect, dataLayer } from './fixtures';
import { signedIn } from './support/claims-browser';

// Two people edit the same claim at once: the second save is refused, shows what is saved now,
// and keeps what the second person typed so nothing is lost.

test('the second of two concurrent edits gets the conflict message with its text intact', async ({ browser }) => {
  const setup = dataLayer<{ claimId: string }>('claims-setup', {
    title: `Claims e2e conflict ${Date.now()}`,
    contains: "Russia's Defence Ministry said",
  });
  const { context: a, page: first } = await signedIn(browser, 'journalist');
  const { context: b, page: second } = await signedIn(browser, 'editor');
  await Promise.all([first.goto(`/claims/${setup.claimId}`), second.goto(`/claims/${setup.claimId}`)]);

  await first.getByLabel('Claimant').fill('Russian Ministry of Defence');
  await first.getByRole('button', { name: 'Save attribution' }).click();
  await expect(first.getByRole('status')).toContainText('Attribution saved.');

  await second.getByLabel('Claimant').fill('The Kremlin');
  await second.getByLabel('Cue').fill('claimed');
  await second.getByRole('button', { name: 'Save attribution' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Someone else' })).toContainText('Someone else changed this claim while you were editing');
  await expect(second.getByTestId('conflict-current')).toContainText('Russian Ministry of Defence');
  await expect(second.getByLabel('Claimant')).toHaveValue('The Kremlin');
  await expect(second.getByLabel('Cue')).toHaveValue('claimed');

  // Having seen the current value, saving again is a deliberate choice and goes through.
  await second.getByRole('button', { name: 'Save attribution' }).click();
  await expect(second.getByRole('status')).toContainText('Attribution saved.');
  await first.reload();
  await expect(first.getByLabel('Claimant')).toHaveValue('The Kremlin');
  await Promise.all([a.close(), b.close()]);
});
