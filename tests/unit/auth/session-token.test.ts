import { describe, expect, it } from 'vitest';
import { decode, encode, getToken } from 'next-auth/jwt';
import { decodeSessionToken } from '@/lib/auth/session-token';

const secret = 'unit-test-secret';
const claims = { uid: 'u1', sid: 's1', signedInAt: 1_700_000_000_000, endsAt: 1_800_000_000_000 };

describe('the session token, decoded with a key derived once', () => {
  it('reads what next-auth encoded, as next-auth’s own decode does', async () => {
    const token = await encode({ token: claims, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(await decode({ token, secret }));
    // A second token under the same secret uses the key derived for the first.
    const other = await encode({ token: { ...claims, sid: 's2' }, secret });
    expect(await decodeSessionToken({ token: other, secret })).toMatchObject({ sid: 's2' });
  });

  it('keeps tokens of another salt or another secret apart', async () => {
    const salted = await encode({ token: claims, secret, salt: 'other-cookie' });
    expect(await decodeSessionToken({ token: salted, secret, salt: 'other-cookie' })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
    const token = await encode({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: 'another-secret' })).rejects.toThrow();
    // And the first secret still works after the cached key was replaced.
    expect(await decodeSessionToken({ token, secret })).toMatchObject(claims);
  });

  it('refuses a tampered or expired token, and reads no token as none', async () => {
    const token = await encode({ token: claims, secret });
    const parts = token.split('.');
    const cipher = parts[3]!;
    parts[3] = (cipher[0] === 'A' ? 'B' : 'A') + cipher.slice(1);
    await expect(decodeSessionToken({ token: parts.join('.'), secret })).rejects.toThrow();
    const expired = await encode({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it('is what getToken uses to read a request’s cookie: a bad cookie is no session', async () => {
    const token = await encode({ token: claims, secret });
    const req = (value: string) =>
      ({ headers: {}, cookies: { 'next-auth.session-token': value } }) as unknown as Parameters<typeof getToken>[0]['req'];
    expect(await getToken({ req: req(token), secret, decode: decodeSessionToken })).toMatchObject(claims);
    expect(await getToken({ req: req(`${token}x`), secret, decode: decodeSessionToken })).toBeNull();
  });
});
