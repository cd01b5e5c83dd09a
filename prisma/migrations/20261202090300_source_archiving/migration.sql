-- The publishing checklist's evidence items (issue 13): every source has an archived copy or says
-- why it cannot have one; every claim has a primary source (primary document, official
-- statement or dataset) or says why none exists.
ALTER TABLE "sources" ADD COLUMN "not_archivable_reason" TEXT;
ALTER TABLE "sources" ADD CONSTRAINT "sources_not_archivable_reason_length"
  CHECK ("not_archivable_reason" IS NULL OR char_length("not_archivable_reason") BETWEEN 5 AND 500);
ALTER TABLE "claims" ADD COLUMN "no_primary_source_reason" TEXT;
ALTER TABLE "claims" ADD CONSTRAINT "claims_no_primary_source_reason_length"
  CHECK ("no_primary_source_reason" IS NULL OR char_length("no_primary_source_reason") BETWEEN 5 AND 500);

ALTER TYPE "EventAction" ADD VALUE 'claim.primarySource';
