import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams } from 'next-auth/jwt';

// next-auth's own decode derives the token's key from the secret with HKDF on every call: a trip
// to libuv's thread pool and about 50 µs of CPU on every signed-in request (docs/benchmarks.md,
// "Signed-in pages"). The key depends only on the secret and the salt, so it is derived once here.
// The derivation and the decryption are next-auth v4's (next-auth/jwt/index.js, decode and
// getDerivedEncryptionKey); tests/unit/auth/session-token.test.ts decodes tokens that next-auth's
// own encode made, so an upgrade that changes them fails there.
let cached: { secret: JWTDecodeParams['secret']; salt: string; key: KeyObject } | null = null;

function encryptionKey(secret: JWTDecodeParams['secret'], salt: string): KeyObject {
  if (cached?.secret === secret && cached.salt === salt) return cached.key;
  const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`;
  const key = createSecretKey(Buffer.from(hkdfSync('sha256', secret, salt, info, 32)));
  cached = { secret, salt, key };
  return key;
}

/** next-auth's `decode`, with the key derived once per secret: the payload, or a throw for a bad or expired token. */
export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
