-- "Checked before?" (lib/data/matching.ts) scans claim_search_own_taken_up_idx four times per
-- sentence. With GIN's fast update (the default), new entries wait in a pending list until a
-- VACUUM or until the list passes gin_pending_list_limit (4 MB), and every scan reads the whole
-- list: with 76 pending pages (2,000 claims taken up since the last VACUUM) a 30-sentence article
-- took 1.5x as long, with 341 pages 3.4x (docs/benchmarks.md, "Archive at a million claims",
-- 2026-12-03). Claims enter this partial index one at a time, as the desk takes them up, so
-- writing each entry straight into the index costs little.
ALTER INDEX "claim_search_own_taken_up_idx" SET (fastupdate = off);
-- Turning it off does not move the entries already pending.
SELECT gin_clean_pending_list('claim_search_own_taken_up_idx'::regclass);
