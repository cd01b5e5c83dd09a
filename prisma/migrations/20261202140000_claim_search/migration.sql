-- Search (issue 10): one full-text document per claim, in its own table so the claims table (and
-- its many indexes) is not rewritten whenever a note or a source is added. The document weighs
-- what the claim says and who said it (A), its article's title and publisher (B), verdict
-- explanations and sources (C) and staff notes (D); /search and GET /api/claims/search match it
-- with a tsquery on the GIN index below and rank with ts_rank_cd (lib/data/search.ts).
-- Triggers keep it in step inside the transaction that changed any of those, so a search never
-- misses a committed change and never sees an uncommitted one.

CREATE TABLE "claim_search" (
    "claim_id" TEXT NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "claim_search_pkey" PRIMARY KEY ("claim_id")
);

ALTER TABLE "claim_search" ADD CONSTRAINT "claim_search_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "claim_search_document_idx" ON "claim_search" USING gin ("document");

-- Claimant names for misspelled names (the claims' text has its trigram index already).
CREATE INDEX "claims_claimant_trgm_idx" ON "claims" USING gin ("claimant" gin_trgm_ops);

CREATE FUNCTION claim_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO claim_search (claim_id, document)
  SELECT c.id,
         setweight(to_tsvector('english', c.text || ' ' || coalesce(c.claimant, '') || ' ' || coalesce(c.summary, '')), 'A') ||
         setweight(to_tsvector('english', a.title || ' ' || coalesce(a.publisher, '')), 'B') ||
         setweight(to_tsvector('english',
           coalesce((SELECT string_agg(v.explanation, ' ') FROM verdicts v WHERE v.claim_id = c.id), '') || ' ' ||
           coalesce((SELECT string_agg(s.title || ' ' || coalesce(s.publisher, '') || ' ' || coalesce(s.excerpt, ''), ' ')
                     FROM sources s WHERE s.claim_id = c.id), '')), 'C') ||
         setweight(to_tsvector('english', coalesce((SELECT string_agg(n.body, ' ') FROM notes n WHERE n.claim_id = c.id), '')), 'D')
  FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE c.id = ANY (ids)
  ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document
$$;

-- New claims: once per statement (an import inserts thousands in one).
CREATE FUNCTION claim_search_claims_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_search_refresh(ARRAY(SELECT id FROM new_claims));
  RETURN NULL;
END $$;
CREATE TRIGGER claim_search_claims_inserted AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claim_search_claims_inserted();

CREATE FUNCTION claim_search_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_search_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER claim_search_claim_changed AFTER UPDATE OF text, claimant, summary ON claims FOR EACH ROW
  WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.claimant IS DISTINCT FROM NEW.claimant OR OLD.summary IS DISTINCT FROM NEW.summary)
  EXECUTE FUNCTION claim_search_claim_changed();

CREATE FUNCTION claim_search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_search_refresh(ARRAY(SELECT id FROM claims WHERE article_id = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER claim_search_article_changed AFTER UPDATE OF title, publisher ON articles FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.publisher IS DISTINCT FROM NEW.publisher)
  EXECUTE FUNCTION claim_search_article_changed();

-- Verdicts, sources and notes: the claim they hang off (a deleted claim's rows find no claim).
CREATE FUNCTION claim_search_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM claim_search_refresh(ARRAY[OLD.claim_id]);
  ELSE
    PERFORM claim_search_refresh(ARRAY[NEW.claim_id]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claim_search_verdicts AFTER INSERT OR DELETE ON verdicts FOR EACH ROW EXECUTE FUNCTION claim_search_part_changed();
CREATE TRIGGER claim_search_sources AFTER INSERT OR UPDATE OR DELETE ON sources FOR EACH ROW EXECUTE FUNCTION claim_search_part_changed();
CREATE TRIGGER claim_search_notes AFTER INSERT OR UPDATE OR DELETE ON notes FOR EACH ROW EXECUTE FUNCTION claim_search_part_changed();

SELECT claim_search_refresh(ARRAY(SELECT id FROM claims));

-- Saved views now name searches too.
ALTER TABLE "saved_views" DROP CONSTRAINT "saved_views_path";
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_path" CHECK ("path" IN ('/claims', '/search'));
