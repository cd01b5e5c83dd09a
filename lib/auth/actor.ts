import 'server-only';
import { db, type DbClient } from '@/lib/db';
import { unauthorized } from '@/lib/errors';
import { assertCan, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export type Actor = { id: string; name: string; email: string; role: Role };

/**
 * The gate every data-layer function goes through. It takes only the user id from the session
 * and reads role and active flag from the database, inside the caller's transaction when there
 * is one, so a role change or a deactivation takes effect on the very next request.
 * REVIEWERS: never accept a role from the caller; never skip this for "internal" calls.
 */
export async function authorize(actorId: string | null | undefined, permission: Permission, tx: DbClient = db): Promise<Actor> {
  if (!actorId) throw unauthorized();
  const user = await tx.user.findUnique({
    where: { id: actorId },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user || !user.active) throw unauthorized();
  assertCan(user, permission);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
