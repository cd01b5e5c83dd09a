-- Retractions, the demo flag and editable article details (issue 13).

-- Editing an article's title, publisher, address and date is in the history.
ALTER TYPE "EventAction" ADD VALUE 'article.details';

-- The article's details are edited on the publish page with their own optimistic lock (the text
-- has current_version). is_demo is set by the development seed on its demo article only: the
-- reader's page says "Demo content" from it, never from the sources' addresses.
ALTER TABLE "articles" ADD COLUMN "details_version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "is_demo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "articles" ADD CONSTRAINT "articles_details_version_positive" CHECK ("details_version" >= 1);

-- Unpublishing is a retraction with a reason readers see (the page answers 410 with it).
-- Republishing clears both. Fact-checks unpublished before this migration have neither and stay a
-- plain 404: nobody wrote a reason for them, and we do not invent one.
ALTER TABLE "fact_checks" ADD COLUMN "retracted_at" TIMESTAMP(3),
ADD COLUMN "retraction_reason" TEXT;
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_retraction_complete"
  CHECK (("retracted_at" IS NULL) = ("retraction_reason" IS NULL));
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_retraction_unpublished"
  CHECK ("retracted_at" IS NULL OR "status" = 'unpublished');
