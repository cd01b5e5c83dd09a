import { z } from 'zod';
import { NotificationKind } from '@/lib/generated/prisma/enums';
import { ZFormBoolean } from '@/lib/validation/common';

// The inbox (lib/data/notifications.ts) and GET /api/notifications.

/** A notification's id: a positive integer, as text (it is a bigint). */
const ZNotificationId = z
  .string({ error: 'Unknown notification.' })
  .trim()
  .regex(/^[1-9]\d{0,18}$/, { error: 'Unknown notification.' });

export const ZNotificationListSchema = z.object({
  limit: z.coerce.number({ error: 'limit must be a number from 1 to 100.' }).int().min(1).max(100).default(30),
  /** Older than this notification (the page before). */
  before: ZNotificationId.optional(),
  unreadOnly: ZFormBoolean('unreadOnly must be true or false.').default(false),
});
export type TNotificationList = z.input<typeof ZNotificationListSchema>;

/** `id` (a form's button) or `ids` (code); neither: mark all read. */
export const ZMarkReadSchema = z
  .object({ id: ZNotificationId.optional(), ids: z.array(ZNotificationId).min(1).max(200).optional() })
  .transform((v) => ({ ids: v.ids ?? (v.id ? [v.id] : undefined) }));
export type TMarkRead = z.input<typeof ZMarkReadSchema>;

const ZKind = z.enum(Object.values(NotificationKind) as [NotificationKind, ...NotificationKind[]], { error: 'Unknown kind of notification.' });

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** The form's checkbox for a kind (checked = wanted). */
export const hearField = (kind: NotificationKind) => `hear_${kind}` as const;

/**
 * From the form: one checkbox per kind (`hear_assigned`…, checked = wanted), so what is not sent
 * is muted. From code: `muted` directly.
 */
export const ZNotificationPrefsSchema = z
  .object({
    muted: z.array(ZKind).max(NOTIFICATION_KINDS.length).optional(),
    email: ZFormBoolean('Choose whether to get email.').default(false),
    ...Object.fromEntries(NOTIFICATION_KINDS.map((k) => [hearField(k), ZFormBoolean('Choose yes or no.').optional()])),
  })
  .transform((v) => {
    const fields = v as Record<string, unknown>;
    const muted = v.muted ?? NOTIFICATION_KINDS.filter((k) => fields[hearField(k)] !== true);
    return { muted: [...new Set(muted)], email: v.email };
  });
export type TNotificationPrefs = z.input<typeof ZNotificationPrefsSchema>;
