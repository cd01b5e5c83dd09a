import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { authorize, PASSWORD_CHANGE_REQUIRED } from '@/lib/auth/actor';
import { checkCredentials } from '@/lib/auth/login';
import { PERMISSIONS, ROLE_PERMISSIONS } from '@/lib/auth/permissions';
import { sessionUser, startSession } from '@/lib/auth/sessions';
import { changeOwnPassword, getOwnAccount, resetPassword, updateOwnName } from '@/lib/data/account';
import { getDashboard } from '@/lib/data/dashboard';
import { listUsers } from '@/lib/data/users';
import { LOGIN_THROTTLE } from '@/lib/config';

beforeEach(resetDatabase);

// makeUser's password (tests/integration/db.ts).
const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a much longer passphrase';
const signIn = (email: string, password: string) => checkCredentials({ email, password }, '203.0.113.20');
const change = (current: string, next = NEW_PASSWORD, confirm = next) => ({ current, next, confirm });
const refusedUntilChanged = { info: { code: 'FORBIDDEN' }, message: PASSWORD_CHANGE_REQUIRED };

/** Every event row as stored, to prove no secret is in any of them. */
const storedEvents = async () => JSON.stringify(await db.event.findMany({ select: { action: true, entityId: true, before: true, after: true } }));

async function resetByAdmin(role: 'journalist' | 'editor' | 'admin' = 'journalist') {
  const admin = await makeUser('admin', 'Ada');
  const user = await makeUser(role, 'Joan');
  const { temporaryPassword } = await resetPassword(admin.id, { userId: user.id });
  return { admin, user, temporaryPassword };
}

describe('an admin resets a password', () => {
  it('replaces the password with a temporary one, requires a change, ends every session, and records no secret', async () => {
    const admin = await makeUser('admin', 'Ada');
    const user = await makeUser('journalist', 'Joan');
    const sessions = [await startSession(user.id), await startSession(user.id)];
    const adminSession = await startSession(admin.id);

    const result = await resetPassword(admin.id, { userId: user.id });
    expect(result.user).toEqual({ id: user.id, name: 'Joan', email: user.email });
    expect(result.temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(JSON.stringify(result)).not.toMatch(/\$2[aby]\$/);

    expect(await signIn(user.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(user.email, result.temporaryPassword)).toMatchObject({ ok: true, user: { id: user.id } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true, passwordHash: true } });
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash).not.toContain(result.temporaryPassword);

    for (const s of sessions) expect(await sessionUser(s)).toBeNull();
    expect(await sessionUser(adminSession)).toMatchObject({ id: admin.id, mustChangePassword: false });
    // A new sign-in works, and the session says a change is required.
    expect(await sessionUser(await startSession(user.id))).toMatchObject({ id: user.id, mustChangePassword: true });

    const events = await db.event.findMany({ select: { action: true, actorId: true, entityId: true, articleId: true, after: true } });
    expect(events).toEqual([
      { action: 'user_passwordReset', actorId: admin.id, entityId: user.id, articleId: null, after: { mustChangePassword: true } },
    ]);
    const stored = await storedEvents();
    expect(stored).not.toContain(result.temporaryPassword);
    expect(stored).not.toContain(row.passwordHash);
  });

  it('gives each reset a different temporary password', async () => {
    const { admin, user, temporaryPassword } = await resetByAdmin();
    const again = await resetPassword(admin.id, { userId: user.id });
    expect(again.temporaryPassword).not.toBe(temporaryPassword);
    expect(await signIn(user.email, temporaryPassword)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('is refused to journalists and editors, for an unknown account, and for the admin’s own account', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('journalist', 'Joan');
    for (const role of ['journalist', 'editor'] as const) {
      const someone = await makeUser(role);
      await expect(resetPassword(someone.id, { userId: target.id })).rejects.toMatchObject({ info: { code: 'FORBIDDEN' } });
    }
    await expect(resetPassword(null, { userId: target.id })).rejects.toMatchObject({ info: { code: 'UNAUTHORIZED' } });
    await expect(resetPassword(admin.id, { userId: 'no-such-user' })).rejects.toMatchObject({ info: { code: 'NOT_FOUND' } });
    await expect(resetPassword(admin.id, { userId: admin.id })).rejects.toMatchObject({
      info: { code: 'INVALID' },
      message: 'Change your own password on your account page.',
    });
    await expect(resetPassword(admin.id, { userId: '' })).rejects.toMatchObject({ info: { code: 'INVALID' } });
    expect(await signIn(target.email, PASSWORD)).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { mustChangePassword: true } })).toBe(0);
    expect(await db.event.count()).toBe(0);
  });
});

