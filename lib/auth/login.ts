import 'server-only';
import { db } from '@/lib/db';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { admitSignIn, signInSucceeded } from '@/lib/auth/throttle';
import { ZSignInSchema } from '@/lib/validation/auth';

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Checks an email + password from `client` (lib/auth/client-address.ts), throttled per account
 * and client and per client (lib/auth/throttle.ts). Every attempt is written to login_attempts.
 */
export async function checkCredentials(input: unknown, client: string): Promise<SignInResult> {
  const parsed = ZSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const email = parsed.data.email;

  const admission = await admitSignIn(email, client);
  if (!admission.admitted) {
    await db.loginAttempt.create({ data: { email, ip: client, success: false } });
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: admission.retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  const ok = !!user && user.active && valid;
  await db.loginAttempt.create({ data: { email, ip: client, success: ok } });
  if (!ok) return { ok: false, reason: 'invalid' };
  await signInSucceeded(email, client);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
