-- Correcting a misspelled search word (lib/data/search.ts): among the known words trigram
-- similarity finds, the fewest edits wins ("partnr" is one edit from "partner", two from "part",
-- which trigrams alone rank equal). fuzzystrmatch is a contrib extension like pg_trgm (trusted).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