describe('after a reset, nothing but the password change is allowed', () => {
  it('refuses every permission of the role, and the data functions behind pages and actions, until the password is changed', async () => {
    const { user, temporaryPassword } = await resetByAdmin('editor');
    for (const permission of PERMISSIONS) await expect(authorize(user.id, permission)).rejects.toMatchObject(refusedUntilChanged);
    await expect(getDashboard(user.id)).rejects.toMatchObject(refusedUntilChanged);
    await expect(updateOwnName(user.id, { name: 'Someone else' })).rejects.toMatchObject(refusedUntilChanged);
    expect(await getOwnAccount(user.id)).toMatchObject({ id: user.id, mustChangePassword: true });

    expect(await changeOwnPassword(user.id, change(temporaryPassword))).toEqual({ wasRequired: true });
    for (const permission of ROLE_PERMISSIONS.editor) await expect(authorize(user.id, permission)).resolves.toMatchObject({ id: user.id });
    await expect(getDashboard(user.id)).resolves.toBeDefined();
    expect(await getOwnAccount(user.id)).toMatchObject({ mustChangePassword: false });
    expect(await signIn(user.email, temporaryPassword)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it('applies to admins too: a reset admin cannot manage accounts until they change it', async () => {
    const admin = await makeUser('admin', 'Ada');
    const other = await makeUser('admin', 'Otto');
    const { temporaryPassword } = await resetPassword(other.id, { userId: admin.id });
    await expect(listUsers(admin.id)).rejects.toMatchObject(refusedUntilChanged);
    await expect(resetPassword(admin.id, { userId: other.id })).rejects.toMatchObject(refusedUntilChanged);
    await changeOwnPassword(admin.id, change(temporaryPassword));
    expect((await listUsers(admin.id)).map((u) => u.name).sort()).toEqual(['Ada', 'Otto']);
  });
});

describe('changing one’s own password', () => {
  it('needs the right current password and follows the rules, reporting each problem on its field', async () => {
    const user = await makeUser('journalist');
    const fieldError = (field: string, message: string) => ({ info: { code: 'INVALID', fieldErrors: { [field]: [message] } } });
    await expect(changeOwnPassword(user.id, change('not my password'))).rejects.toMatchObject(
      fieldError('current', 'That is not your current password.'),
    );
    await expect(changeOwnPassword(user.id, change(PASSWORD, 'too short'))).rejects.toMatchObject(fieldError('next', 'Use at least 12 characters.'));
    await expect(changeOwnPassword(user.id, change(PASSWORD, 'é'.repeat(37)))).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { next: [expect.stringMatching(/^Use at most 72 characters/)] } },
    });
    await expect(changeOwnPassword(user.id, change(PASSWORD, NEW_PASSWORD, 'a much longer passphrasE'))).rejects.toMatchObject(
      fieldError('confirm', 'The two new passwords are not the same.'),
    );
    await expect(changeOwnPassword(user.id, change(PASSWORD, PASSWORD))).rejects.toMatchObject(
      fieldError('next', 'Choose a password different from the current one.'),
    );
    await expect(changeOwnPassword(user.id, { current: '', next: '', confirm: '' })).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { current: ['Enter your current password.'], next: ['Use at least 12 characters.'] } },
    });
    await expect(changeOwnPassword(null, change(PASSWORD))).rejects.toMatchObject({ info: { code: 'UNAUTHORIZED' } });
    // Whatever shape arrives from a browser, the answer is INVALID, never a crash.
    for (const bad of [null, 'x', { current: ['a'], next: 5, confirm: {} }]) {
      await expect(changeOwnPassword(user.id, bad as never)).rejects.toMatchObject({ info: { code: 'INVALID' } });
      await expect(updateOwnName(user.id, bad as never)).rejects.toMatchObject({ info: { code: 'INVALID' } });
      await expect(resetPassword(user.id, bad as never)).rejects.toMatchObject({ info: { code: 'INVALID' } });
    }
    expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: true });
    expect(await db.event.count()).toBe(0);
  });

  it('keeps the session that made the change, signs out the others, and records no secret', async () => {
    const user = await makeUser('journalist');
    const [here, elsewhere] = [await startSession(user.id), await startSession(user.id)];
    expect(await changeOwnPassword(user.id, change(PASSWORD), { keepSessionId: here.sid })).toEqual({ wasRequired: false });

    expect(await sessionUser(here)).toMatchObject({ id: user.id, mustChangePassword: false });
    expect(await sessionUser(elsewhere)).toBeNull();
    expect(await signIn(user.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, passwordChangedAt: true } });
    expect(row.passwordChangedAt).toBeInstanceOf(Date);

    const events = await db.event.findMany({ select: { action: true, actorId: true, before: true, after: true } });
    expect(events).toEqual([
      { action: 'user_passwordChange', actorId: user.id, before: { mustChangePassword: false }, after: { mustChangePassword: false } },
    ]);
    const stored = await storedEvents();
    for (const secret of [PASSWORD, NEW_PASSWORD, row.passwordHash]) expect(stored).not.toContain(secret);
  });

  it('slows down guessing the current password like sign-ins, and a right one still works from sign-in', async () => {
    const user = await makeUser('journalist');
    for (let i = 0; i < LOGIN_THROTTLE.quickFailures; i++) {
      await expect(changeOwnPassword(user.id, change(`wrong guess ${i}`))).rejects.toMatchObject({ info: { code: 'INVALID' } });
    }
    await expect(changeOwnPassword(user.id, change(PASSWORD))).rejects.toMatchObject({
      info: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds\.$/),
    });
    // The account's own sign-in from a client is not held up by it.
    expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: true });
  });
});

describe('changing one’s own name', () => {
  it('saves a trimmed name with its history, and refuses an empty one', async () => {
    const user = await makeUser('editor', 'Eddie');
    expect(await updateOwnName(user.id, { name: '  Edwina Editor ' })).toMatchObject({ id: user.id, name: 'Edwina Editor' });
    expect(await authorize(user.id, 'workspace.read')).toMatchObject({ name: 'Edwina Editor' });
    await expect(updateOwnName(user.id, { name: '   ' })).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { name: ['Enter a name.'] } },
    });
    await expect(updateOwnName(user.id, { name: 'x'.repeat(121) })).rejects.toMatchObject({ info: { code: 'INVALID' } });
    // Saving the same name again changes nothing and writes no event.
    await updateOwnName(user.id, { name: 'Edwina Editor' });
    const events = await db.event.findMany({ select: { action: true, entityId: true, before: true, after: true } });
    expect(events).toEqual([{ action: 'user_rename', entityId: user.id, before: { name: 'Eddie' }, after: { name: 'Edwina Editor' } }]);
    const account = await getOwnAccount(user.id);
    expect(Object.keys(account).sort()).toEqual(['email', 'id', 'mustChangePassword', 'name', 'passwordChangedAt', 'role']);
  });
});
