import 'server-only';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { EventAction, NotificationKind, Rating } from '@/lib/generated/prisma/enums';
import { rolesWith } from '@/lib/auth/permissions';
import { RATING_LABELS } from '@/lib/labels';
import { quote } from '@/lib/text';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import type { EventInput } from '@/lib/data/events';
import { notify } from '@/lib/data/notifications';

// Who hears of a change, decided as its history is written (lib/data/events.ts calls this in the
// change's transaction): webhooks subscribed to the event's action get a delivery and a queued
// job; people get notifications for the claim moves that concern them. Because every change goes
// through recordEvents, a bulk change or a new screen cannot forget to tell anyone.

type Written = EventInput & { id: bigint };

/** The claim moves people are told about, and the kind each becomes. */
const CLAIM_NOTICES: Partial<Record<EventAction, NotificationKind>> = {
  claim_assign: 'assigned',
  claim_sendBack: 'sent_back',
  claim_propose: 'proposal',
  // The verdict's event, not the status move's: it carries the rating ruled (the move is written first).
  verdict_rule: 'ruled',
};

export async function fanOut(tx: Tx, events: Written[]): Promise<void> {
  if (events.length === 0) return;
  await queueWebhookDeliveries(
    tx,
    events.map((e) => e.id),
  );
  for (const e of events) {
    const kind = CLAIM_NOTICES[e.action];
    if (kind && 'claimId' in e && e.claimId) await notifyClaimMove(tx, e, kind, e.claimId);
  }
}

/** One delivery per active webhook subscribed to each event's action, each with its job: one statement. */
async function queueWebhookDeliveries(tx: Tx, eventIds: bigint[]) {
  await tx.$queryRaw(Prisma.sql`
    WITH d AS (
      INSERT INTO webhook_deliveries (webhook_id, event_id)
      SELECT w.id, e.id FROM events e JOIN webhooks w ON w.active AND e.action = ANY(w.events)
      WHERE e.id = ANY(${eventIds}::bigint[])
      ORDER BY e.id
      RETURNING id
    )
    SELECT count(graphile_worker.add_job(${TASKS.webhook}, json_build_object('id', d.id::text), max_attempts => ${MAX_ATTEMPTS.webhook}::int))::int AS queued
    FROM d`);
}

async function notifyClaimMove(tx: Tx, e: Written, kind: NotificationKind, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      number: true,
      text: true,
      assigneeId: true,
      article: { select: { title: true } },
      verdicts: { where: { kind: 'proposed' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { byId: true } },
    },
  });
  const actor = await tx.user.findUnique({ where: { id: e.actorId }, select: { name: true } });
  if (!claim || !actor) return;
  const about = `claim ${claim.number} (${quote(claim.text, 60)}) in ${quote(claim.article.title, 60)}`;
  const after = ('after' in e ? e.after : null) as { reason?: unknown; rating?: unknown } | null;
  const reason = typeof after?.reason === 'string' ? after.reason : '';
  const rating = typeof after?.rating === 'string' && after.rating in RATING_LABELS ? RATING_LABELS[after.rating as Rating] : null;
  const texts: Record<NotificationKind, string> = {
    assigned: `${actor.name} assigned you ${about}.`,
    sent_back: `${actor.name} sent ${about} back to you: ${reason}`,
    proposal: `${actor.name} proposed a verdict on ${about}; it awaits a ruling.`,
    ruled: `${actor.name} ruled on ${about}${rating ? `: ${rating}` : ''}.`,
    report: '',
    tip: '',
  };
  const to =
    kind === 'proposal'
      ? { roles: rolesWith('verdict.rule') }
      : kind === 'ruled'
        ? { ids: [claim.assigneeId, claim.verdicts[0]?.byId] }
        : { ids: [claim.assigneeId] };
  await notify(tx, to, { kind, text: texts[kind], url: `/claims/${claimId}`, eventId: e.id, actorId: e.actorId });
}
