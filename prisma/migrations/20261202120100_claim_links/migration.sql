-- "Checked before?" (issue 10): an editor links a claim to an earlier one that says the same
-- thing. A link records who made it and when; unlinking keeps the row (who and when it ended),
-- and both are in the claim's history. A claim linked to a ruled one may take over that verdict
-- as its own proposal, with its sources (lib/data/claim-links.ts).

-- AlterEnum
ALTER TYPE "EventAction" ADD VALUE 'claim.link';
ALTER TYPE "EventAction" ADD VALUE 'claim.unlink';
ALTER TYPE "EventAction" ADD VALUE 'claim.takeOver';

-- CreateTable
CREATE TABLE "claim_links" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "linked_claim_id" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_by_id" TEXT,
    "removed_at" TIMESTAMP(3),

    CONSTRAINT "claim_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_links_claim_id_idx" ON "claim_links"("claim_id");

-- CreateIndex
CREATE INDEX "claim_links_linked_claim_id_idx" ON "claim_links"("linked_claim_id");

-- One live link per pair; a claim is never linked to itself; removal says who and when together.
CREATE UNIQUE INDEX "claim_links_live_pair_key" ON "claim_links"("claim_id", "linked_claim_id") WHERE "removed_at" IS NULL;
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_not_self" CHECK ("claim_id" <> "linked_claim_id");
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_removed_by" CHECK (("removed_at" IS NULL) = ("removed_by_id" IS NULL));

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_linked_claim_id_fkey" FOREIGN KEY ("linked_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
