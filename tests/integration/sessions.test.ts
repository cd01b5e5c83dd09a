import { beforeEach, describe, expect, it } from 'vitest';
import { getServerSession, type Session } from 'next-auth';
import { decode, type JWT } from 'next-auth/jwt';
import { db, makeUser, resetDatabase } from './db';
import { authOptions } from '@/lib/auth/options';
import { sessionUser, startSession, type SessionClaims } from '@/lib/auth/sessions';
import { setActive } from '@/lib/data/users';
import { authSecret, SESSION_MAX_AGE_SECONDS } from '@/lib/config';

beforeEach(resetDatabase);
// Tokens are encrypted with the app's secret; scripts/test.mjs sets none for integration tests.
process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-secret';

const COOKIE = 'next-auth.session-token';
const secret = () => authSecret();

/** The token next-auth puts in the cookie at sign-in (the jwt callback, then encode). */
async function signedInToken(userId: string): Promise<{ cookie: string; claims: SessionClaims }> {
  const jwt = authOptions.callbacks!.jwt!;
  const claims = (await jwt({ token: {}, user: { id: userId }, account: null } as Parameters<typeof jwt>[0])) as unknown as SessionClaims;
  const cookie = await authOptions.jwt!.encode!({ token: claims as unknown as JWT, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
  return { cookie, claims };
}

/**
 * What /api/auth/session answers to this cookie: next-auth's own session handler, reached through
 * its public getServerSession(req, res, options), which hands back the body and Set-Cookie headers.
 */
async function readSession(cookie: string) {
  let setCookies: string[] = [];
  const req = { headers: { host: 'localhost:3000' }, cookies: { [COOKIE]: cookie } };
  const res = { getHeader: () => setCookies, setHeader: (_: string, v: string[]) => void (setCookies = v) };
  const body = await getServerSession(req as never, res as never, { ...authOptions, secret: secret() });
  const reissued = setCookies.map((c) => c.match(new RegExp(`^${COOKIE}=([^;]+)`))?.[1]).find(Boolean);
  return { body: body ?? {}, reissued: reissued ? await decode({ token: reissued, secret: secret() }) : null };
}

const signOut = (claims: SessionClaims) => authOptions.events!.signOut!({ token: claims as unknown as JWT, session: {} as Session });

describe('sessions', () => {
  it('signing out ends that session on the server, and only that one', async () => {
    const user = await makeUser('journalist');
    const [a, b] = [await signedInToken(user.id), await signedInToken(user.id)];
    expect((await readSession(a.cookie)).body).toMatchObject({ user: { id: user.id } });

    await signOut(a.claims);
    const after = await readSession(a.cookie);
    expect(after.body).toEqual({});
    expect(after.reissued).toBeNull();
    expect(await sessionUser(a.claims)).toBeNull();
    expect(await sessionUser(b.claims)).toMatchObject({ id: user.id });
    expect((await readSession(b.cookie)).body).toMatchObject({ user: { id: user.id } });
  });

  it('re-issues a live token without extending its end', async () => {
    const user = await makeUser('editor');
    const { cookie, claims } = await signedInToken(user.id);
    // Half the lifetime later, as far as the session is concerned.
    const endsAt = Date.now() + 60 * 60 * 1000;
    await db.session.update({ where: { id: claims.sid }, data: { expiresAt: new Date(endsAt) } });
    const shortened = await authOptions.jwt!.encode!({
      token: { ...claims, endsAt } as unknown as JWT,
      secret: secret(),
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    const { reissued } = await readSession(shortened);
    expect(reissued?.exp).toBeLessThanOrEqual(Math.ceil(endsAt / 1000));
    expect((await decode({ token: cookie, secret: secret() }))?.exp).toBeLessThanOrEqual(Math.ceil(claims.endsAt / 1000));
  });

  it('refuses a session past its end, even when its token still decodes', async () => {
    const user = await makeUser('journalist');
    const { cookie, claims } = await signedInToken(user.id);
    await db.session.update({ where: { id: claims.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readSession(cookie)).toEqual({ body: {}, reissued: null });
    expect(await sessionUser({ ...claims, endsAt: Date.now() - 1 })).toBeNull();
  });

  it('refuses every session of a deactivated account, and reactivating does not revive them', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser('journalist');
    const { cookie, claims } = await signedInToken(user.id);
    await setActive(admin.id, { userId: user.id, active: false });
    expect(await sessionUser(claims)).toBeNull();
    await setActive(admin.id, { userId: user.id, active: true });
    expect(await sessionUser(claims)).toBeNull();
    expect((await readSession(cookie)).body).toEqual({});
    expect(await sessionUser(await startSession(user.id))).toMatchObject({ id: user.id });
  });

  it('refuses a token naming someone else’s session', async () => {
    const [a, b] = [await makeUser('journalist', 'a'), await makeUser('editor', 'b')];
    const { claims } = await signedInToken(a.id);
    expect(await sessionUser({ ...claims, uid: b.id })).toBeNull();
  });
});
