import 'server-only';
import { db } from '@/lib/db';

// The job that keeps search_words (migration 20261202150000): the words of claims whose search
// document is marked pending, a batch at a time, until none is left. It runs in the queue named
// "search-words", so one runs at a time across all instances: the table has a single writer, and
// no change ever waits on another's new words. A claim refreshed while its batch is being read
// waits for the batch's row lock, then is pending again and read in the next batch.

const BATCH = 5000;

/** Reads every pending claim's words into search_words; returns how many claims it read. */
export async function indexSearchWords(): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      WITH batch AS (
        SELECT claim_id FROM claim_search WHERE words_pending ORDER BY claim_id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
      ), words AS (
        INSERT INTO search_words (word, claims)
        SELECT w, count(*)::int FROM batch JOIN claims c ON c.id = batch.claim_id
        CROSS JOIN LATERAL search_words_of(c.text || ' ' || coalesce(c.claimant, '')) w
        GROUP BY w ORDER BY w
        ON CONFLICT (word) DO UPDATE SET claims = search_words.claims + EXCLUDED.claims
      ), done AS (
        UPDATE claim_search s SET words_pending = false FROM batch WHERE s.claim_id = batch.claim_id
      )
      SELECT count(*)::int AS n FROM batch`;
    const n = row?.n ?? 0;
    total += n;
    if (n < BATCH) return total;
  }
}
