import { test, expect, dataLayer } from './fixtures';
import { signedIn } from './support/claims-browser';

// Ruling is for editors: they rule from the claim page; a journalist gets no rule form, and the
// ruling server action replayed with a journalist's cookies is refused and changes nothing.

type Setup = { claimId: string; version: number };
type Read = { status: string; version: number; verdicts: { kind: string; rating: string }[]; events: number };
const proposed = (what: string) =>
  dataLayer<Setup>('claims-setup', {
    title: `Claims e2e ${what} ${Date.now()}`,
    contains: "Russia's Defence Ministry said",
    upTo: 'in_review',
    rating: 'unverified',
  });

test('an editor rules the proposed verdict, changing it, and the journalist cannot', async ({ browser, playwright, baseURL }) => {
  const a = proposed('rule');
  const b = proposed('replay');
  expect(b.version).toBe(a.version); // same path, so a captured request fits both claims

  const { context: editorCtx, page: editor } = await signedIn(browser, 'editor');
  await editor.goto(`/claims/${a.claimId}`);
  const rule = editor.getByRole('form', { name: 'Rule the verdict' });
  // The form starts from the proposal.
  await expect(rule.getByLabel('Rating')).toHaveValue('unverified');
  await rule.getByLabel('Rating').selectOption('mostly_false');
  const [request] = await Promise.all([
    editor.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    rule.getByRole('button', { name: 'Rule verdict' }).click(),
  ]);
  await expect(editor.getByRole('status')).toContainText('Verdict ruled.');
  await expect(editor.locator('.facts')).toContainText('Ruled');
  const verdicts = editor.getByRole('region', { name: 'Verdicts' }).getByRole('listitem');
  await expect(verdicts.first()).toContainText('Mostly false');
  await expect(verdicts.first()).toContainText('Ruled');
  await expect(verdicts.nth(1)).toContainText('Unverified'); // the proposal stays visible
  // Kept for the replay below: the editor's own cookies, from this run's sign-in.
  const editorState = await editorCtx.storageState();
  await editorCtx.close();

  // In the UI, a journalist sees the verdicts but no rule form.
  const { context: journalistCtx, page: journalist } = await signedIn(browser, 'journalist');
  await journalist.goto(`/claims/${b.claimId}`);
  await expect(journalist.getByRole('region', { name: 'Verdicts' })).toContainText('Unverified');
  await expect(journalist.getByRole('form', { name: 'Rule the verdict' })).toHaveCount(0);
  await expect(journalist.getByRole('button', { name: 'Rule verdict' })).toHaveCount(0);
  const journalistState = await journalistCtx.storageState();
  await journalistCtx.close();

  // Directly: the editor's real request, aimed at claim B, replayed with the journalist's cookies.
  const headers = request.headers();
  const body = request.postDataBuffer()!.toString('latin1').split(a.claimId).join(b.claimId);
  const replay = async (role: 'journalist' | 'editor') => {
    const ctx = await playwright.request.newContext({ baseURL, storageState: role === 'journalist' ? journalistState : editorState });
    const res = await ctx.post(request.url(), {
      maxRedirects: 0,
      headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: 'text/x-component' },
      data: Buffer.from(body, 'latin1'),
    });
    const text = await res.text();
    await ctx.dispose();
    return text;
  };
  const before = dataLayer<Read>('claims-read', { claimId: b.claimId });
  expect(await replay('journalist')).toContain('Your role does not allow you to rule on verdicts.');
  expect(dataLayer<Read>('claims-read', { claimId: b.claimId })).toEqual(before);
  expect(before).toMatchObject({ status: 'in_review', verdicts: [{ kind: 'proposed', rating: 'unverified' }] });

  // The same bytes from an editor do rule: the refusal above was the role, not a broken request.
  expect(await replay('editor')).toContain('Verdict ruled.');
  expect(dataLayer<Read>('claims-read', { claimId: b.claimId })).toMatchObject({
    status: 'ruled',
    verdicts: [{ kind: 'proposed' }, { kind: 'ruled', rating: 'mostly_false' }],
  });
});
