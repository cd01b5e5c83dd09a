import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { AppError, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { ZChangeRoleSchema, ZCreateUserSchema, ZSetActiveSchema } from '@/lib/validation/users';
import { parseOrThrow } from '@/lib/validation/parse';

const userSelect = { id: true, email: true, name: true, role: true, active: true, createdAt: true } as const;

export async function listUsers(userId: string | null) {
  await authorize(userId, 'user.manage');
  return db.user.findMany({ select: userSelect, orderBy: [{ active: 'desc' }, { email: 'asc' }] });
}

/** Journalists an editor can assign claims to (editors too: they may research). */
export async function listAssignableUsers(userId: string | null) {
  await authorize(userId, 'workspace.read');
  return db.user.findMany({
    where: { active: true, role: { in: ['journalist', 'editor'] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: 'asc' },
  });
}

export async function createUser(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZCreateUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'user.manage', tx);
    const exists = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (exists) throw new AppError('INVALID', 'An account with that email already exists.', { email: ['An account with that email already exists.'] });
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: userSelect,
    });
    await recordEvent(tx, { actorId: actor.id, action: 'user.create', entityType: 'user', entityId: user.id, after: { email: user.email, role: user.role } });
    return user;
  });
}

// Serializable so two admins demoting each other at once cannot leave the desk with no admin.
const lastAdminGuard = async (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], targetId: string) => {
  const admins = await tx.user.count({ where: { role: 'admin', active: true, id: { not: targetId } } });
  if (admins === 0) throw new AppError('INVALID', 'This is the last active admin: make someone else an admin first.');
};

export async function changeRole(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZChangeRoleSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'user.manage', tx);
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: userSelect });
    if (!target) throw notFound('That account');
    if (target.role === data.role) return target;
    if (target.role === 'admin' && target.active) await lastAdminGuard(tx, target.id);
    const updated = await tx.user.update({ where: { id: target.id }, data: { role: data.role }, select: userSelect });
    await recordEvent(tx, { actorId: actor.id, action: 'user.role', entityType: 'user', entityId: target.id, before: { role: target.role }, after: { role: data.role } });
    return updated;
  }, { isolationLevel: 'Serializable' });
}

export async function setActive(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSetActiveSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'user.manage', tx);
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: userSelect });
    if (!target) throw notFound('That account');
    if (target.active === data.active) return target;
    if (!data.active && target.role === 'admin') await lastAdminGuard(tx, target.id);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: data.active ? { active: true } : { active: false, sessionsRevokedAt: new Date() },
      select: userSelect,
    });
    await recordEvent(tx, { actorId: actor.id, action: data.active ? 'user.reactivate' : 'user.deactivate', entityType: 'user', entityId: target.id, before: { active: target.active }, after: { active: data.active } });
    return updated;
  }, { isolationLevel: 'Serializable' });
}
