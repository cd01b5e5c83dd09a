-- Published snapshots (issue 9, items 2 and 7): readers see an immutable copy an editor
-- published, never the workspace. Existing published fact-checks get their first snapshot from
-- prisma/seed.ts (backfillSnapshots in lib/data/snapshots.ts), which runs at every start, and
-- their corrections are attached to it there.

-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('publish', 'update', 'correction');

-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('correction', 'update');

-- AlterTable
ALTER TABLE "corrections" ADD COLUMN     "kind" "CorrectionKind" NOT NULL DEFAULT 'correction',
ADD COLUMN     "snapshot_id" TEXT;

-- CreateTable
CREATE TABLE "fact_check_snapshots" (
    "id" TEXT NOT NULL,
    "fact_check_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "note" TEXT,
    "data" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "article_published_at" DATE,
    "summary" TEXT NOT NULL,
    "by_id" TEXT NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_check_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "corrections_snapshot_id_idx" ON "corrections"("snapshot_id");

-- CreateIndex
CREATE UNIQUE INDEX "fact_check_snapshots_fact_check_id_number_key" ON "fact_check_snapshots"("fact_check_id", "number");

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "fact_check_snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_check_snapshots" ADD CONSTRAINT "fact_check_snapshots_fact_check_id_fkey" FOREIGN KEY ("fact_check_id") REFERENCES "fact_checks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_check_snapshots" ADD CONSTRAINT "fact_check_snapshots_by_id_fkey" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: versions count from 1, and every update or correction carries its note for readers.
ALTER TABLE "fact_check_snapshots" ADD CONSTRAINT "fact_check_snapshots_number_positive" CHECK ("number" >= 1);
ALTER TABLE "fact_check_snapshots" ADD CONSTRAINT "fact_check_snapshots_note_given"
  CHECK ("kind" = 'publish' OR length(btrim(coalesce("note", ''))) > 0);

-- Hand-written: a published snapshot is the public record and is never rewritten. A rule rather
-- than a trigger (the migration runner splits scripts at every semicolon): an UPDATE changes no
-- row, so Prisma's update fails with "record not found" and updateMany reports 0.
CREATE RULE "fact_check_snapshots_immutable" AS ON UPDATE TO "fact_check_snapshots" DO INSTEAD NOTHING;
