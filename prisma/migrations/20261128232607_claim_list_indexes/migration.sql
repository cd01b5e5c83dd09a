-- DropIndex
DROP INDEX "claims_status_id_idx";

-- CreateIndex
CREATE INDEX "claims_updated_at_id_idx" ON "claims"("updated_at", "id");

-- CreateIndex
CREATE INDEX "claims_score_id_idx" ON "claims"("score", "id");

-- CreateIndex
CREATE INDEX "claims_status_updated_at_id_idx" ON "claims"("status", "updated_at", "id");

-- CreateIndex
CREATE INDEX "claims_status_score_id_idx" ON "claims"("status", "score", "id");

-- CreateIndex
CREATE INDEX "claims_assignee_id_updated_at_id_idx" ON "claims"("assignee_id", "updated_at", "id");
