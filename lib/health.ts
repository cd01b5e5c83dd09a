import 'server-only';
import { db } from '@/lib/db';

// What GET /api/health reports: whether this instance can reach its database now. A load
// balancer or monitor polls it; the soak test (scripts/soak.mjs) times recovery with it.

/**
 * Longer than this and the database counts as down: a hung server is as good as none. As long as
 * lib/db.ts lets a connection attempt take: a first query on a cold, busy instance took over 2 s.
 */
const TIMEOUT_MS = 5_000;

type Queryable = Pick<typeof db, '$queryRaw'>;
export type DatabaseHealth = { state: 'up'; latencyMs: number; since: string } | { state: 'down'; reason: 'unreachable' | 'timeout'; since: string };

// Per instance, for `since` and for logging a change of state once rather than at every poll.
let last: { state: 'up' | 'down'; since: Date } | null = null;

function settle(state: 'up' | 'down', error?: unknown): string {
  if (last?.state !== state) {
    if (state === 'down') console.error('[health] the database is unreachable:', error instanceof Error ? error.message : error);
    else if (last) console.error('[health] the database is reachable again');
    last = { state, since: new Date() };
  }
  return last.since.toISOString();
}

/** One `SELECT 1` through the app's pool (so it also reconnects it), with a time limit. */
export async function databaseHealth(client: Queryable = db): Promise<DatabaseHealth> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  try {
    const outcome = await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    if (outcome === 'timeout') return { state: 'down', reason: 'timeout', since: settle('down', `no answer in ${TIMEOUT_MS} ms`) };
    return { state: 'up', latencyMs: Math.round(performance.now() - t0), since: settle('up') };
  } catch (e) {
    return { state: 'down', reason: 'unreachable', since: settle('down', e) };
  } finally {
    clearTimeout(timer);
  }
}

/** 200 when the database answers, 503 when it does not; never cached. */
export async function healthResponse(client?: Queryable): Promise<Response> {
  const database = await databaseHealth(client);
  const up = database.state === 'up';
  return Response.json({ status: up ? 'ok' : 'unavailable', database }, { status: up ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
