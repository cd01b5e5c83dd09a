import type { FieldErrors, SavedRecord } from '@/lib/errors';

// The import and version forms' side of a queued task (lib/data/tasks.ts): GET /api/tasks/<id>
// until it is over, reporting each step as the worker writes it.

export type Task<R> = {
  status: 'queued' | 'running' | 'done' | 'failed';
  phase: string | null;
  result: R | null;
  error: { message: string; fieldErrors?: FieldErrors; conflict?: SavedRecord } | null;
};

export const PHASE_TEXT: Record<string, string> = {
  queued: 'Queued: waiting for a worker…',
  reading: 'Reading the text and finding its claims…',
  reanchoring: 'Following every claim’s words into the new text…',
  saving: 'Saving…',
};

const POLL_MS = 700;
/** A worker that has not picked the task up by then is most likely down. */
const GIVE_UP_MS = 10 * 60_000;

export async function waitForTask<R>(taskId: string, onPhase: (text: string) => void): Promise<Task<R>> {
  const until = Date.now() + GIVE_UP_MS;
  let failures = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      const res = await fetch(`/api/tasks/${encodeURIComponent(taskId)}`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const task = (await res.json()) as Task<R>;
      failures = 0;
      if (task.status === 'done' || task.status === 'failed') return task;
      onPhase(PHASE_TEXT[task.phase ?? task.status] ?? PHASE_TEXT.queued!);
    } catch (e) {
      // A moment offline or a restart: keep asking; the task itself survives either.
      if (++failures >= 20) throw e;
    }
    if (Date.now() > until) throw new Error('The task is taking too long.');
  }
}
