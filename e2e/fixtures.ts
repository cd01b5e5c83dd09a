import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../prisma/demo';

export type RoleName = (typeof DEMO_ACCOUNTS)[number]['role'];
export const account = (role: RoleName) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
// Per run (the port is unique among concurrent runs): a session cookie only fits its own database.
export const storageState = (role: RoleName) => `e2e/.auth/${process.env.E2E_PORT ?? 'default'}/${role}.json`;

export async function signIn(page: Page, role: RoleName, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account(role).email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Axe's violations on the current page, with enough detail to fix them. It waits for the page's
 * title first: after a client-side navigation Next streams the new page's <title> in after its
 * body (its metadata may read the database), so a check run in between sees a page with none.
 */
async function a11yViolations(page: Page) {
  await expect.poll(() => page.title(), { message: 'the page has a title' }).not.toBe('');
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({ ...v, detail: `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})` }));
}

/** Serious and critical axe violations on the current page. */
export async function seriousA11yViolations(page: Page) {
  return (await a11yViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.detail);
}

/** Every axe violation on the current page, whatever its impact. */
export async function allA11yViolations(page: Page) {
  return (await a11yViolations(page)).map((v) => `${v.impact} ${v.detail}`);
}

/**
 * Collects every Content-Security-Policy violation on the pages of `context` into `found`: the
 * browser's own console report, and the `securitypolicyviolation` event for what it does not log.
 */
async function watchCsp(context: BrowserContext, found: string[]) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().includes('Content Security Policy')) found.push(`${msg.location().url}: ${msg.text()}`);
  });
}

/**
 * Every test fails on any CSP violation, in its own browser context and in any context it opens
 * with browser.newContext(): a page that works only because the policy is not enforced is broken.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, provide) => {
      const found: string[] = [];
      await watchCsp(context, found);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        await watchCsp(created, found);
        return created;
      };
      try {
        await provide(found);
      } finally {
        browser.newContext = newContext;
      }
      expect(found, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export { dataLayer } from './support/run';
export type ImportedArticle = { id: string; title: string; claims: { id: string; text: string; claimant: string | null }[] };
