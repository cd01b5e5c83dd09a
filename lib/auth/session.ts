import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { authOptions, type SessionUser } from '@/lib/auth/options';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';

/**
 * The signed-in user as the database has them now; null when signed out, deactivated, or when
 * the session predates a revocation. Cached per request.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  // Reading cookies first marks every caller as per-request, so no page that depends on the
  // session can ever be prerendered at build time.
  await cookies();
  const session = await getServerSession(authOptions);
  const token = session?.user as SessionUser | undefined;
  if (!token?.id) return null;
  const user = await db.user.findUnique({
    where: { id: token.id },
    select: { id: true, name: true, email: true, role: true, active: true, sessionsRevokedAt: true },
  });
  if (!user?.active) return null;
  if (user.sessionsRevokedAt && (token.signedInAt ?? 0) <= user.sessionsRevokedAt.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/**
 * The id to hand to lib/data functions, which authorize it again against the database. Null
 * for signed-out, deactivated or revoked sessions, so those calls are refused as UNAUTHORIZED.
 */
export const currentUserId = cache(async (): Promise<string | null> => (await currentUser())?.id ?? null);

/** For workspace pages: the user, or a redirect to /login. */
export async function requireUser(): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}
