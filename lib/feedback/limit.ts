import 'server-only';
import { randomInt } from 'node:crypto';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { rateLimited } from '@/lib/errors';

// The per-client limit on what readers send without an account (error reports and tips together).
// The same store as sign-in throttling (lib/auth/throttle.ts): rows of rate_limits changed by one
// atomic upsert each, so every app instance shares the counts and a restart keeps them. The client
// is the address lib/auth/client-address.ts reads (TRUST_PROXY_HOPS), never a header a client chose.

export const FEEDBACK_LIMIT = { points: 5, windowSeconds: 10 * 60 } as const;

const perClient = new RateLimiterPrisma({
  storeClient: db,
  tableName: 'rateLimit',
  keyPrefix: 'feedback-client',
  points: FEEDBACK_LIMIT.points,
  duration: FEEDBACK_LIMIT.windowSeconds,
});

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

/** What a limited sender reads: why, and when to try again. */
export function limitMessage(retryAfterSeconds: number, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const at = new Date(now.getTime() + retryAfterSeconds * 1000);
  return (
    `You have sent ${FEEDBACK_LIMIT.points} messages in the last ${FEEDBACK_LIMIT.windowSeconds / 60} minutes, the most we accept from one connection. ` +
    `Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} (after ${hhmm(at)} UTC). What you typed is kept below.`
  );
}

/** Counts one message from this client, or refuses it (RATE_LIMITED) saying when to try again. */
export async function admitFeedback(client: string): Promise<void> {
  try {
    await perClient.consume(client, 1);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw rateLimited(limitMessage(Math.max(1, Math.ceil(e.msBeforeNext / 1000))));
  }
}

// No 0/O or 1/I/L: a reference is read aloud or typed from an email.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A reference the sender is shown ("R-7K2M9QXA"): random, so it says nothing about how many others wrote. */
export function newReference(prefix: 'R' | 'T'): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${s}`;
}
