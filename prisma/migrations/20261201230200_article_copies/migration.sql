-- One original per text (issue 9): the duplicate check held only in application code, so
-- simultaneous imports of the same text each saw no original and all saved one. A second copy
-- stays possible on purpose ("import anyway"): it names its original in copy_of_id.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "copy_of_id" TEXT;

-- Existing duplicates become copies of the oldest article with their text, so the index below
-- can be built on a database that already holds some.
UPDATE "articles" a SET "copy_of_id" = o."id"
  FROM (SELECT DISTINCT ON ("text_hash") "id", "text_hash" FROM "articles" ORDER BY "text_hash", "created_at", "id") o
  WHERE a."text_hash" = o."text_hash" AND a."id" <> o."id";

-- CreateIndex
CREATE INDEX "articles_copy_of_id_idx" ON "articles"("copy_of_id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_copy_of_id_fkey" FOREIGN KEY ("copy_of_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma's schema cannot express a partial unique index): at most one original
-- per text. lib/data/import.ts turns a violation into the CONFLICT that offers the original.
CREATE UNIQUE INDEX "articles_text_hash_original_key" ON "articles"("text_hash") WHERE "copy_of_id" IS NULL;
ALTER TABLE "articles" ADD CONSTRAINT "articles_copy_not_self" CHECK ("copy_of_id" IS NULL OR "copy_of_id" <> "id");
