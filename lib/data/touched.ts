import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// Which articles a mutation touched, so the action pipeline can refresh readers' copies after
// the commit, in one place. Every change writes a history event in its own transaction
// (lib/data/events.ts), and recordEvent reports the event's article here: a data function cannot
// forget to report, and the data layer never talks to a cache itself.
//
// Outside trackTouchedArticles (seed, scripts, integration tests) nothing is collected.

const store = new AsyncLocalStorage<Set<string>>();

/** Runs `fn` and returns its result with the ids of the articles its events named. */
export async function trackTouchedArticles<T>(fn: () => Promise<T>): Promise<{ result: T; articleIds: string[] }> {
  const touched = new Set<string>();
  const result = await store.run(touched, fn);
  return { result, articleIds: [...touched] };
}

/** Called by recordEvent for every event that names an article visible to readers. */
export function noteTouchedArticle(articleId: string): void {
  store.getStore()?.add(articleId);
}
