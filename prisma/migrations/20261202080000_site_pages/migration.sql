-- Transparency pages (issue 13): /about, /methodology and /corrections-policy, Markdown that admins
-- write in the app (lib/data/site-pages.ts), rendered sanitized. The seed writes their defaults.

-- Editing one is in the history, under its own entity: a page of the site, not of a fact-check.
ALTER TYPE "EventAction" ADD VALUE 'sitepage.update';
ALTER TYPE "EventEntity" ADD VALUE 'sitepage';

-- CreateEnum
CREATE TYPE "SitePageSlug" AS ENUM ('about', 'methodology', 'corrections-policy');

-- CreateTable
CREATE TABLE "site_pages" (
    "slug" "SitePageSlug" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "site_pages_pkey" PRIMARY KEY ("slug")
);

-- AddForeignKey
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The same limits as the form's schema (lib/validation/site-pages.ts), and the same version rule
-- as every other optimistically locked row. char_length counts code points, JavaScript UTF-16
-- units, so the schema always refuses first.
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_version_positive" CHECK ("version" >= 1);
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_title_length" CHECK (char_length(btrim("title")) BETWEEN 1 AND 120);
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_body_length" CHECK (char_length("body") <= 50000);

-- A site page's events name no article (no fact-check changes with it), like an account's. The
-- new entity is compared as text: a value added to an enum cannot be used as one before its
-- transaction commits.
ALTER TABLE "events" DROP CONSTRAINT "events_article_named";
ALTER TABLE "events" ADD CONSTRAINT "events_article_named"
  CHECK ("entity_type"::text IN ('user', 'sitepage') OR "article_id" IS NOT NULL);
