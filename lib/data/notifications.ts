import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind, Role } from '@/lib/generated/prisma/enums';
import { authorizeSelf } from '@/lib/auth/actor';
import { smtpUrl } from '@/lib/config';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZMarkReadSchema,
  ZNotificationListSchema,
  ZNotificationPrefsSchema,
  type TMarkRead,
  type TNotificationList,
  type TNotificationPrefs,
} from '@/lib/validation/notifications';

// The inbox. Notifications are written in the transaction of the change they tell of (from
// lib/data/fan-out.ts, or a reader's message in lib/data/feedback.ts), so one exists exactly when
// its change committed; the email, when SMTP is set up, is a job queued in that same transaction.

export type NotificationDraft = {
  kind: NotificationKind;
  text: string;
  url: string;
  eventId?: bigint | null;
  /** Whoever made the change: never told of their own doing. */
  actorId?: string | null;
};

/** Who should hear: these people, and/or everyone active with one of these roles. */
export type Recipients = { ids?: (string | null | undefined)[]; roles?: Role[] };

/**
 * One notification per recipient who is active, is not the actor and has not muted the kind;
 * and, when SMTP is configured, one email job for each who wants email. One statement.
 */
export async function notify(tx: Tx, to: Recipients, n: NotificationDraft): Promise<number> {
  const ids = (to.ids ?? []).filter((id): id is string => !!id);
  const roles = to.roles ?? [];
  if (!ids.length && !roles.length) return 0;
  const email = smtpUrl() !== null;
  const rows = await tx.$queryRaw<{ notified: number }[]>(Prisma.sql`
    WITH n AS (
      INSERT INTO notifications (user_id, kind, text, url, event_id)
      SELECT u.id, ${n.kind}::"NotificationKind", ${n.text}, ${n.url}, ${n.eventId ?? null}::bigint
      FROM users u
      WHERE (u.id = ANY(${ids}::text[]) OR u.role::text = ANY(${roles}::text[]))
        AND u.active AND u.id IS DISTINCT FROM ${n.actorId ?? null}
        AND NOT (${n.kind}::"NotificationKind" = ANY(u.notify_muted))
      RETURNING id, user_id
    ), mail AS (
      SELECT graphile_worker.add_job(${TASKS.email}, json_build_object('id', n.id::text), max_attempts => ${MAX_ATTEMPTS.email}::int)
      FROM n JOIN users u ON u.id = n.user_id
      WHERE ${email} AND u.notify_email
    )
    SELECT (SELECT count(*) FROM n)::int AS notified, (SELECT count(*) FROM mail)::int AS mailed`);
  return rows[0]?.notified ?? 0;
}

export type InboxItem = { id: string; kind: NotificationKind; text: string; url: string; createdAt: string; read: boolean };

/** The signed-in person's notifications, newest first, with the unread count (also GET /api/notifications). */
export async function listNotifications(actorId: string | null, input: TNotificationList = {}) {
  const { limit, before, unreadOnly } = parseOrThrow(ZNotificationListSchema, input);
  const me = await authorizeSelf(actorId);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: me.id, ...(before ? { id: { lt: BigInt(before) } } : {}), ...(unreadOnly ? { readAt: null } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
      select: { id: true, kind: true, text: true, url: true, createdAt: true, readAt: true },
    }),
    countUnread(me.id),
  ]);
  const page = rows.slice(0, limit);
  const notifications: InboxItem[] = page.map((r) => ({
    id: r.id.toString(),
    kind: r.kind,
    text: r.text,
    url: r.url,
    createdAt: r.createdAt.toISOString(),
    read: r.readAt !== null,
  }));
  return { notifications, unread, nextBefore: rows.length > limit ? (page.at(-1)?.id.toString() ?? null) : null };
}

/** The header's badge: one index-only count (notifications_unread_idx). No authorization: it is the caller's own id. */
export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks some (or, without ids, all) of the signed-in person's notifications read. Idempotent. */
export async function markNotificationsRead(actorId: string | null, input: TMarkRead) {
  const data = parseOrThrow(ZMarkReadSchema, input);
  const me = await authorizeSelf(actorId);
  const ids = data.ids?.map((id) => BigInt(id));
  const { count } = await db.notification.updateMany({
    where: { userId: me.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}

/** Which kinds the person hears about, and whether by email. Their own setting: no version needed. */
export async function saveNotificationPrefs(actorId: string | null, input: TNotificationPrefs) {
  const data = parseOrThrow(ZNotificationPrefsSchema, input);
  const me = await authorizeSelf(actorId);
  return db.user.update({
    where: { id: me.id },
    data: { notifyMuted: data.muted, notifyEmail: data.email },
    select: { notifyMuted: true, notifyEmail: true },
  });
}

export async function notificationPrefs(actorId: string | null) {
  const me = await authorizeSelf(actorId);
  return db.user.findUniqueOrThrow({ where: { id: me.id }, select: { notifyMuted: true, notifyEmail: true } });
}
