-- The search documents of many claims at once (an import writes thousands in one statement):
-- each article's title and publisher are read and parsed once, not once per claim, and verdicts,
-- sources and notes are gathered with one grouped scan each instead of three subqueries per claim.
-- The document is the same as 20261202140000's.
CREATE OR REPLACE FUNCTION claim_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  WITH c AS (
    SELECT id, article_id, text, claimant, summary FROM claims WHERE id = ANY (ids)
  ), art AS (
    SELECT a.id, setweight(to_tsvector('english', a.title || ' ' || coalesce(a.publisher, '')), 'B') AS v
    FROM articles a WHERE a.id IN (SELECT article_id FROM c)
  ), ver AS (
    SELECT claim_id, string_agg(explanation, ' ') AS t FROM verdicts WHERE claim_id = ANY (ids) GROUP BY claim_id
  ), src AS (
    SELECT claim_id, string_agg(title || ' ' || coalesce(publisher, '') || ' ' || coalesce(excerpt, ''), ' ') AS t
    FROM sources WHERE claim_id = ANY (ids) GROUP BY claim_id
  ), nts AS (
    SELECT claim_id, string_agg(body, ' ') AS t FROM notes WHERE claim_id = ANY (ids) GROUP BY claim_id
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
