// Runs once when a server process starts (Next's instrumentation hook): each instance starts its
// share of the background worker (lib/jobs/runner.ts). Not in the Edge runtime, which has no
// database connection.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobsInThisProcess } = await import('@/lib/jobs/runner');
  startJobsInThisProcess();
}
