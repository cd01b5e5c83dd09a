import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { EventAction } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { invalidField, notFound, type SavedRecord } from '@/lib/errors';
import { recordEvent, type WebhookFields } from '@/lib/data/events';
import { updateVersioned } from '@/lib/data/versioned';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import { parseOrThrow } from '@/lib/validation/parse';
import { refusedAtSave } from '@/lib/webhooks/destination';
import {
  ZCreateWebhookSchema,
  ZRedeliverSchema,
  ZUpdateWebhookSchema,
  type TCreateWebhook,
  type TRedeliver,
  type TUpdateWebhook,
} from '@/lib/validation/webhooks';

// Webhooks: admins register an address and the events it is told of. Deliveries are written with
// the events themselves (lib/data/fan-out.ts) and sent by the job queue (lib/jobs/webhook.ts); this
// module is the admins' side: registering, changing, the delivery log, redelivering.

const select = {
  id: true,
  name: true,
  url: true,
  secret: true,
  events: true,
  format: true,
  active: true,
  version: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;
type Row = Prisma.WebhookGetPayload<{ select: typeof select }>;

/** The action as receivers and the history's database spell it. */
export const actionName = (a: EventAction) => a.replace('_', '.');

const fieldsOf = (r: Pick<Row, 'name' | 'url' | 'events' | 'format' | 'active'>): WebhookFields => ({
  name: r.name,
  url: r.url,
  events: r.events.map(actionName),
  format: r.format,
  active: r.active,
});

const saved = (r: Row): SavedRecord => ({ entity: 'webhook', id: r.id, version: r.version, ...fieldsOf(r) });

/** A secret receivers check signatures with: 32 random bytes. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export async function listWebhooks(actorId: string | null) {
  await authorize(actorId, 'webhook.manage');
  const [hooks, counts] = await Promise.all([
    db.webhook.findMany({ orderBy: { createdAt: 'asc' }, select }),
    db.webhookDelivery.groupBy({ by: ['webhookId', 'status'], _count: { _all: true } }),
  ]);
  const count = (id: string, status: string) => counts.find((c) => c.webhookId === id && c.status === status)?._count._all ?? 0;
  return hooks.map((h) => ({ ...h, delivered: count(h.id, 'delivered'), pending: count(h.id, 'pending'), failed: count(h.id, 'failed') }));
}

const LOG_SIZE = 50;

/** The parsed form, or a field error when its address is one deliveries would refuse anyway. */
function publicUrl<T extends { url: string }>(data: T): T {
  const refused = refusedAtSave(data.url);
  if (refused) throw invalidField('url', refused);
  return data;
}

/** One webhook with its latest deliveries: the delivery log. */
export async function webhookWithLog(actorId: string | null, id: string) {
  await authorize(actorId, 'webhook.manage');
  const hook = await db.webhook.findUnique({ where: { id }, select });
  if (!hook) throw notFound('That webhook');
  const deliveries = await db.webhookDelivery.findMany({
    where: { webhookId: id },
    orderBy: { id: 'desc' },
    take: LOG_SIZE,
    select: {
      id: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      lastAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      event: { select: { id: true, action: true, at: true } },
    },
  });
  return { hook, deliveries: deliveries.map((d) => ({ ...d, id: d.id.toString(), event: { ...d.event, id: d.event.id.toString() } })) };
}

export async function createWebhook(actorId: string | null, input: TCreateWebhook) {
  const data = publicUrl(parseOrThrow(ZCreateWebhookSchema, input));
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'webhook.manage', tx);
    const hook = await tx.webhook.create({
      data: { name: data.name, url: data.url, format: data.format, events: data.events, secret: newSecret(), createdById: actor.id },
      select,
    });
    await recordEvent(tx, { actorId: actor.id, action: 'webhook_create', entityId: hook.id, after: fieldsOf(hook) });
    return hook;
  });
}

/** Changes a webhook if it is still at the version the form was loaded with; the secret stays. */
export async function updateWebhook(actorId: string | null, input: TUpdateWebhook) {
  const data = publicUrl(parseOrThrow(ZUpdateWebhookSchema, input));
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'webhook.manage', tx);
    const before = await tx.webhook.findUnique({ where: { id: data.id }, select });
    if (!before) throw notFound('That webhook');
    const change = { name: data.name, url: data.url, format: data.format, events: data.events, active: data.active };
    const after = await updateVersioned<Row>(
      { id: data.id, version: data.version },
      {
        write: (lock) => tx.webhook.updateMany({ where: lock, data: { ...change, version: { increment: 1 } } }),
        read: () => tx.webhook.findUnique({ where: { id: data.id }, select }),
        saved,
        what: 'this webhook',
        missing: 'That webhook',
      },
    );
    await recordEvent(tx, { actorId: actor.id, action: 'webhook_update', entityId: after.id, before: fieldsOf(before), after: fieldsOf(after) });
    return after;
  });
}

/** Sends a delivery again (a failed one, or one still being retried): a fresh job with fresh attempts. */
export async function redeliver(actorId: string | null, input: TRedeliver) {
  const data = parseOrThrow(ZRedeliverSchema, input);
  return db.$transaction(async (tx) => {
    await authorize(actorId, 'webhook.manage', tx);
    const id = BigInt(data.deliveryId);
    const d = await tx.webhookDelivery.findUnique({ where: { id }, select: { webhookId: true } });
    if (!d) throw notFound('That delivery');
    await tx.webhookDelivery.update({ where: { id }, data: { status: 'pending' } });
    await enqueueDelivery(tx, id);
    return { webhookId: d.webhookId };
  });
}

async function enqueueDelivery(tx: Tx, id: bigint) {
  await tx.$queryRaw(
    Prisma.sql`SELECT count(graphile_worker.add_job(${TASKS.webhook}, json_build_object('id', ${id.toString()}::text), max_attempts => ${MAX_ATTEMPTS.webhook}::int))::int AS n`,
  );
}
