import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { authorizeSelf } from '@/lib/auth/actor';
import { notFound, rateLimited } from '@/lib/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZCreateTokenSchema, ZRevokeTokenSchema, type TCreateToken, type TRevokeToken } from '@/lib/validation/api-tokens';

// Personal API tokens for newsroom integrations. A token is 32 random bytes shown once; only its
// SHA-256 is stored (a token is random, so a fast hash is enough: there is nothing to guess from).
// A token is not a role: it acts as its person, whose role and active flag authorize() reads from
// the database on every request, so a demotion or deactivation applies to their tokens at once.

const PREFIX = 'cdk_';
const MAX_TOKENS = 20;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Requests per token per minute; past it, 429 with Retry-After. Shared by every instance (rate_limits). */
export const TOKEN_LIMIT = { points: 120, windowSeconds: 60 } as const;

const perToken = new RateLimiterPrisma({
  storeClient: db,
  tableName: 'rateLimit',
  keyPrefix: 'api-token',
  points: TOKEN_LIMIT.points,
  duration: TOKEN_LIMIT.windowSeconds,
});

export async function listTokens(actorId: string | null) {
  const me = await authorizeSelf(actorId);
  return db.apiToken.findMany({
    where: { userId: me.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** A new token for the signed-in person: the only time its value is ever returned. */
export async function createToken(actorId: string | null, input: TCreateToken) {
  const data = parseOrThrow(ZCreateTokenSchema, input);
  const me = await authorizeSelf(actorId);
  const live = await db.apiToken.count({ where: { userId: me.id, revokedAt: null } });
  if (live >= MAX_TOKENS) throw rateLimited(`You have ${MAX_TOKENS} tokens in use, the most one person may have: revoke one you no longer need.`);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await db.apiToken.create({
    data: { userId: me.id, name: data.name, tokenHash: hashOf(token), prefix: token.slice(0, PREFIX.length + 6) },
    select: { id: true, name: true, prefix: true },
  });
  return { ...row, token };
}

/** Revokes one of the signed-in person's own tokens; someone else's is "not found". */
export async function revokeToken(actorId: string | null, input: TRevokeToken) {
  const data = parseOrThrow(ZRevokeTokenSchema, input);
  const me = await authorizeSelf(actorId);
  const { count } = await db.apiToken.updateMany({ where: { id: data.id, userId: me.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) {
    const mine = await db.apiToken.findFirst({ where: { id: data.id, userId: me.id }, select: { name: true } });
    if (!mine) throw notFound('That token');
  }
  return { id: data.id };
}

/**
 * The person a bearer token acts as, or null when it is unknown or revoked. Counts the request
 * against the token's limit (RATE_LIMITED past it). Whether the person may do anything is
 * authorize()'s business, as for a session.
 */
export async function userIdForToken(token: string): Promise<string | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  try {
    await perToken.consume(row.id, 1);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw rateLimited(`This token made ${TOKEN_LIMIT.points} requests in the last minute, the most allowed. Try again in ${seconds} s.`);
  }
  // At most one write a minute per token for "last used".
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
