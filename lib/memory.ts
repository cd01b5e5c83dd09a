import 'server-only';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// What a long text leaves behind. Importing 1,000,000 characters makes ~30 MB of garbage on the
// server's thread (the text, its copies and the rows on their way to PostgreSQL, most of them
// large objects that only a full collection frees), and V8, left to itself, let the heap grow by
// that much per import: six imports in a row took a server from 188 to 353 MB resident, with a
// peak of 386-390 MB during the sixth. A full collection after each long import keeps it at the
// live size (peaks of 259-282 MB). It pauses the thread 30-50 ms, once, after work that took
// seconds (docs/benchmarks.md, "Import").

/** Texts at least this long count as long: their thread is replaced, and a collection follows their import. */
export const LONG_TEXT_CHARS = 200_000;

/**
 * How long after a long import the collection runs: by then the request has answered (an API
 * import reads its claims back), so the pause is not added to the work that follows the import.
 * Long imports that end closer together than this share one collection.
 */
export const COLLECT_DELAY_MS = 300;

let gc: (() => void) | null = null;
let pending: NodeJS.Timeout | null = null;

/**
 * Runs a full garbage collection COLLECT_DELAY_MS from now if `chars` (the length of the text just
 * handled) is long. V8 gives no collection to call unless the flag that exposes one is set: it is
 * set here, at run time, and a new context picks it up (as jest-leak-detector does).
 */
export function collectAfterLongText(chars: number): void {
  if (chars < LONG_TEXT_CHARS) return;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  const collect = gc;
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = null;
    collect();
  }, COLLECT_DELAY_MS);
  pending.unref();
}
