import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { LOGIN_THROTTLE as T } from '@/lib/config';

// Sign-in throttling that slows guessing without locking anyone out (see LOGIN_THROTTLE):
// counters are per account and client, and per client; nothing is counted per account alone, so
// a stranger's wrong passwords never stop the owner signing in from their own client.
//
// rate-limiter-flexible (a maintained, widely used library) with its Prisma store: each counter
// is a row of rate_limits changed by one atomic upsert, so concurrent attempts are all counted and
// every app instance, sharing the database, shares the counts.
const store = { storeClient: db, tableName: 'rateLimit' };

/** Attempts for one account from one client that have not (yet) succeeded, remembered for a day. */
const failures = new RateLimiterPrisma({ ...store, keyPrefix: 'signin-fail', points: T.quickFailures, duration: T.failureMemorySeconds });
/** Past the quick failures, one attempt per window; each window is twice the last. */
const pacing = new RateLimiterPrisma({ ...store, keyPrefix: 'signin-wait', points: 1, duration: T.firstWaitSeconds });
/** Attempts from one client, any account; successes are given back. */
const perClient = new RateLimiterPrisma({ ...store, keyPrefix: 'signin-client', points: T.perClient, duration: T.perClientWindowSeconds });

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

const keyOf = (email: string, client: string) => `${client} ${email}`;

/** The wait before the k-th paced attempt may follow the previous one: 1×, 2×, 4×… first wait, capped. */
export const waitSeconds = (k: number) => Math.min(T.firstWaitSeconds * 2 ** Math.max(0, k - 1), T.maxWaitSeconds);

/** One point from `limiter`, or the refusal saying how long to wait. Store failures propagate. */
async function take(limiter: RateLimiterPrisma, key: string, seconds?: number): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key, 1, seconds ? { customDuration: seconds } : {});
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return e;
    throw e;
  }
}

const refusal = (res: RateLimiterRes): Admission => ({ admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

/**
 * Whether an attempt may check the password now. It is counted before the (slow) password check
 * and given back on success, so a burst of parallel attempts cannot all slip in before the first
 * failure is recorded.
 */
export async function admitSignIn(email: string, client: string): Promise<Admission> {
  const byClient = await take(perClient, client);
  if (byClient) return refusal(byClient);
  const key = keyOf(email, client);
  const n = (await failures.penalty(key, 1)).consumedPoints;
  if (n < T.quickFailures) return { admitted: true };
  const paced = await take(pacing, key, waitSeconds(n - T.quickFailures + 1));
  if (!paced) return { admitted: true };
  // A refused attempt checked no password: it must not lengthen the next wait.
  await failures.reward(key, 1);
  return refusal(paced);
}

/** The right password: this account and client start afresh, and the client's attempt is given back. */
export async function signInSucceeded(email: string, client: string): Promise<void> {
  const key = keyOf(email, client);
  await Promise.all([failures.delete(key), pacing.delete(key), perClient.reward(client, 1)]);
}
