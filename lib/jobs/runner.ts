import 'server-only';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { Logger, run, type Runner, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import { databaseUrl, JOB_CONCURRENCY, JOBS_ENABLED } from '@/lib/config';
import { keepAlive, LIVENESS, type Liveness } from '@/lib/jobs/liveness';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import { deliverWebhook } from '@/lib/jobs/webhook';
import { sendNotificationEmail } from '@/lib/jobs/email';
import { runTask } from '@/lib/data/tasks';
import { indexSearchWords } from '@/lib/jobs/search-words';

// The background worker: graphile-worker on the app's PostgreSQL. Jobs are rows that changes
// insert in their own transactions (graphile_worker.add_job); every app instance runs a worker,
// and PostgreSQL (SELECT … FOR UPDATE SKIP LOCKED) hands each job to exactly one. A job survives
// restarts: on SIGTERM the worker stops taking jobs, waits for the running ones (cancelling them
// after 5 s, which releases them for a retry), and a job whose process died outright is released
// by another process about two minutes after the dead one's last heartbeat (lib/jobs/liveness.ts),
// not after graphile-worker's own 4 hours.

const idOf = (payload: unknown): bigint => {
  const id = (payload as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !/^\d{1,19}$/.test(id)) throw new Error(`Job payload without a valid id: ${JSON.stringify(payload)}`);
  return BigInt(id);
};

const textIdOf = (payload: unknown): string => {
  const id = (payload as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,64}$/i.test(id)) throw new Error(`Job payload without a valid id: ${JSON.stringify(payload)}`);
  return id;
};

/** A task someone follows from a page (lib/data/tasks.ts). */
const runBackgroundTask: Task = async (payload, helpers) =>
  runTask(textIdOf(payload), { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts ?? MAX_ATTEMPTS.task });

export const TASK_LIST: TaskList = {
  [TASKS.webhook]: async (payload, helpers) =>
    deliverWebhook(idOf(payload), {
      attempt: helpers.job.attempts,
      maxAttempts: helpers.job.max_attempts ?? MAX_ATTEMPTS.webhook,
      abortSignal: helpers.abortSignal,
    }),
  [TASKS.email]: async (payload) => sendNotificationEmail(idOf(payload)),
  [TASKS.articleVersion]: runBackgroundTask,
  [TASKS.articleImport]: runBackgroundTask,
  [TASKS.searchWords]: async () => {
    await indexSearchWords();
  },
};

const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[jobs] ${message}`);
});

export type WorkerOptions = {
  connectionString?: string;
  concurrency?: number;
  pollInterval?: number;
  liveness?: Liveness;
  /** The tests' own tasks (a job that hangs until its process is killed). */
  taskList?: TaskList;
};

/** A worker on the queue (the tests start their own, and stop it as a restart would). */
export async function startWorker(options: WorkerOptions = {}): Promise<Runner> {
  const concurrency = options.concurrency ?? JOB_CONCURRENCY;
  // The app's pool, not graphile-worker's own, so that the heartbeat goes to the queue's database.
  const pgPool = new pg.Pool({ connectionString: options.connectionString ?? databaseUrl(), max: concurrency + 2 });
  pgPool.on('error', (e) => console.error(`[jobs] an idle connection failed: ${e.message}`));
  const events: WorkerEvents = new EventEmitter();
  const workerIds: string[] = [];
  events.on('worker:create', ({ worker }) => workerIds.push(worker.workerId));
  try {
    const runner = await run({
      pgPool,
      events,
      concurrency,
      pollInterval: options.pollInterval ?? 2_000,
      noHandleSignals: true,
      logger,
      taskList: options.taskList ?? TASK_LIST,
    });
    const stopBeating = await keepAlive(pgPool, workerIds, options.liveness ?? LIVENESS, (m) => console.error(`[jobs] ${m}`)).catch(
      async (e: unknown) => {
        await runner.stop();
        throw e;
      },
    );
    return {
      ...runner,
      async stop() {
        // graphile-worker releases this process's running jobs as it stops; only then is its row gone.
        try {
          await runner.stop();
          await stopBeating();
        } finally {
          await pgPool.end();
        }
      },
    };
  } catch (e) {
    await pgPool.end();
    throw e;
  }
}

const SHUTDOWN = Symbol.for('claimdesk.shutdown');
type WithShutdown = { [SHUTDOWN]?: () => Promise<void> };

/**
 * Called once per server process (instrumentation.ts). The database may not be up yet: the start
 * is retried with backoff. scripts/server.mjs calls the registered shutdown before it exits.
 */
export function startJobsInThisProcess(): void {
  if (!JOBS_ENABLED) return;
  let runner: Runner | null = null;
  let stopping = false;
  const attempt = async (delay: number): Promise<void> => {
    if (stopping) return;
    try {
      runner = await startWorker();
    } catch (e) {
      console.error(`[jobs] the worker could not start (retrying in ${delay / 1000} s):`, e instanceof Error ? e.message : e);
      setTimeout(() => void attempt(Math.min(delay * 2, 60_000)), delay).unref();
    }
  };
  void attempt(1_000);
  (globalThis as WithShutdown)[SHUTDOWN] = async () => {
    stopping = true;
    await (runner as Runner | null)?.stop().catch(() => {});
  };
}
