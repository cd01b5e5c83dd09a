import 'server-only';
import { conflict, notFound, type SavedRecord } from '@/lib/errors';

// The one optimistic lock for claims, sources and fact-checks. Each row carries a version that
// every change bumps; a change names the version its form was loaded with and applies only if
// the row is still there. Never read-then-write without it: two editors would silently
// overwrite each other.

export type Lock = { id: string; version: number };

type Versioned<Row> = {
  /** An updateMany/deleteMany limited to `where`, that bumps the version when it updates. */
  write: (where: Lock) => Promise<{ count: number }>;
  /** The row as it is now (after the write, or instead of it). */
  read: () => Promise<Row | null>;
  /** What a CONFLICT shows of the row. */
  saved: (row: Row) => SavedRecord;
  /** "this claim", for the conflict message. */
  what: string;
  /** "That claim", for the not-found message. */
  missing: string;
};

/**
 * Applies `write` only if the row is still at `lock.version`. A stale version means someone else
 * saved first: CONFLICT, carrying what is saved now so the form can show it beside the input it
 * kept. Returns the row as it is after the write (null for a delete).
 */
export async function writeVersioned<Row>(lock: Lock, op: Versioned<Row>): Promise<Row | null> {
  const { count } = await op.write(lock);
  const now = await op.read();
  if (count === 0) {
    if (!now) throw notFound(op.missing);
    throw conflict(op.saved(now), op.what);
  }
  return now;
}

/** writeVersioned for an update: the row is there afterwards. */
export async function updateVersioned<Row>(lock: Lock, op: Versioned<Row>): Promise<Row> {
  const row = await writeVersioned(lock, op);
  if (!row) throw notFound(op.missing);
  return row;
}
