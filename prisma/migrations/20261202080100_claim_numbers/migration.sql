-- Stable claim numbers, a short summary per claim and the article's language (issues 13 and 14).
--
-- A claim's number is its name within its article ("claim 7"), on the workspace and on the
-- reader's page (/fact-checks/<slug>/claims/7). It is never reused: articles.claim_seq is the last
-- number the article issued, and every new number comes from bumping it, which also serialises
-- concurrent inserts on the same article (the row lock). A merge or split retires the old numbers
-- (kept in former_numbers, so an old address still finds the claim) and issues new ones.

ALTER TABLE "articles" ADD COLUMN "claim_seq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "articles" ADD CONSTRAINT "articles_language_tag" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

ALTER TABLE "claims" ADD COLUMN "number" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "former_numbers" INTEGER[] NOT NULL DEFAULT '{}',
ADD COLUMN "summary" TEXT;

-- Backfill: today's claims in the order readers see them (by position in the text).
UPDATE "claims" c SET "number" = n.rn
FROM (SELECT "id", row_number() OVER (PARTITION BY "article_id" ORDER BY "start", "id") AS rn FROM "claims") n
WHERE n."id" = c."id";
UPDATE "articles" a SET "claim_seq" = m.seq
FROM (SELECT "article_id", max("number") AS seq FROM "claims" GROUP BY "article_id") m
WHERE m."article_id" = a."id";

-- A claim inserted without a number (0, the column's default: added from a selection, the second
-- part of a split, a test or a script) gets the article's next one; bulk imports number their
-- claims themselves and set claim_seq once (lib/data/import-write.ts).
CREATE FUNCTION "claims_issue_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."number" = 0 THEN
    UPDATE "articles" SET "claim_seq" = "claim_seq" + 1 WHERE "id" = NEW."article_id" RETURNING "claim_seq" INTO NEW."number";
    -- No such article: any valid number, so the foreign key is what reports it.
    IF NOT FOUND THEN NEW."number" := 1; END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "claims_issue_number" BEFORE INSERT ON "claims" FOR EACH ROW EXECUTE FUNCTION "claims_issue_number"();

ALTER TABLE "claims" ADD CONSTRAINT "claims_number_positive" CHECK ("number" >= 1);
ALTER TABLE "claims" ADD CONSTRAINT "claims_summary_length" CHECK ("summary" IS NULL OR char_length("summary") BETWEEN 1 AND 200);
CREATE UNIQUE INDEX "claims_article_id_number_key" ON "claims"("article_id", "number");

-- Editing the short summary is in the history.
ALTER TYPE "EventAction" ADD VALUE 'claim.summary';
