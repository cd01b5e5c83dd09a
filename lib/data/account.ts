import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { authorize, authorizeSelf } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { admitSignIn, signInSucceeded } from '@/lib/auth/throttle';
import { invalid, invalidField, notFound, rateLimited } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZChangeOwnPasswordSchema,
  ZResetPasswordSchema,
  ZUpdateOwnNameSchema,
  type TChangeOwnPassword,
  type TResetPassword,
  type TUpdateOwnName,
} from '@/lib/validation/account';

// Accounts (issue 14): an admin's password reset, and everyone's own password and name.
// REVIEWERS: no password and no hash ever leaves this file except the temporary password that
// resetPassword returns once for the admin to hand over; events record only that a change happened.

const accountSelect = { id: true, name: true, email: true, role: true, mustChangePassword: true, passwordChangedAt: true } as const;

/** The account page's one read. Allowed while a reset password awaits its change: it is where the change is made. */
export async function getOwnAccount(actorId: string | null) {
  const me = await authorizeSelf(actorId, { duringRequiredChange: true });
  const account = await db.user.findUnique({ where: { id: me.id }, select: accountSelect });
  if (!account) throw notFound('Your account');
  return account;
}

export async function updateOwnName(actorId: string | null, input: TUpdateOwnName) {
  const data = parseOrThrow(ZUpdateOwnNameSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorizeSelf(actorId, {}, tx);
    if (me.name === data.name) return tx.user.findUniqueOrThrow({ where: { id: me.id }, select: accountSelect });
    const updated = await tx.user.update({ where: { id: me.id }, data: { name: data.name }, select: accountSelect });
    await recordEvent(tx, { actorId: me.id, action: 'user_rename', entityId: me.id, before: { name: me.name }, after: { name: data.name } });
    return updated;
  });
}

// Unambiguous when read aloud or copied from a screen: no 0/o, 1/l/i.
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of five from a 31-letter alphabet: about 99 bits from the system's CSPRNG. */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 5 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * An admin resets someone's password: a new random one replaces it, every session of theirs ends,
 * and at their next sign-in they can do nothing but choose their own (lib/auth/actor.ts). The
 * temporary password is returned to be shown once and is stored only as its hash.
 */
export async function resetPassword(actorId: string | null, input: TResetPassword) {
  const data = parseOrThrow(ZResetPasswordSchema, input);
  // Hashing costs ~60 ms of CPU: refuse callers who may not manage accounts before spending it.
  await authorize(actorId, 'user.manage');
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'user.manage', tx);
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, name: true, email: true } });
    if (!target) throw notFound('That account');
    // It would sign the admin out and lock them out of the users page: their own goes through /account.
    if (target.id === actor.id) throw invalid('Change your own password on your account page.');
    const now = new Date();
    await tx.user.update({ where: { id: target.id }, data: { passwordHash, mustChangePassword: true, passwordChangedAt: now } });
    await tx.session.updateMany({ where: { userId: target.id, revokedAt: null }, data: { revokedAt: now } });
    await recordEvent(tx, { actorId: actor.id, action: 'user_passwordReset', entityId: target.id, after: { mustChangePassword: true } });
    return { user: target, temporaryPassword: temporary };
  });
}

const inWords = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

/**
 * Someone changes their own password, knowing the current one (the temporary one after a reset).
 * Wrong current passwords are throttled like sign-ins (lib/auth/throttle.ts), keyed by the account,
 * so a session left open does not become a way to guess it. Every other session of the user ends;
 * `keepSessionId`, the session making the change (lib/auth/session.ts currentSessionId, never
 * browser input), stays signed in.
 */
export async function changeOwnPassword(
  actorId: string | null,
  input: TChangeOwnPassword,
  { keepSessionId }: { keepSessionId?: string | null } = {},
) {
  const data = parseOrThrow(ZChangeOwnPasswordSchema, input);
  const me = await authorizeSelf(actorId, { duringRequiredChange: true });
  const throttleKey = `account:${me.id}`;
  const admission = await admitSignIn(me.email, throttleKey);
  if (!admission.admitted) throw rateLimited(`Too many wrong passwords. Try again in ${inWords(admission.retryAfterSeconds)}.`);
  const { passwordHash: checked } = await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(data.current, checked))) throw invalidField('current', 'That is not your current password.');
  await signInSucceeded(me.email, throttleKey);
  const passwordHash = await hashPassword(data.next);
  return db.$transaction(async (tx) => {
    const before = await authorizeSelf(actorId, { duringRequiredChange: true }, tx);
    const now = new Date();
    // Only over the password just checked: a reset or another change in between wins.
    const { count } = await tx.user.updateMany({
      where: { id: me.id, passwordHash: checked },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
    });
    if (count !== 1) throw invalidField('current', 'Your password was changed meanwhile: type the current one again.');
    await tx.session.updateMany({
      where: { userId: me.id, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
      data: { revokedAt: now },
    });
    await recordEvent(tx, {
      actorId: me.id,
      action: 'user_passwordChange',
      entityId: me.id,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return { wasRequired: before.mustChangePassword };
  });
}
