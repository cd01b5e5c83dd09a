import 'server-only';
import { cache } from 'react';
import { db, queryRows, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { CLAIM_HOLDER_ROLES } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { invalid, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { Prisma, type User } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZChangeRoleSchema, ZCreateUserSchema, ZSetActiveSchema, type TChangeRole, type TCreateUser, type TSetActive } from '@/lib/validation/users';

const userSelect = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true } as const;

/**
 * The people claims can be assigned to (CLAIM_HOLDER_ROLES, active or not), by name. Unchecked:
 * callers authorize first. Read once per server render: the claims list's filter and its bulk bar
 * both need them. Sent by pg (queryRows): it is on the claims list and every article's workspace.
 */
export const staffPeople = cache(() =>
  queryRows<Pick<User, 'id' | 'name' | 'active'>>(
    Prisma.sql`SELECT id, name, active FROM users
               WHERE role IN (${Prisma.join(CLAIM_HOLDER_ROLES.map((r) => Prisma.sql`${r}::"Role"`))}) ORDER BY name`,
  ),
);

export async function listUsers(actorId: string | null) {
  await authorize(actorId, 'user.manage');
  return db.user.findMany({ select: userSelect, orderBy: [{ active: 'desc' }, { email: 'asc' }] });
}

export async function createUser(actorId: string | null, input: TCreateUser) {
  const data = parseOrThrow(ZCreateUserSchema, input);
  // Hashing costs ~60 ms of CPU: refuse callers who may not manage accounts before spending it.
  // The check that counts is the one inside the transaction, as everywhere.
  await authorize(actorId, 'user.manage');
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const actor = await authorize(actorId, 'user.manage', tx);
      const exists = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
      if (exists) throw emailTaken();
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: userSelect,
      });
      await recordEvent(tx, { actorId: actor.id, action: 'user_create', entityId: user.id, after: { email: user.email, role: user.role } });
      return user;
    });
  } catch (e) {
    // The check above cannot see an account created at the same moment: the unique index can.
    if (isUniqueViolation(e, 'email')) throw emailTaken();
    throw e;
  }
}

const emailTaken = () => invalid('An account with that email already exists.', { email: ['An account with that email already exists.'] });

const isUniqueViolation = (e: unknown, column: string) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002' && JSON.stringify(e.meta ?? {}).includes(column);

/**
 * Runs a Serializable transaction again when PostgreSQL aborts it for a conflict with another one
 * (two admins demoting each other at once): the retry sees what the other committed, so the last
 * admin guard refuses with its message instead of the loser getting an unexplained error.
 */
async function serializable<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(run, { isolationLevel: 'Serializable' });
    } catch (e) {
      if (!isSerializationFailure(e) || attempt >= SERIALIZABLE_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

const SERIALIZABLE_ATTEMPTS = 5;

// P2034 from Prisma's engine, P2010 when a raw statement (the history's fan-out, lib/data/fan-out.ts)
// hit it, or the driver adapter's own error for SQLSTATE 40001 / 40P01.
const isSerializationFailure = (e: unknown) =>
  (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2034') ||
  (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2010' && /\b(40001|40P01)\b/.test(e.message)) ||
  (e instanceof Error && e.name === 'DriverAdapterError' && /TransactionWriteConflict|40001|40P01/.test(e.message));

// Serializable (below) so two admins demoting each other at once cannot leave the desk with no admin.
async function lastAdminGuard(tx: Tx, targetId: string) {
  const admins = await tx.user.count({ where: { role: 'admin', active: true, id: { not: targetId } } });
  if (admins === 0) throw invalid('This is the last active admin: make someone else an admin first.');
}

export async function changeRole(actorId: string | null, input: TChangeRole) {
  const data = parseOrThrow(ZChangeRoleSchema, input);
  return serializable(async (tx) => {
    const actor = await authorize(actorId, 'user.manage', tx);
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: userSelect });
    if (!target) throw notFound('That account');
    if (target.role === data.role) return target;
    if (target.role === 'admin' && target.active) await lastAdminGuard(tx, target.id);
    const updated = await tx.user.update({ where: { id: target.id }, data: { role: data.role }, select: userSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'user_role',
      entityId: target.id,
      before: { role: target.role },
      after: { role: data.role },
    });
    return updated;
  });
}

export async function setActive(actorId: string | null, input: TSetActive) {
  const data = parseOrThrow(ZSetActiveSchema, input);
  return serializable(async (tx) => {
    const actor = await authorize(actorId, 'user.manage', tx);
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: userSelect });
    if (!target) throw notFound('That account');
    if (target.active === data.active) return target;
    if (!data.active && target.role === 'admin') await lastAdminGuard(tx, target.id);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: data.active ? { active: true } : { active: false, sessionsRevokedAt: new Date() },
      select: userSelect,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: data.active ? 'user_reactivate' : 'user_deactivate',
      entityId: target.id,
      before: { active: target.active },
      after: { active: data.active },
    });
    return updated;
  });
}
