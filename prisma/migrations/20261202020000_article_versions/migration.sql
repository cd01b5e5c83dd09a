-- Article versions and re-anchoring (issue 11): every text an article has had is kept, and a new
-- version moves each claim to its words in the new text (lib/anchoring), flagging what changed.

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('exact', 'moved', 'changed', 'orphaned');

-- AlterEnum
ALTER TYPE "EventAction" ADD VALUE 'article.version';
ALTER TYPE "EventAction" ADD VALUE 'claim.reanchor';

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "current_version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "articles" ADD CONSTRAINT "articles_current_version_positive" CHECK ("current_version" >= 1);

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "anchor_status" "AnchorStatus",
ADD COLUMN "anchor_pending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "anchor_similarity" DOUBLE PRECISION,
ADD COLUMN "text_before" TEXT,
ADD COLUMN "needs_recheck" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "claims" ADD CONSTRAINT "claims_anchor_pending_has_status" CHECK (NOT "anchor_pending" OR "anchor_status" IN ('changed', 'orphaned'));
CREATE INDEX "claims_article_id_anchor_pending_idx" ON "claims"("article_id") WHERE "anchor_pending";

-- CreateTable
CREATE TABLE "article_versions" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "raw_input" TEXT NOT NULL,
    "plain_text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "extractor_version" TEXT,
    "imported_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_versions_article_id_number_key" ON "article_versions"("article_id", "number");

-- AddForeignKey
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_number_positive" CHECK ("number" >= 1);

-- Every existing article becomes its own version 1.
INSERT INTO "article_versions" ("id", "article_id", "number", "raw_input", "plain_text", "text_hash", "extractor_version", "imported_by_id", "created_at")
SELECT 'v1_' || "id", "id", 1, "raw_input", "plain_text", "text_hash", "extractor_version", "imported_by_id", "created_at" FROM "articles";

-- Orphaned claims keep the offsets they had in the old text, where nothing shows them: they may
-- overlap the claims of the new text, so the no-overlap rule covers only claims that are placed.
ALTER TABLE "claims" DROP CONSTRAINT "claims_span_no_overlap";
ALTER TABLE "claims" ADD CONSTRAINT "claims_span_no_overlap"
  EXCLUDE USING gist ("article_id" WITH =, int4range("start", "end") WITH &&) WHERE ("anchor_status" IS DISTINCT FROM 'orphaned') DEFERRABLE INITIALLY DEFERRED;
