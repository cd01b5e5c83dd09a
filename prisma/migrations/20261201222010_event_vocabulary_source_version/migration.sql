-- Closed vocabularies and one optimistic-lock scheme (issue 8).
-- Written by `npm run db:migration`, then edited by hand: the generated SQL dropped and re-added
-- the retyped columns, which would have lost every stored value. ALTER COLUMN … USING keeps them, and
-- the stored strings are the enum labels unchanged ("claim.span" stays "claim.span").

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('factual', 'quote', 'opinion', 'prediction', 'question', 'meta');

-- CreateEnum
CREATE TYPE "EventAction" AS ENUM ('article.import', 'claim.attribution', 'claim.accept', 'claim.dismiss', 'claim.assign', 'claim.propose', 'claim.rule', 'claim.sendBack', 'claim.create', 'claim.span', 'claim.merge', 'claim.split', 'claim.delete', 'claim.included', 'source.create', 'source.update', 'source.delete', 'note.create', 'verdict.propose', 'verdict.rule', 'factcheck.create', 'factcheck.summary', 'factcheck.publish', 'factcheck.republish', 'factcheck.unpublish', 'correction.create', 'user.create', 'user.role', 'user.deactivate', 'user.reactivate');

-- CreateEnum
CREATE TYPE "EventEntity" AS ENUM ('article', 'claim', 'source', 'note', 'verdict', 'factcheck', 'correction', 'user');

-- AlterTable: a stored kind outside the vocabulary fails the cast, and the migration with it.
ALTER TABLE "claims" ALTER COLUMN "kind" TYPE "ClaimKind" USING "kind"::"ClaimKind";

-- AlterTable: sources get the same version counter as claims and fact-checks (was: updated_at).
ALTER TABLE "sources" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "sources" ADD CONSTRAINT "sources_version_positive" CHECK ("version" >= 1);

-- AlterTable: the history's vocabulary. The index on (entity_type, entity_id) is rebuilt by PostgreSQL.
ALTER TABLE "events"
  ALTER COLUMN "action" TYPE "EventAction" USING "action"::"EventAction",
  ALTER COLUMN "entity_type" TYPE "EventEntity" USING "entity_type"::"EventEntity";

-- What an event is about is the part of its action before the dot. Everything readers could see
-- change names its article (the action pipeline refreshes readers' copies from it), and every
-- change to a claim or what hangs off it names the claim (the claim's timeline reads by claim).
UPDATE "events" e SET "article_id" = c."article_id"
  FROM "claims" c WHERE e."article_id" IS NULL AND e."claim_id" = c."id";
ALTER TABLE "events" ADD CONSTRAINT "events_entity_matches_action"
  CHECK (split_part("action"::text, '.', 1) = "entity_type"::text);
ALTER TABLE "events" ADD CONSTRAINT "events_article_named"
  CHECK ("entity_type" = 'user' OR "article_id" IS NOT NULL);
ALTER TABLE "events" ADD CONSTRAINT "events_claim_named"
  CHECK ("entity_type" NOT IN ('claim', 'source', 'note', 'verdict') OR "claim_id" IS NOT NULL);

-- Verdicts: "the verdict in force" filters kind = 'ruled', the lists read the latest of any kind.
-- Both order by (created_at, id).
DROP INDEX "verdicts_claim_id_created_at_idx";
CREATE INDEX "verdicts_claim_id_kind_created_at_id_idx" ON "verdicts"("claim_id", "kind", "created_at", "id");
CREATE INDEX "verdicts_claim_id_created_at_id_idx" ON "verdicts"("claim_id", "created_at", "id");
