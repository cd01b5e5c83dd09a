-- "Checked before?" (issue 10): earlier claims that say the same thing as a sentence are found by
-- trigram similarity on their words (pg_trgm, a contrib extension: trusted, so the database's
-- owner may create it), then re-ranked in lib/matching with their numbers and names
-- (lib/data/matching.ts). The GIN index serves the `%` similarity operator.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "claims_text_trgm_idx" ON "claims" USING gin ("text" gin_trgm_ops);
