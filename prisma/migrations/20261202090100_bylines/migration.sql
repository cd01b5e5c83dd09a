-- Bylines (issue 13): who checked the claims and who edited the fact-check, as readers see them on
-- the page and in the markup (ClaimReview contributor / editor). Written by an editor on the
-- publish page (suggested from who worked on the claims); published with the next version.
ALTER TABLE "fact_checks" ADD COLUMN "checker_names" TEXT[] NOT NULL DEFAULT '{}',
ADD COLUMN "editor_name" TEXT;
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_bylines_size"
  CHECK (cardinality("checker_names") <= 20 AND ("editor_name" IS NULL OR char_length("editor_name") BETWEEN 1 AND 120));

ALTER TYPE "EventAction" ADD VALUE 'factcheck.bylines';
