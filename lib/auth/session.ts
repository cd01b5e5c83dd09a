import 'server-only';
import { cache } from 'react';
import { getToken } from 'next-auth/jwt';
import { redirect } from 'next/navigation';
import { cookies, headers } from 'next/headers';
import { sessionClaims, sessionUser, type SessionClaims } from '@/lib/auth/sessions';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { authSecret } from '@/lib/config';
import type { SignedInUser } from '@/lib/auth/actor';

/** The two things getToken reads from a request (it is typed for whole request objects). */
type TokenSource = { headers: Record<string, string | string[] | undefined>; cookies: Partial<Record<string, string>> };

/** What the request's session token says (not yet checked against the sessions row). Cached per request. */
const currentClaims = cache(async (): Promise<SessionClaims | null> => {
  // Reading cookies marks every caller as per-request, so no page that depends on the session can
  // ever be prerendered at build time.
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // The token is decoded here rather than through getServerSession, which would re-encrypt it
  // only to throw the result away; the check that matters is the sessions row (sessionUser).
  const req: TokenSource = {
    headers: Object.fromEntries(headerList),
    cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])),
  };
  const token = await getToken({ req: req as Parameters<typeof getToken>[0]['req'], secret: authSecret(), decode: decodeSessionToken });
  return sessionClaims(token);
});

/**
 * The signed-in user as the database has them now; null when signed out, when the session was
 * signed out elsewhere or has passed its end, or when the account is deactivated. Cached per request.
 */
export const currentUser = cache(async (): Promise<SignedInUser | null> => sessionUser(await currentClaims()));

/**
 * The sessions row of this request, for changing one's own password: every other session of the
 * user ends, this one stays. Only ever compared with the user's own rows (lib/data/account.ts).
 */
export const currentSessionId = cache(async (): Promise<string | null> => ((await currentUser()) ? ((await currentClaims())?.sid ?? null) : null));

/**
 * The id to hand to lib/data functions, which authorize it again against the database. Null
 * for signed-out, deactivated or revoked sessions, so those calls are refused as UNAUTHORIZED.
 */
export const currentUserId = cache(async (): Promise<string | null> => (await currentUser())?.id ?? null);

/** For workspace pages: the user, or a redirect to /login. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}
