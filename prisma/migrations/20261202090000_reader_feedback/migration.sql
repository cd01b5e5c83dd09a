-- Reader feedback (issue 13): "Report an error" on a published fact-check or one of its claims,
-- and "Send us a claim to check" (a tip), both sent without an account and triaged by staff at
-- /feedback (lib/data/feedback.ts). Triage is in the history under two entities of its own.

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('new', 'accepted', 'declined');

-- CreateEnum
CREATE TYPE "TipStatus" AS ENUM ('new', 'used', 'declined');

-- AlterEnum
ALTER TYPE "EventAction" ADD VALUE 'report.accept';
ALTER TYPE "EventAction" ADD VALUE 'report.decline';
ALTER TYPE "EventAction" ADD VALUE 'tip.article';
ALTER TYPE "EventAction" ADD VALUE 'tip.claim';
ALTER TYPE "EventAction" ADD VALUE 'tip.decline';

-- AlterEnum
ALTER TYPE "EventEntity" ADD VALUE 'report';
ALTER TYPE "EventEntity" ADD VALUE 'tip';

-- CreateTable
CREATE TABLE "reader_reports" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "fact_check_id" TEXT NOT NULL,
    "claim_id" TEXT,
    "claim_number" INTEGER,
    "what_is_wrong" TEXT NOT NULL,
    "evidence_url" TEXT,
    "email" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'new',
    "decline_reason" TEXT,
    "correction_id" TEXT,
    "triaged_by_id" TEXT,
    "triaged_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reader_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tips" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "claim_text" TEXT NOT NULL,
    "seen_at_url" TEXT,
    "email" TEXT,
    "status" "TipStatus" NOT NULL DEFAULT 'new',
    "decline_reason" TEXT,
    "article_id" TEXT,
    "claim_id" TEXT,
    "triaged_by_id" TEXT,
    "triaged_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tips_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reader_reports_reference_key" ON "reader_reports"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "reader_reports_correction_id_key" ON "reader_reports"("correction_id");

-- CreateIndex
CREATE INDEX "reader_reports_status_created_at_idx" ON "reader_reports"("status", "created_at");

-- CreateIndex
CREATE INDEX "reader_reports_fact_check_id_idx" ON "reader_reports"("fact_check_id");

-- CreateIndex
CREATE UNIQUE INDEX "tips_reference_key" ON "tips"("reference");

-- CreateIndex
CREATE INDEX "tips_status_created_at_idx" ON "tips"("status", "created_at");

-- AddForeignKey
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_fact_check_id_fkey" FOREIGN KEY ("fact_check_id") REFERENCES "fact_checks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_correction_id_fkey" FOREIGN KEY ("correction_id") REFERENCES "corrections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_triaged_by_id_fkey" FOREIGN KEY ("triaged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tips" ADD CONSTRAINT "tips_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tips" ADD CONSTRAINT "tips_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tips" ADD CONSTRAINT "tips_triaged_by_id_fkey" FOREIGN KEY ("triaged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The same limits as the forms' schemas (lib/validation/feedback.ts), and the same version rule
-- as every other optimistically locked row. char_length counts code points, JavaScript UTF-16
-- units, so the schema always refuses first.
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_version_positive" CHECK ("version" >= 1);
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_what_length" CHECK (char_length(btrim("what_is_wrong")) BETWEEN 1 AND 2000);
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_evidence_length" CHECK (char_length("evidence_url") <= 2000);
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_email_length" CHECK (char_length("email") <= 254);
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_claim_number_positive" CHECK ("claim_number" >= 1);
ALTER TABLE "tips" ADD CONSTRAINT "tips_version_positive" CHECK ("version" >= 1);
ALTER TABLE "tips" ADD CONSTRAINT "tips_claim_text_length" CHECK (char_length(btrim("claim_text")) BETWEEN 1 AND 1000);
ALTER TABLE "tips" ADD CONSTRAINT "tips_seen_at_length" CHECK (char_length("seen_at_url") <= 2000);
ALTER TABLE "tips" ADD CONSTRAINT "tips_email_length" CHECK (char_length("email") <= 254);

-- Triaged means when is known, and declined means a reason was written (and only then). Who
-- triaged is not tied to the status: an account removed later leaves the row triaged.
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_triaged_when"
  CHECK (("status" = 'new') = ("triaged_at" IS NULL));
ALTER TABLE "reader_reports" ADD CONSTRAINT "reader_reports_decline_reason"
  CHECK (("status" = 'declined') = ("decline_reason" IS NOT NULL AND char_length(btrim("decline_reason")) BETWEEN 1 AND 1000));
ALTER TABLE "tips" ADD CONSTRAINT "tips_triaged_when"
  CHECK (("status" = 'new') = ("triaged_at" IS NULL));
ALTER TABLE "tips" ADD CONSTRAINT "tips_decline_reason"
  CHECK (("status" = 'declined') = ("decline_reason" IS NOT NULL AND char_length(btrim("decline_reason")) BETWEEN 1 AND 1000));

-- A report's events name its fact-check's article (accepting one changes what readers see). A
-- tip names the article it became, and no article when it is declined. The new entity is compared
-- as text: a value added to an enum cannot be used as one before its transaction commits.
ALTER TABLE "events" DROP CONSTRAINT "events_article_named";
ALTER TABLE "events" ADD CONSTRAINT "events_article_named"
  CHECK ("entity_type"::text IN ('user', 'sitepage', 'tip') OR "article_id" IS NOT NULL);
