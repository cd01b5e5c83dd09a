import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { changeRole, createUser, setActive } from '@/lib/data/users';

// Issue 9: account changes at the same moment end in clear refusals, never unhandled errors.
beforeEach(resetDatabase);

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === 'fulfilled' ? 'OK' : ((r.reason as { info?: { code: string } }).info?.code ?? String(r.reason));

describe('simultaneous account changes', () => {
  it('20 creations of one email make one account; the rest get the email field error', async () => {
    const admin = await makeUser('admin');
    const input = { email: `same-${Date.now()}@test.local`, name: 'Same', role: 'journalist' as const, password: 'long enough' };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => createUser(admin.id, input)));
    expect(results.map(codeOf).sort()).toEqual([...Array(19).fill('INVALID'), 'OK']);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(r.reason).toMatchObject({ info: { fieldErrors: { email: ['An account with that email already exists.'] } } });
    }
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect(await db.event.count({ where: { action: 'user_create' } })).toBe(1);
  });

  it('two admins demoting each other at once: one wins, the other is refused with a reason, one admin stays', async () => {
    for (let round = 0; round < 5; round++) {
      await resetDatabase();
      const [a, b] = [await makeUser('admin', 'ada'), await makeUser('admin', 'bob')];
      const results = await Promise.allSettled([
        changeRole(a.id, { userId: b.id, role: 'editor' }),
        changeRole(b.id, { userId: a.id, role: 'editor' }),
      ]);
      const codes = results.map(codeOf);
      // Whoever commits second was demoted meanwhile (FORBIDDEN) or would leave no admin (INVALID).
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'OK').every((c) => c === 'FORBIDDEN' || c === 'INVALID')).toBe(true);
      expect(await db.user.count({ where: { role: 'admin', active: true } })).toBe(1);
      expect(await db.event.count({ where: { action: 'user_role' } })).toBe(1);
    }
  });

  it('two admins deactivating each other at once leave one active admin', async () => {
    const [a, b] = [await makeUser('admin', 'ada'), await makeUser('admin', 'bob')];
    const results = await Promise.allSettled([setActive(a.id, { userId: b.id, active: false }), setActive(b.id, { userId: a.id, active: false })]);
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    // The loser was deactivated meanwhile (UNAUTHORIZED) or would leave no admin (INVALID).
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'UNAUTHORIZED' || c === 'INVALID')).toBe(true);
    expect(await db.user.count({ where: { role: 'admin', active: true } })).toBe(1);
  });
});
