import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { checkCredentials, type SignInResult } from '@/lib/auth/login';
import { waitSeconds } from '@/lib/auth/throttle';
import { LOGIN_THROTTLE as T } from '@/lib/config';

beforeEach(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe('TRUNCATE rate_limits');
});

const PASSWORD = 'correct horse battery';
const attempt = (email: string, password: string, client: string) => checkCredentials({ email, password }, client);
const INVALID = { ok: false, reason: 'invalid' };
const retryAfter = (r: SignInResult) => (!r.ok && r.reason === 'rate_limited' ? r.retryAfterSeconds : 0);
/** Lets the current wait run out, as time would (the counters live in the database). */
const letWaitPass = () => db.rateLimit.updateMany({ where: { key: { startsWith: 'signin-wait:' } }, data: { expire: new Date(Date.now() - 1000) } });

describe('sign-in throttling', () => {
  it('never locks the owner out: wrong passwords from one client leave other clients free', async () => {
    const user = await makeUser('journalist');
    for (let i = 0; i < 12; i++) await attempt(user.email, 'wrong', '203.0.113.66');
    expect(await attempt(user.email, PASSWORD, '198.51.100.10')).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it('makes the same client wait between attempts after the quick ones, twice as long each time, even with the right password', async () => {
    const user = await makeUser('editor');
    const client = '203.0.113.7';
    for (let i = 0; i < T.quickFailures; i++) expect(await attempt(user.email, 'wrong', client)).toEqual(INVALID);

    const first = await attempt(user.email, PASSWORD, client);
    expect(first).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(retryAfter(first)).toBeGreaterThan(0);
    expect(retryAfter(first)).toBeLessThanOrEqual(T.firstWaitSeconds);

    await letWaitPass();
    expect(await attempt(user.email, 'wrong', client)).toEqual(INVALID);
    const second = await attempt(user.email, 'wrong', client);
    expect(retryAfter(second)).toBeGreaterThan(T.firstWaitSeconds);
    expect(retryAfter(second)).toBeLessThanOrEqual(2 * T.firstWaitSeconds);
    expect([1, 2, 3, 30].map(waitSeconds)).toEqual([T.firstWaitSeconds, 2 * T.firstWaitSeconds, 4 * T.firstWaitSeconds, T.maxWaitSeconds]);

    // Once the wait is over the right password works, and the count starts afresh.
    await letWaitPass();
    expect(await attempt(user.email, PASSWORD, client)).toMatchObject({ ok: true });
    for (let i = 0; i < T.quickFailures; i++) expect(await attempt(user.email, 'wrong', client)).toEqual(INVALID);
  });

  it('counts a burst of parallel guesses before checking any password', async () => {
    const user = await makeUser('journalist');
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(user.email, 'wrong', '203.0.113.8')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(T.quickFailures);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(20 - T.quickFailures);
  });

  it('refuses a client that fails too often across accounts, and nobody else', async () => {
    const client = '203.0.113.99';
    for (let i = 0; i < T.perClient; i++) expect(await attempt(`nobody-${i}@test.local`, 'wrong', client)).toEqual(INVALID);
    const user = await makeUser('journalist');
    const refused = await attempt(user.email, PASSWORD, client);
    expect(refused).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(retryAfter(refused)).toBeLessThanOrEqual(T.perClientWindowSeconds);
    expect(await attempt(user.email, PASSWORD, '198.51.100.20')).toMatchObject({ ok: true });
  });

  it('does not count successful sign-ins against a shared office address', async () => {
    const user = await makeUser('journalist');
    for (let i = 0; i < T.perClient + 3; i++) expect(await attempt(user.email, PASSWORD, '198.51.100.30')).toMatchObject({ ok: true });
  });

  it('records every attempt, refused ones included, with the client address', async () => {
    const user = await makeUser('journalist');
    for (let i = 0; i <= T.quickFailures; i++) await attempt(user.email, 'wrong', '203.0.113.5');
    const rows = await db.loginAttempt.findMany({ where: { email: user.email }, select: { ip: true, success: true } });
    expect(rows).toHaveLength(T.quickFailures + 1);
    expect(rows.every((r) => r.ip === '203.0.113.5' && !r.success)).toBe(true);
  });
});
