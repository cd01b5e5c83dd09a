import 'server-only';
import { db, queryRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/config';
import { sawActorRow, type SignedInUser } from '@/lib/auth/actor';
import type { Role } from '@/lib/generated/prisma/enums';

/**
 * What a session token carries: the user, the sessions row, and when the session started and
 * ends. Role and status are never in it: they are read from the database on every request.
 */
export type SessionClaims = { uid: string; sid: string; signedInAt: number; endsAt: number };

export function sessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const { uid, sid, signedInAt, endsAt } = token ?? {};
  if (typeof uid !== 'string' || typeof sid !== 'string' || typeof signedInAt !== 'number' || typeof endsAt !== 'number') return null;
  return { uid, sid, signedInAt, endsAt };
}

/** A new session for a sign-in, ending SESSION_MAX_AGE_SECONDS from now whatever happens next. */
export async function startSession(userId: string): Promise<SessionClaims> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  // Housekeeping at the one moment rows are added: ended sessions can never be used again.
  await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await db.session.create({ data: { userId, createdAt: now, expiresAt }, select: { id: true } });
  return { uid: userId, sid: row.id, signedInAt: now.getTime(), endsAt: expiresAt.getTime() };
}

/** Signing out: this session, and only this one, is refused from now on wherever its token turns up. */
export async function endSession(claims: SessionClaims | null): Promise<void> {
  if (!claims) return;
  await db.session.updateMany({ where: { id: claims.sid, userId: claims.uid, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The sessions row and its user, as sessionUser reads them. */
type SessionRow = {
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  sessionsRevokedAt: Date | null;
  mustChangePassword: boolean;
};

/**
 * The user of a live session as the database has them now; null when the session was signed
 * out, has passed its end, belongs to someone else, or predates the account's deactivation
 * (users.sessions_revoked_at), or when the account is inactive. A user whose password was reset
 * keeps a live session with `mustChangePassword` set: pages send them to /account, and
 * authorize() refuses everything else.
 * REVIEWERS: every way of reading a session goes through here (lib/auth/session.ts currentUser and
 * next-auth's jwt callback); a token's own expiry is not enough, since next-auth re-issues tokens.
 */
export async function sessionUser(claims: SessionClaims | null): Promise<SignedInUser | null> {
  if (!claims || claims.endsAt <= Date.now()) return null;
  // Every signed-in request runs this: one statement, sent by pg (queryRows: Prisma's query
  // building would double its CPU; lib/auth/actor.ts's userRow says how much).
  const rows = await queryRows<SessionRow>(Prisma.sql`
    SELECT s.user_id AS "userId", s.created_at AS "createdAt", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt",
           u.id, u.name, u.email, u.role, u.active, u.sessions_revoked_at AS "sessionsRevokedAt", u.must_change_password AS "mustChangePassword"
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sid}`);
  const row = rows[0];
  if (!row || row.userId !== claims.uid || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  const user = { id: row.id, name: row.name, email: row.email, role: row.role, active: row.active, mustChangePassword: row.mustChangePassword };
  sawActorRow(user);
  if (!user.active) return null;
  if (row.sessionsRevokedAt && row.createdAt.getTime() <= row.sessionsRevokedAt.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
}
