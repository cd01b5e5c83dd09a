import 'server-only';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

// The jobs of a process that died outright (killed, out of memory, its machine gone). graphile-worker
// releases a job whose worker vanished only 4 hours after it was taken, and meanwhile a desk would
// see its import "running". So every process with workers keeps a row in job_processes: its
// workers' ids and when it last beat. Each beat also releases the jobs of workers whose process
// has not beaten for `deadAfterMs` (graphile_worker.force_unlock_workers), and the next worker to
// look takes them up again as retries. A process that stops gracefully releases its own jobs
// (graphile-worker) and deletes its row.
//
// A process paused longer than `deadAfterMs` (not something this app does: extraction runs on
// worker threads) would find its row gone at its next beat: its jobs may then run a second time,
// which the tasks tolerate (a delivery may repeat; a background task that finished is not run
// again). It says so in the log and registers again. A process killed in the few milliseconds
// between its workers' start and its row's insert leaves jobs it took to graphile-worker's 4 hours.

export type Liveness = { beatMs: number; deadAfterMs: number };

/** Beat every 30 s; released 2 minutes after the last beat, so within about 2½ minutes of a crash. */
export const LIVENESS: Liveness = { beatMs: 30_000, deadAfterMs: 120_000 };

type Log = (message: string) => void;

/** Registers `workerIds` as this process's and beats until stopped; resolves once registered. */
export async function keepAlive(pool: pg.Pool, workerIds: readonly string[], liveness: Liveness, log: Log): Promise<() => Promise<void>> {
  const id = randomUUID();
  const register = () => pool.query(`INSERT INTO job_processes (id, worker_ids) VALUES ($1, $2::text[])`, [id, workerIds]);
  await register();
  let beating: Promise<void> = Promise.resolve();
  const beat = async () => {
    const { rows } = await pool.query<{ alive: boolean; released: string[] }>(
      `WITH me AS (
         UPDATE job_processes SET beat_at = now() WHERE id = $1 RETURNING id
       ), dead AS (
         DELETE FROM job_processes WHERE id <> $1 AND beat_at < now() - $2 * interval '1 millisecond' RETURNING worker_ids
       ), ids AS (
         SELECT coalesce(array_agg(w), '{}') AS w FROM dead, unnest(dead.worker_ids) AS w
       )
       SELECT EXISTS (SELECT 1 FROM me) AS alive, ids.w AS released, graphile_worker.force_unlock_workers(ids.w) IS NULL AS done
       FROM ids`,
      [id, liveness.deadAfterMs],
    );
    const { alive, released } = rows[0]!;
    if (released.length) log(`released the jobs of ${released.length} worker(s) of a process that stopped beating`);
    if (!alive) {
      log('this process had stopped beating for too long: its jobs may have been released to others; registering again');
      await register();
    }
  };
  const timer = setInterval(() => {
    beating = beating.then(beat).catch((e) => log(`heartbeat failed: ${e instanceof Error ? e.message : String(e)}`));
  }, liveness.beatMs);
  timer.unref();
  // A worker that starts sweeps at once: restarted more than two minutes after a crash, it takes the
  // dead process's jobs up straight away rather than one beat later.
  beating = beat().catch((e) => log(`heartbeat failed: ${e instanceof Error ? e.message : String(e)}`));
  return async () => {
    clearInterval(timer);
    await beating;
    await pool.query(`DELETE FROM job_processes WHERE id = $1`, [id]);
  };
}
