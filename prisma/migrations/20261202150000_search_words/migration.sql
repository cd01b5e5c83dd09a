-- Misspelled searches (issue 10): the words claims and claimants use, each once, so a word no
-- claim has ("hosiptal") is corrected to the closest known word by trigram similarity on this
-- small table, then searched as usual (lib/data/search.ts). Comparing the misspelling with every
-- claim's text instead took seconds at a million claims (docs/benchmarks.md).
-- The table is written only by one queued job at a time (lib/jobs/search-words.ts, graphile
-- queue "search-words"), never by the changes themselves: imports running side by side would
-- otherwise wait on each other's new words, and could deadlock. Claims whose words are not yet
-- in it are marked on their search document; a trigger queues the job (deduplicated by its key).

CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,
    -- How many claims were seen with it (approximate: a claim whose text changes is counted again).
    "claims" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);

ALTER TABLE "claim_search" ADD COLUMN "words_pending" BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX "claim_search_words_pending_idx" ON "claim_search" ("claim_id") WHERE "words_pending";

-- The words of a claim as the table keeps them: lower case, unstemmed, at least three letters, not numbers.
CREATE FUNCTION search_words_of(body text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', body))) w
  WHERE length(w) BETWEEN 3 AND 40 AND w ~ '[[:alpha:]]' AND w !~ '[[:digit:]]'
$$;

-- Queues the job that reads pending claims' words (one pending job at most: its key).
CREATE FUNCTION search_words_queue() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF to_regnamespace('graphile_worker') IS NOT NULL THEN
    PERFORM graphile_worker.add_job('search_words', '{}'::json, queue_name => 'search-words', run_at => now() + interval '2 seconds',
                                     job_key => 'search_words', job_key_mode => 'preserve_run_at');
  END IF;
END $$;

-- A document written or rewritten because the claim's words changed is pending again.
CREATE OR REPLACE FUNCTION claim_search_claims_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_search_refresh(ARRAY(SELECT id FROM new_claims));
  PERFORM search_words_queue();
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION claim_search_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_search_refresh(ARRAY[NEW.id]);
  IF OLD.text IS DISTINCT FROM NEW.text OR OLD.claimant IS DISTINCT FROM NEW.claimant THEN
    UPDATE claim_search SET words_pending = true WHERE claim_id = NEW.id;
    PERFORM search_words_queue();
  END IF;
  RETURN NULL;
END $$;

-- Claims already there are pending: queue their reading (where the queue exists yet).
SELECT search_words_queue();
