// Run as its own process by worker-crash.test.ts: a queue worker whose one task never finishes,
// so that the test can kill the process outright in the middle of a job. It says "started" once
// its workers are registered and beating, and "running <job id>" when it has taken the job.
import { startWorker } from '@/lib/jobs/runner';

void startWorker({
  connectionString: process.env.DATABASE_URL,
  concurrency: 1,
  pollInterval: 100,
  liveness: { beatMs: Number(process.env.BEAT_MS), deadAfterMs: Number(process.env.DEAD_AFTER_MS) },
  taskList: {
    claimdesk_test_hang: (_payload, helpers) => {
      process.stdout.write(`running ${helpers.job.id}\n`);
      return new Promise(() => {});
    },
  },
}).then(() => process.stdout.write('started\n'));
