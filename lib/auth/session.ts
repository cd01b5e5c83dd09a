import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { authOptions } from '@/lib/auth/options';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';

/** The signed-in user's id from the session token, or null. Authorization happens in lib/data. */
export const currentUserId = cache(async (): Promise<string | null> => {
  // Reading cookies first marks every caller as per-request, so no page that depends on the
  // session can ever be prerendered at build time.
  await cookies();
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return typeof id === 'string' && id ? id : null;
});

/** The signed-in user as the database has them now; null when signed out or deactivated. */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const id = await currentUserId();
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For workspace pages: the user, or a redirect to /login. */
export async function requireUser(): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}
