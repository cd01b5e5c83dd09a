-- The same document as 20261202140200's, with verdict explanations, sources and notes joined in
-- the order they were written: without ORDER BY their order followed the query plan, so the same
-- claim could get a document that differs byte for byte (not in its words or weights).
CREATE OR REPLACE FUNCTION claim_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  WITH c AS (
    SELECT id, article_id, text, claimant, summary FROM claims WHERE id = ANY (ids)
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
  )
  INSERT INTO claim_search (claim_id, document)
  SELECT c.id,
         setweight(to_tsvector('english', c.text || ' ' || coalesce(c.claimant, '') || ' ' || coalesce(c.summary, '')), 'A') ||
         art.v ||
         setweight(to_tsvector('english', coalesce(ver.t, '') || ' ' || coalesce(src.t, '')), 'C') ||
         setweight(to_tsvector('english', coalesce(nts.t, '')), 'D')
  FROM c
  JOIN art ON art.id = c.article_id
  LEFT JOIN ver ON ver.claim_id = c.id
  LEFT JOIN src ON src.claim_id = c.id
  LEFT JOIN nts ON nts.claim_id = c.id
  ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document
$$;
