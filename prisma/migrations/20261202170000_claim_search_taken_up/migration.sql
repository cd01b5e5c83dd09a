-- "Checked before?" at a million claims (issue 10, docs/benchmarks.md "Archive at a million
-- claims"): candidates came from the documents' GIN index, then each was joined to its claim to
-- keep those the desk took up (a quarter of claims), and the ':A' weights of the query made the
-- index recheck every document holding a word in any weight (its title, verdicts, notes). Now
-- whether the desk took the claim up (status open, researching, in review or ruled) is kept beside
-- the document, and for taken-up claims their own words (what the document weighs A: text,
-- claimant and summary, unweighted) and their text, for the trigram ranking; other claims keep
-- them empty. A partial GIN index over the taken-up claims' own words answers the candidate query
-- without touching claims. The claim's status is kept too, so that search (lib/data/search-sql.ts)
-- leaves out dismissed claims without reading each matching claim. All of it is written in the
-- transaction that changes the claim.

ALTER TABLE "claim_search" ADD COLUMN "status" "ClaimStatus" NOT NULL DEFAULT 'suggested';
ALTER TABLE "claim_search" ADD COLUMN "taken_up" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "claim_search" ADD COLUMN "own" tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE "claim_search" ADD COLUMN "text" TEXT NOT NULL DEFAULT '';

-- The document as 20261202150200's, and the four new columns.
CREATE OR REPLACE FUNCTION claim_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  WITH c AS (
    SELECT id, article_id, text, claimant, summary, status FROM claims WHERE id = ANY (ids)
  ), art AS (
    SELECT a.id, setweight(to_tsvector('english', a.title || ' ' || coalesce(a.publisher, '')), 'B') AS v
    FROM articles a WHERE a.id IN (SELECT article_id FROM c)
  ), ver AS (
    SELECT claim_id, string_agg(explanation, ' ' ORDER BY created_at, id) AS t FROM verdicts WHERE claim_id = ANY (ids) GROUP BY claim_id
  ), src AS (
    SELECT claim_id, string_agg(title || ' ' || coalesce(publisher, '') || ' ' || coalesce(excerpt, ''), ' ' ORDER BY created_at, id) AS t
    FROM sources WHERE claim_id = ANY (ids) GROUP BY claim_id
  ), nts AS (
    SELECT claim_id, string_agg(body, ' ' ORDER BY created_at, id) AS t FROM notes WHERE claim_id = ANY (ids) GROUP BY claim_id
  ), o AS (
    SELECT c.*, to_tsvector('english', c.text || ' ' || coalesce(c.claimant, '') || ' ' || coalesce(c.summary, '')) AS own,
           c.status IN ('open', 'researching', 'in_review', 'ruled') AS taken_up
    FROM c
  )
  INSERT INTO claim_search (claim_id, document, status, own, taken_up, text)
  SELECT o.id,
         setweight(o.own, 'A') ||
         art.v ||
         setweight(to_tsvector('english', coalesce(ver.t, '') || ' ' || coalesce(src.t, '')), 'C') ||
         setweight(to_tsvector('english', coalesce(nts.t, '')), 'D'),
         o.status,
         CASE WHEN o.taken_up THEN o.own ELSE ''::tsvector END,
         o.taken_up,
         CASE WHEN o.taken_up THEN o.text ELSE '' END
  FROM o
  JOIN art ON art.id = o.article_id
  LEFT JOIN ver ON ver.claim_id = o.id
  LEFT JOIN src ON src.claim_id = o.id
  LEFT JOIN nts ON nts.claim_id = o.id
  ON CONFLICT (claim_id) DO UPDATE
  SET document = EXCLUDED.document, status = EXCLUDED.status, own = EXCLUDED.own, taken_up = EXCLUDED.taken_up, text = EXCLUDED.text
$$;

-- A claim's new status, in the same transaction; when it is taken up or put down (back to
-- suggested, dismissed), its own words and text as claim_search_refresh writes them, without
-- recomputing the document.
CREATE FUNCTION claim_search_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t boolean := NEW.status IN ('open', 'researching', 'in_review', 'ruled');
BEGIN
  IF t IS DISTINCT FROM (OLD.status IN ('open', 'researching', 'in_review', 'ruled')) THEN
    UPDATE claim_search
    SET status = NEW.status,
        taken_up = t,
        own = CASE WHEN t THEN to_tsvector('english', NEW.text || ' ' || coalesce(NEW.claimant, '') || ' ' || coalesce(NEW.summary, ''))
                   ELSE ''::tsvector END,
        text = CASE WHEN t THEN NEW.text ELSE '' END
    WHERE claim_id = NEW.id;
  ELSE
    UPDATE claim_search SET status = NEW.status WHERE claim_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claim_search_status_changed AFTER UPDATE OF status ON claims FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION claim_search_status_changed();

-- Existing claims: the values claim_search_refresh writes (setweight(own, 'A') is the document's
-- A part, so the documents themselves do not change).
UPDATE claim_search s
SET status = c.status,
    taken_up = c.status IN ('open', 'researching', 'in_review', 'ruled'),
    own = CASE WHEN c.status IN ('open', 'researching', 'in_review', 'ruled')
               THEN to_tsvector('english', c.text || ' ' || coalesce(c.claimant, '') || ' ' || coalesce(c.summary, ''))
               ELSE ''::tsvector END,
    text = CASE WHEN c.status IN ('open', 'researching', 'in_review', 'ruled') THEN c.text ELSE '' END
FROM claims c
WHERE c.id = s.claim_id;

CREATE INDEX "claim_search_own_taken_up_idx" ON "claim_search" USING gin ("own") WHERE "taken_up";
