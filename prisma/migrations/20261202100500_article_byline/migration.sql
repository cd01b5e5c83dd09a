-- The article's byline (issue 14, import details): who wrote it, as the article says ("Jane Doe and
-- John Roe", "Jane Doe, Reuters"). Prefilled at import from the extractor and edited with the other
-- article details; ClaimReview names its people as the authors of the article the claim appeared in.
ALTER TABLE "articles" ADD COLUMN "byline" TEXT;
ALTER TABLE "articles" ADD CONSTRAINT "articles_byline_length"
  CHECK ("byline" IS NULL OR char_length("byline") BETWEEN 1 AND 300);
