import 'server-only';
import { Logger, run, type Runner, type Task, type TaskList } from 'graphile-worker';
import { databaseUrl, JOB_CONCURRENCY, JOBS_ENABLED } from '@/lib/config';
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
// by the next worker after 4 hours (graphile-worker's lock timeout).

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

export type WorkerOptions = { connectionString?: string; concurrency?: number; pollInterval?: number };

/** A worker on the queue (the tests start their own, and stop it as a restart would). */
export function startWorker(options: WorkerOptions = {}): Promise<Runner> {
  const concurrency = options.concurrency ?? JOB_CONCURRENCY;
  return run({
    connectionString: options.connectionString ?? databaseUrl(),
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: options.pollInterval ?? 2_000,
    noHandleSignals: true,
    logger,
    taskList: TASK_LIST,
  });
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
