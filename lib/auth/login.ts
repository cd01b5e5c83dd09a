import 'server-only';
import { db } from '@/lib/db';
import { LOGIN_LIMITS } from '@/lib/config';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { ZSignInSchema } from '@/lib/validation/auth';

export type SignInResult = { ok: true; user: { id: string; name: string; email: string } } | { ok: false; reason: 'invalid' | 'rate_limited' };

/**
 * Checks an email + password. Failed attempts are counted per account and per IP in the
 * database (so restarts and several app instances share the count); past the limit every
 * attempt is refused until the window passes, even with the right password.
 */
export async function checkCredentials(input: unknown, ip: string): Promise<SignInResult> {
  const parsed = ZSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const email = parsed.data.email;
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);

  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  if (byAccount >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp) {
    await db.loginAttempt.create({ data: { email, ip, success: false } });
    return { ok: false, reason: 'rate_limited' };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  const ok = !!user && user.active && valid;
  await db.loginAttempt.create({ data: { email, ip, success: ok } });
  if (!ok) return { ok: false, reason: 'invalid' };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
