-- The desk's day (issue 14): notifications and webhooks. Both are fanned out from the history as
-- it is written (lib/data/fan-out.ts), in the transaction of the change: a notification or a
-- delivery exists exactly when its change committed. Sending (webhook deliveries, emails) is done
-- by the graphile-worker queue, whose schema scripts/migrate.mjs installs after these migrations.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('assigned', 'sent_back', 'proposal', 'ruled', 'report', 'tip');

-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('json', 'slack');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'delivered', 'failed');

-- AlterEnum
ALTER TYPE "EventAction" ADD VALUE 'webhook.create';
ALTER TYPE "EventAction" ADD VALUE 'webhook.update';

-- AlterEnum
ALTER TYPE "EventEntity" ADD VALUE 'webhook';

-- Each person chooses which kinds they hear about, and whether by email too (when SMTP is set up).
ALTER TABLE "users" ADD COLUMN "notify_muted" "NotificationKind"[] NOT NULL DEFAULT ARRAY[]::"NotificationKind"[],
ADD COLUMN "notify_email" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "event_id" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhooks" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "events" "EventAction"[],
    "format" "WebhookFormat" NOT NULL DEFAULT 'json',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "webhook_id" TEXT NOT NULL,
    "event_id" BIGINT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "last_attempt_at" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_user_id_id_idx" ON "notifications"("user_id", "id" DESC);

-- The unread count in every workspace page's header reads only this.
CREATE INDEX "notifications_unread_idx" ON "notifications"("user_id") WHERE "read_at" IS NULL;

-- CreateIndex
CREATE INDEX "webhook_deliveries_webhook_id_id_idx" ON "webhook_deliveries"("webhook_id", "id" DESC);

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_version_positive" CHECK ("version" >= 1);
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_url_http" CHECK ("url" ~ '^https?://');
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_events_chosen" CHECK (cardinality("events") >= 1);

-- A webhook's own events name no article, like accounts'.
ALTER TABLE "events" DROP CONSTRAINT "events_article_named";
ALTER TABLE "events" ADD CONSTRAINT "events_article_named"
  CHECK ("entity_type"::text IN ('user', 'sitepage', 'tip', 'webhook') OR "article_id" IS NOT NULL);

-- Long work run by the queue on someone's behalf (lib/data/tasks.ts): what it is, how far it got,
-- and its outcome, which the page that started it polls (GET /api/tasks/<id>). The input (a new
-- version's text, up to a million characters) is dropped once the task is over.
CREATE TYPE "TaskStatus" AS ENUM ('queued', 'running', 'done', 'failed');

CREATE TABLE "background_tasks" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'queued',
    "phase" TEXT,
    "actor_id" TEXT NOT NULL,
    "article_id" TEXT,
    "input" JSONB,
    "result" JSONB,
    "error" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "background_tasks_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "background_tasks_actor_id_created_at_idx" ON "background_tasks"("actor_id", "created_at" DESC);

ALTER TABLE "background_tasks" ADD CONSTRAINT "background_tasks_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "background_tasks" ADD CONSTRAINT "background_tasks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
