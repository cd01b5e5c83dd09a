import { test, expect, dataLayer, seriousA11yViolations } from './fixtures';
import { signedIn } from './support/claims-browser';

// An editor sends a proposed claim back: it returns to the journalist who worked on it, and the
// claim page says why until a verdict is proposed again.

test('a sent-back claim shows the editor’s reason to the journalist until it is answered', async ({ browser }) => {
  const { claimId } = dataLayer<{ claimId: string }>('claims-setup', {
    title: `Claims e2e send back ${Date.now()}`,
    contains: "Russia's Defence Ministry said",
    upTo: 'in_review',
    rating: 'unverified',
  });
  const reason = `Find the ministry's own statement (${Date.now()})`;

  const { context: editorCtx, page: editor } = await signedIn(browser, 'editor');
  await editor.goto(`/claims/${claimId}`);
  const form = editor.getByRole('form', { name: 'Send back' });
  await form.getByLabel('Reason for sending it back').fill(reason);
  await form.getByRole('button', { name: 'Send back' }).click();
  const banner = editor.getByRole('note', { name: 'Sent back' });
  await expect(banner).toContainText(reason);
  await editorCtx.close();

  const { context: journalistCtx, page: journalist } = await signedIn(browser, 'journalist');
  await journalist.goto(`/claims/${claimId}`);
  await expect(journalist.getByRole('note', { name: 'Sent back' })).toContainText(reason);
  await expect(journalist.locator('.facts')).toContainText('Researching');
  expect(await seriousA11yViolations(journalist)).toEqual([]);

  // Answered: a new proposal ends the banner.
  const propose = journalist.getByRole('form', { name: 'Propose a verdict' });
  await propose.getByLabel('Rating').selectOption('unverified');
  await propose.getByLabel('Explanation').fill('The ministry published no statement we could find; the claim stays unverified.');
  await propose.getByLabel('Yes').check();
  await propose.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(journalist.locator('.facts')).toContainText('In review');
  await expect(journalist.getByRole('note', { name: 'Sent back' })).toHaveCount(0);
  await journalistCtx.close();
});
