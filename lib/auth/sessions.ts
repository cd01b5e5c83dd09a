import 'server-only';
import { db } from '@/lib/db';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/config';
import { sawActorRow, type SignedInUser } from '@/lib/auth/actor';

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
  const row = await db.session.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true, sessionsRevokedAt: true, mustChangePassword: true } },
    },
  });
  if (!row || row.userId !== claims.uid || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  const { user } = row;
  sawActorRow(user);
  if (!user.active) return null;
  if (user.sessionsRevokedAt && row.createdAt.getTime() <= user.sessionsRevokedAt.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
}
