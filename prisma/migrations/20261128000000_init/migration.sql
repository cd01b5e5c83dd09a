-- CreateEnum
CREATE TYPE "Role" AS ENUM ('journalist', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('suggested', 'open', 'dismissed', 'researching', 'in_review', 'ruled');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('primary_document', 'official_statement', 'dataset', 'news_report', 'expert', 'social_post', 'other');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'contradicts', 'context');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('true', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false', 'unverified');

-- CreateEnum
CREATE TYPE "VerdictKind" AS ENUM ('proposed', 'ruled');

-- CreateEnum
CREATE TYPE "FactCheckStatus" AS ENUM ('draft', 'published', 'unpublished');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published_at" DATE,
    "raw_input" TEXT NOT NULL,
    "plain_text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "extractor_version" TEXT,
    "imported_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_links" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "article_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "claimant" TEXT,
    "cue" TEXT,
    "kind" TEXT,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "flag_unverified" BOOLEAN NOT NULL DEFAULT false,
    "flag_disputed" BOOLEAN NOT NULL DEFAULT false,
    "status" "ClaimStatus" NOT NULL DEFAULT 'suggested',
    "recommended" BOOLEAN NOT NULL DEFAULT false,
    "included" BOOLEAN NOT NULL DEFAULT true,
    "assignee_id" TEXT,
    "created_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "type" "SourceType" NOT NULL,
    "stance" "Stance" NOT NULL,
    "excerpt" TEXT,
    "accessed_at" DATE,
    "archive_url" TEXT,
    "added_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notes" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdicts" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "kind" "VerdictKind" NOT NULL,
    "rating" "Rating" NOT NULL,
    "explanation" TEXT NOT NULL,
    "attribution_confirmed" BOOLEAN NOT NULL,
    "by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fact_checks" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "FactCheckStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "fact_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections" (
    "id" TEXT NOT NULL,
    "fact_check_id" TEXT NOT NULL,
    "claim_id" TEXT,
    "what_changed" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "article_id" TEXT,
    "claim_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "login_attempts_email_at_idx" ON "login_attempts"("email", "at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts"("ip", "at");

-- CreateIndex
CREATE INDEX "articles_text_hash_idx" ON "articles"("text_hash");

-- CreateIndex
CREATE INDEX "articles_created_at_idx" ON "articles"("created_at");

-- CreateIndex
CREATE INDEX "article_links_article_id_start_idx" ON "article_links"("article_id", "start");

-- CreateIndex
CREATE INDEX "claims_article_id_start_idx" ON "claims"("article_id", "start");

-- CreateIndex
CREATE INDEX "claims_status_id_idx" ON "claims"("status", "id");

-- CreateIndex
CREATE INDEX "claims_assignee_id_status_idx" ON "claims"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "sources_claim_id_idx" ON "sources"("claim_id");

-- CreateIndex
CREATE INDEX "notes_claim_id_created_at_idx" ON "notes"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "verdicts_claim_id_created_at_idx" ON "verdicts"("claim_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "fact_checks_article_id_key" ON "fact_checks"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "fact_checks_slug_key" ON "fact_checks"("slug");

-- CreateIndex
CREATE INDEX "fact_checks_status_published_at_idx" ON "fact_checks"("status", "published_at");

-- CreateIndex
CREATE INDEX "corrections_fact_check_id_created_at_idx" ON "corrections"("fact_check_id", "created_at");

-- CreateIndex
CREATE INDEX "events_claim_id_at_idx" ON "events"("claim_id", "at");

-- CreateIndex
CREATE INDEX "events_article_id_at_idx" ON "events"("article_id", "at");

-- CreateIndex
CREATE INDEX "events_entity_type_entity_id_idx" ON "events"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_links" ADD CONSTRAINT "article_links_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_by_id_fkey" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_fact_check_id_fkey" FOREIGN KEY ("fact_check_id") REFERENCES "fact_checks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_by_id_fkey" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity the Prisma schema language cannot express (written by hand, Prisma leaves these alone).
-- A claim's span is a non-empty range inside its article, and no two claims of one article overlap.
-- Deferred so that a merge or split, which moves two spans in one transaction, is checked at commit.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "claims" ADD CONSTRAINT "claims_span_valid" CHECK ("start" >= 0 AND "start" < "end");
ALTER TABLE "claims" ADD CONSTRAINT "claims_span_no_overlap"
  EXCLUDE USING gist ("article_id" WITH =, int4range("start", "end") WITH &&) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "article_links" ADD CONSTRAINT "article_links_span_valid" CHECK ("start" >= 0 AND "start" <= "end");
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_positive" CHECK ("version" >= 1);
