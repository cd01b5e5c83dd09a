// The queue's task names and attempts, shared by the code that enqueues (in SQL, inside the
// change's transaction) and the worker that runs them (lib/jobs/runner.ts).
export const TASKS = {
  /** Payload { id: webhook_deliveries.id as text }. */
  webhook: 'webhook_deliver',
  /** Payload { id: notifications.id as text }. */
  email: 'notification_email',
  /** Payload { id: background_tasks.id }: a new version of an article (lib/data/tasks.ts). */
  articleVersion: 'article_version',
  /** Payload { id: background_tasks.id }: saving an imported article (lib/data/tasks.ts). */
  articleImport: 'article_import',
  /** No payload: reads pending claims' words into search_words (queued by a trigger, lib/jobs/search-words.ts). */
  searchWords: 'search_words',
} as const;

/**
 * graphile-worker retries a failed job after exp(attempt) seconds (2.7 s, 7.4 s, 20 s, … 2.3 h
 * after the 9th): 10 attempts span about 3½ hours before a delivery is given up.
 */
export const MAX_ATTEMPTS = { webhook: 10, email: 5, task: 3 } as const;
