-- "Assigned to me" with a rating (any status): one ordered seek instead of intersecting two
-- bitmaps and sorting (20-50 ms at 1,000,000 claims, scripts/bench-claims.mts). Partial, like the
-- other rating indexes: only claims with a verdict are in them.
CREATE INDEX "claims_assignee_id_latest_rating_updated_at_id_idx" ON "claims"("assignee_id", "latest_rating", "updated_at", "id") WHERE "latest_rating" IS NOT NULL;
CREATE INDEX "claims_assignee_id_latest_rating_score_id_idx" ON "claims"("assignee_id", "latest_rating", "score", "id") WHERE "latest_rating" IS NOT NULL;
