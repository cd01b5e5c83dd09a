-- The latest verdict's rating and kind, kept on the claim (issue 15): the claims list filters on
-- it with an index instead of a correlated subquery per candidate row.
--
-- Verdicts are append-only; a trigger on verdicts keeps these two columns equal to the newest row
-- (created_at, id) of each claim in the same transaction as the insert, whoever writes it (the
-- data layer, the seed, a bulk script), so they cannot drift from the table they summarise.

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "latest_rating" "Rating",
ADD COLUMN "latest_verdict_kind" "VerdictKind";

ALTER TABLE "claims" ADD CONSTRAINT "claims_latest_verdict_together" CHECK (("latest_rating" IS NULL) = ("latest_verdict_kind" IS NULL));

-- Backfill
UPDATE "claims" c SET "latest_rating" = v."rating", "latest_verdict_kind" = v."kind"
FROM (
  SELECT DISTINCT ON ("claim_id") "claim_id", "rating", "kind" FROM "verdicts" ORDER BY "claim_id", "created_at" DESC, "id" DESC
) v
WHERE v."claim_id" = c."id";

-- Trigger: recompute from the verdicts table for the claim(s) a change touched.
CREATE FUNCTION "claims_sync_latest_verdict"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW."claim_id"];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD."claim_id"];
  ELSE ids := ARRAY[OLD."claim_id", NEW."claim_id"];
  END IF;
  UPDATE "claims" c SET "latest_rating" = l."rating", "latest_verdict_kind" = l."kind"
  FROM (
    SELECT u.id, v."rating", v."kind"
    FROM unnest(ids) AS u(id)
    LEFT JOIN LATERAL (
      SELECT "rating", "kind" FROM "verdicts" WHERE "claim_id" = u.id ORDER BY "created_at" DESC, "id" DESC LIMIT 1
    ) v ON true
  ) l
  WHERE c."id" = l.id
    AND (c."latest_rating" IS DISTINCT FROM l."rating" OR c."latest_verdict_kind" IS DISTINCT FROM l."kind");
  RETURN NULL;
END
$$;

CREATE TRIGGER "verdicts_sync_latest_verdict"
AFTER INSERT OR DELETE OR UPDATE OF "claim_id", "rating", "kind", "created_at" ON "verdicts"
FOR EACH ROW EXECUTE FUNCTION "claims_sync_latest_verdict"();

-- The claims list's filters with few matches seek instead of scanning (lib/data/claim-lists.ts).
CREATE INDEX "claims_latest_rating_status_updated_at_id_idx" ON "claims"("latest_rating", "status", "updated_at", "id") WHERE "latest_rating" IS NOT NULL;
CREATE INDEX "claims_latest_rating_status_score_id_idx" ON "claims"("latest_rating", "status", "score", "id") WHERE "latest_rating" IS NOT NULL;
-- A rating with the default statuses (four of them): one ordered walk, as rated claims are nearly
-- all in the workflow, instead of sorting every claim with that rating.
CREATE INDEX "claims_latest_rating_updated_at_id_idx" ON "claims"("latest_rating", "updated_at", "id") WHERE "latest_rating" IS NOT NULL;
CREATE INDEX "claims_latest_rating_score_id_idx" ON "claims"("latest_rating", "score", "id") WHERE "latest_rating" IS NOT NULL;

-- One person's claims in one status, in either order, seek to exactly those rows: without these,
-- "suggested, assigned to me" (none, since suggestions are never assigned) walked every
-- suggestion in order looking for one (lib/data/claim-lists.ts; scripts/bench-claims.mts).
-- The first also serves "nobody's" (assignee_id IS NULL is an index condition) and the
-- dashboard's per-person counts, which the index it replaces served.
DROP INDEX "claims_assignee_id_status_idx";
CREATE INDEX "claims_assignee_id_status_updated_at_id_idx" ON "claims"("assignee_id", "status", "updated_at", "id");
CREATE INDEX "claims_assignee_id_status_score_id_idx" ON "claims"("assignee_id", "status", "score", "id");
