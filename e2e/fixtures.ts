import { test as base, expect, type Page } from '@playwright/test';
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

/** Serious and critical axe violations on the current page, with enough detail to fix them. */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const test = base;
export { expect };

export { dataLayer } from './support/run';
export type ImportedArticle = { id: string; title: string; claims: { id: string; text: string; claimant: string | null }[] };
