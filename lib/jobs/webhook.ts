import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { publicBaseUrl } from '@/lib/config';
import { summaryOf } from '@/lib/data/history';
import { deliveryHeaders, jsonBody, slackBody, type WebhookEvent } from '@/lib/webhooks/payload';
import { postWebhook } from '@/lib/webhooks/destination';

// One attempt at one webhook delivery, run by the job queue (lib/jobs/runner.ts), to a public
// address only (lib/webhooks/destination.ts). A failure throws, and graphile-worker retries the
// job with exponential backoff until its attempts are spent; every attempt is written on the
// delivery row, which is the admins' delivery log.

/** A receiver that has not answered by then has failed this attempt. */
const TIMEOUT_MS = 10_000;
/** What the log keeps of a failing receiver's answer. */
const ERROR_CHARS = 300;

export type Attempt = { attempt: number; maxAttempts: number; abortSignal?: AbortSignal };

export async function deliverWebhook(deliveryId: bigint, attempt: Attempt): Promise<void> {
  const d = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      status: true,
      webhook: { select: { url: true, secret: true, format: true, active: true } },
      event: { include: { actor: { select: { id: true, name: true } } } },
    },
  });
  // Gone with its webhook, or already delivered (a redelivery raced a retry): nothing to do.
  if (!d || d.status === 'delivered') return;
  if (!d.webhook.active) {
    await record(deliveryId, { status: 'failed', error: 'The webhook was switched off before this delivery was made.' });
    return;
  }
  const event = toWebhookEvent(d.event);
  const body = d.webhook.format === 'slack' ? slackBody(event) : jsonBody(deliveryId.toString(), event);
  const headers = deliveryHeaders({ secret: d.webhook.secret, deliveryId: deliveryId.toString(), action: event.action, body });
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = attempt.abortSignal ? AbortSignal.any([timeout, attempt.abortSignal]) : timeout;
  let failure: string;
  let statusCode: number | null = null;
  try {
    const res = await postWebhook(d.webhook.url, { headers, body, signal, maxChars: ERROR_CHARS });
    statusCode = res.status;
    if (res.ok) {
      await record(deliveryId, { status: 'delivered', statusCode });
      return;
    }
    failure = `HTTP ${res.status}${res.text ? `: ${res.text}` : ''}`;
  } catch (e) {
    failure = attempt.abortSignal?.aborted
      ? 'Interrupted: the worker was stopping (a restart). It is sent again.'
      : timeout.aborted
        ? `No answer within ${TIMEOUT_MS / 1000} s.`
        : errorText(e);
  }
  const last = attempt.attempt >= attempt.maxAttempts;
  await record(deliveryId, { status: last ? 'failed' : 'pending', statusCode, error: failure });
  throw new Error(`Webhook delivery ${deliveryId} attempt ${attempt.attempt}/${attempt.maxAttempts} failed: ${failure}`);
}

function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
  return (cause?.code ? `${cause.code}: ${cause.message ?? ''}` : e.message).slice(0, ERROR_CHARS);
}

async function record(id: bigint, r: { status: 'pending' | 'delivered' | 'failed'; statusCode?: number | null; error?: string }) {
  const now = new Date();
  await db.webhookDelivery.update({
    where: { id },
    data: {
      status: r.status,
      attempts: { increment: 1 },
      lastAttemptAt: now,
      lastStatusCode: r.statusCode ?? null,
      lastError: r.error ?? null,
      ...(r.status === 'delivered' ? { deliveredAt: now } : {}),
    },
  });
}

type EventRow = Prisma.EventGetPayload<{ include: { actor: { select: { id: true; name: true } } } }>;

/** The history's row as receivers see it; the action spelled as stored ("claim.assign"). */
export function toWebhookEvent(e: EventRow): WebhookEvent {
  const base = publicBaseUrl();
  return {
    id: e.id.toString(),
    action: e.action.replace('_', '.'),
    summary: summaryOf(e.action),
    at: e.at.toISOString(),
    actor: e.actor,
    entity: { type: e.entityType, id: e.entityId },
    articleId: e.articleId,
    claimId: e.claimId,
    before: e.before,
    after: e.after,
    url: e.claimId ? `${base}/claims/${e.claimId}` : e.articleId ? `${base}/articles/${e.articleId}` : null,
  };
}
