// A job whose process died outright (SIGKILL: no graceful shutdown released it) is taken up again
// by another process once the dead one has stopped beating (lib/jobs/liveness.ts), not after
// graphile-worker's own 4 hours; a job whose process is alive, however long it runs, is not.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runner } from 'graphile-worker';
import { db } from './db';
import { startWorker } from '@/lib/jobs/runner';

// Fifteen missed beats before a process counts as dead: a loaded CI machine may delay one or two.
const LIVENESS = { beatMs: 200, deadAfterMs: 3_000 };
const runners: Runner[] = [];
let child: ChildProcess | null = null;

beforeEach(async () => {
  await db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
  await db.$executeRawUnsafe('DELETE FROM job_processes');
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  for (const r of runners.splice(0)) await r.stop().catch(() => {});
});

type JobRow = { id: string; locked_by: string | null; attempts: number };
const jobs = () => db.$queryRawUnsafe<JobRow[]>(`SELECT id::text, locked_by, attempts FROM graphile_worker._private_jobs ORDER BY id`);
const addJob = async (task: string) => {
  await db.$queryRawUnsafe(`SELECT graphile_worker.add_job($1, '{}'::json)::text`, task);
};

async function until<T>(read: () => Promise<T> | T, done: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A worker in its own process that takes the hanging job and never finishes it. */
async function hangingWorker(): Promise<{ proc: ChildProcess; lines: string[] }> {
  const proc = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/integration/hanging-worker.ts'], {
    env: { ...process.env, BEAT_MS: String(LIVENESS.beatMs), DEAD_AFTER_MS: String(LIVENESS.deadAfterMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  proc.stdout!.on('data', (b: Buffer) => lines.push(...b.toString().split('\n').filter(Boolean)));
  await until(
    () => lines,
    (l) => l.includes('started') || proc.exitCode !== null,
    30_000,
  );
  expect(lines).toContain('started');
  return { proc, lines };
}

describe('queue workers’ liveness', () => {
  it('releases the job of a killed process once it stops beating, and another process runs it again', async () => {
    const { proc, lines } = await hangingWorker();
    child = proc;
    await addJob('claimdesk_test_hang');
    await until(
      () => lines,
      (l) => l.some((x) => x.startsWith('running ')),
    );
    const [taken] = await jobs();
    expect(taken?.locked_by).toMatch(/^worker-/);
    // The dead process's row names the worker holding the job.
    const [registered] = await db.$queryRawUnsafe<{ worker_ids: string[] }[]>(`SELECT worker_ids FROM job_processes`);
    expect(registered?.worker_ids).toContain(taken!.locked_by);

    proc.kill('SIGKILL');
    await once(proc, 'exit');
    child = null;
    // Nothing released it: the kill gave graphile-worker no chance to.
    expect((await jobs())[0]?.locked_by).toBe(taken!.locked_by);

    const ran: string[] = [];
    runners.push(
      await startWorker({
        connectionString: process.env.DATABASE_URL,
        concurrency: 1,
        pollInterval: 100,
        liveness: LIVENESS,
        taskList: {
          claimdesk_test_hang: async (_payload, helpers) => {
            ran.push(helpers.job.id);
          },
        },
      }),
    );
    // Done jobs are deleted: the job ran here, as its second attempt.
    const left = await until(jobs, (j) => j.length === 0);
    expect(left).toEqual([]);
    expect(ran).toEqual([taken!.id]);
    // The dead process's row went with its jobs; the live worker's own is there.
    const rows = await db.$queryRawUnsafe<{ worker_ids: string[] }[]>(`SELECT worker_ids FROM job_processes`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.worker_ids).not.toContain(taken!.locked_by);
  });

  it('leaves the job of a process that beats alone, however long it runs', async () => {
    let runs = 0;
    const slow = {
      claimdesk_test_slow: async () => {
        runs++;
        // Longer than a dead process is given: only the beat keeps it from being released.
        await new Promise((r) => setTimeout(r, LIVENESS.deadAfterMs * 2));
      },
    };
    const options = { connectionString: process.env.DATABASE_URL, concurrency: 1, pollInterval: 100, liveness: LIVENESS };
    runners.push(await startWorker({ ...options, taskList: slow }));
    await addJob('claimdesk_test_slow');
    await until(
      () => runs,
      (n) => n > 0,
    );
    // A second worker that also runs this task sweeps every 200 ms meanwhile; it must not take the job.
    runners.push(await startWorker({ ...options, taskList: slow }));
    expect(await until(jobs, (j) => j.length === 0)).toEqual([]);
    expect(runs).toBe(1);
  });

  it('leaves no row behind for a process that stops gracefully', async () => {
    const runner = await startWorker({ connectionString: process.env.DATABASE_URL, concurrency: 2, liveness: LIVENESS, taskList: {} });
    const [row] = await db.$queryRawUnsafe<{ worker_ids: string[] }[]>(`SELECT worker_ids FROM job_processes`);
    expect(row?.worker_ids).toHaveLength(2);
    await runner.stop();
    expect(await db.$queryRawUnsafe(`SELECT id FROM job_processes`)).toEqual([]);
  });
});
