import 'server-only';
import { cache } from 'react';
import { db, type DbClient } from '@/lib/db';
import { AppError, unauthorized } from '@/lib/errors';
import { assertCan, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export type Actor = { id: string; name: string; email: string; role: Role };

/** The signed-in user as pages see them (lib/auth/session.ts): an actor, and whether a reset password awaits its change. */
export type SignedInUser = Actor & { mustChangePassword: boolean };

export const PASSWORD_CHANGE_REQUIRED = 'Your password was reset: choose a new one on your account page before doing anything else.';

/** While an admin's reset is unanswered (users.must_change_password), everything but the own password change is refused. */
export const passwordChangeRequired = () => new AppError({ code: 'FORBIDDEN' }, PASSWORD_CHANGE_REQUIRED);

type ActorRow = { id: string; name: string; email: string; role: Role; active: boolean; mustChangePassword: boolean };

/**
 * One user's row for the gate. Sent as SQL rather than user.findUnique: this runs on every request,
 * and Prisma's query building doubles a small read's CPU (0.42 against 0.19 ms per read here:
 * `npm run bench:queries`, docs/benchmarks.md "Signed-in pages").
 */
async function userRow(actorId: string, tx: DbClient): Promise<ActorRow | null> {
  const rows = await tx.$queryRaw<ActorRow[]>`
    SELECT id, name, email, role, active, must_change_password AS "mustChangePassword" FROM users WHERE id = ${actorId}`;
  return rows[0] ?? null;
}

/**
 * The actor's row, read once per server render: a page whose layout and sections each call the
 * data layer asks the database once, not once per call. React's cache only lasts one render of
 * server components (a server action or a route handler reads every time), and calls inside a
 * transaction always read through it, so a change's own check sees the row as the change does.
 */
const actorRow = cache((actorId: string) => userRow(actorId, db));
const readActor = (actorId: string, tx: DbClient) => (tx !== db ? userRow(actorId, tx) : (rowsSeen().get(actorId) ?? actorRow(actorId)));

/** The user rows this render has already read with the session (lib/auth/sessions.ts). */
const rowsSeen = cache(() => new Map<string, Promise<ActorRow | null>>());

/**
 * The session check reads the signed-in user's row (role, active flag, reset password) in the
 * same statement as the session; handing it here saves every page a second read of that row.
 * Like actorRow, it lasts one server render: a server action or route handler reads again.
 */
export function sawActorRow(row: ActorRow) {
  rowsSeen().set(row.id, Promise.resolve(row));
}

/**
 * The gate every data-layer function goes through. It takes only the user id from the session
 * and reads role and active flag from the database, inside the caller's transaction when there
 * is one, so a role change or a deactivation takes effect on the very next request.
 * A user whose password an admin reset is refused every permission until they change it, so no
 * server action or API route can be used with the temporary password (lib/data/account.ts is the
 * one way out, through authorizeSelf).
 * REVIEWERS: never accept a role from the caller; never skip this for "internal" calls.
 */
export async function authorize(actorId: string | null | undefined, permission: Permission, tx: DbClient = db): Promise<Actor> {
  if (!actorId) throw unauthorized();
  const user = await readActor(actorId, tx);
  if (!user || !user.active) throw unauthorized();
  if (user.mustChangePassword) throw passwordChangeRequired();
  assertCan(user, permission);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/**
 * The gate for acting on one's own account, which needs no permission of the matrix: any active
 * user. `duringRequiredChange` lets through the only two things allowed while a reset password
 * awaits its change: reading the account page and changing the password.
 */
export async function authorizeSelf(
  actorId: string | null | undefined,
  { duringRequiredChange = false }: { duringRequiredChange?: boolean } = {},
  tx: DbClient = db,
): Promise<SignedInUser> {
  if (!actorId) throw unauthorized();
  const user = await readActor(actorId, tx);
  if (!user || !user.active) throw unauthorized();
  if (user.mustChangePassword && !duringRequiredChange) throw passwordChangeRequired();
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
}
