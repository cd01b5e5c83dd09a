-- Who a claim is attributed to, as the extractor reads it (issue 12): the claimant's kind
-- (one person, a body, a plural group), office or role, the words the text itself uses for them
-- ("Ms Romero", "he"), and the sentence of the article that disputes the claim, if any.
-- ClaimReview types the claimant from claimant_type instead of guessing from the name.

-- CreateEnum
CREATE TYPE "ClaimantType" AS ENUM ('person', 'organisation', 'group');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "claimant_type" "ClaimantType",
ADD COLUMN "claimant_role" TEXT,
ADD COLUMN "claimant_mention" TEXT,
ADD COLUMN "disputed_by" TEXT;
