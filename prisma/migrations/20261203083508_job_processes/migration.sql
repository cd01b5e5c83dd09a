-- Queue workers' liveness (lib/jobs/liveness.ts): each server process with workers keeps a row here and
-- beats; the jobs of a process that stops beating are released to the others (graphile-worker
-- itself waits 4 hours).
-- CreateTable
CREATE TABLE "job_processes" (
    "id" TEXT NOT NULL,
    "worker_ids" TEXT[],
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "beat_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_processes_pkey" PRIMARY KEY ("id")
);
