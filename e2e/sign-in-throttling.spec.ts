import http from 'node:http';
import { test, expect, signIn, account } from './fixtures';
import { DEMO_PASSWORD } from '../prisma/demo';

// Sign-in throttling as the server applies it, with requests from other loopback addresses
// (127.0.0.0/8 all reach the server on 127.0.0.1, which sees each as a different client) and a
// forged X-Forwarded-For on each: with no trusted proxy (TRUST_PROXY_HOPS unset) the header counts
// for nothing. Browser sign-ins in the other specs come from 127.0.0.1, which these leave alone.

type Reply = { status: number; body: string; cookies: string[] };

function send(baseURL: string, from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, baseURL), { method, localAddress: from, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One sign-in through next-auth's credentials endpoint, as the login form sends it. */
async function signInFrom(baseURL: string, from: string, email: string, password: string, forwardedFor: string) {
  const csrf = await send(baseURL, from, 'GET', '/api/auth/csrf');
  const cookie = csrf.cookies.map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ email, password, csrfToken, json: 'true' }).toString();
  const res = await send(
    baseURL,
    from,
    'POST',
    '/api/auth/callback/credentials',
    { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    form,
  );
  const url = (JSON.parse(res.body) as { url?: string }).url ?? '';
  const error = new URL(url, baseURL).searchParams.get('error');
  return { signedIn: res.cookies.some((c) => /session-token=[^;\s]/.test(c)), limited: !!error && error.startsWith('Too many'), error };
}

test('a guesser rotating X-Forwarded-For is still slowed down, and the owner signs in from elsewhere', async ({ baseURL }) => {
  const email = account('journalist').email;
  const results = [];
  for (let i = 0; i < 40; i++) results.push(await signInFrom(baseURL!, '127.0.0.7', email, `wrong-${i}`, `198.51.100.${i + 1}`));
  // The report: 0 of 40 were limited. Now the five quick ones are all the guesser gets at once.
  expect(results.filter((r) => r.limited).length).toBeGreaterThanOrEqual(30);
  expect(results.slice(0, 5).every((r) => r.error === 'CredentialsSignin')).toBe(true);

  // The owner, from their own address, is not locked out, nor is anyone at the default address.
  expect(await signInFrom(baseURL!, '127.0.0.8', email, DEMO_PASSWORD, '198.51.100.1')).toMatchObject({ signedIn: true });
});

test('a stranger claiming the newsroom’s address, or a new one each time, cannot lock the newsroom out nor escape the limit', async ({
  baseURL,
  page,
}) => {
  // 127.0.0.1 is where the browser signs in from: the "office". The stranger at 127.0.0.9 fails
  // for many accounts, first saying it is the office, then claiming a new address every time.
  const results = [];
  for (let i = 0; i < 35; i++) results.push(await signInFrom(baseURL!, '127.0.0.9', `nobody-${i}@claimdesk.test`, 'wrong', '127.0.0.1'));
  for (let i = 0; i < 10; i++) results.push(await signInFrom(baseURL!, '127.0.0.9', `nobody-x${i}@claimdesk.test`, 'wrong', `203.0.113.${i + 1}`));
  expect(results.slice(0, 30).every((r) => r.error === 'CredentialsSignin')).toBe(true);
  expect(results.slice(30).every((r) => r.limited)).toBe(true);

  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the sign-in form says how long to wait when attempts are refused', async ({ page }) => {
  // From the browser's own address, for an account nobody has: the refusals stay with it.
  await page.goto('/login');
  await page.getByLabel('Email').fill(`throttled-${Date.now()}@claimdesk.test`);
  const error = page.locator('#login-error');
  const refused = async () => (await error.count()) > 0 && /Too many/.test((await error.textContent()) ?? '');
  for (let i = 0; i < 8 && !(await refused()); i++) {
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await expect(error).toBeVisible();
  }
  await expect(error).toHaveText(/^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/);
});
