import { z } from 'zod';
import { EventAction } from '@/lib/generated/prisma/enums';
import { ZFormBoolean, ZHttpUrl, ZId, ZVersion, zText } from '@/lib/validation/common';

// Webhooks (lib/data/webhooks.ts, /admin/webhooks).

export const WEBHOOK_ACTIONS = Object.values(EventAction);

/** The form's checkbox for an action (checked = sent). */
export const eventField = (action: EventAction) => `event_${action}` as const;

const ZAction = z.enum(WEBHOOK_ACTIONS as [EventAction, ...EventAction[]], { error: 'Unknown event.' });
const NO_EVENTS = 'Choose at least one event to send.';

const fields = {
  name: zText({ error: 'Name the webhook.' })
    .trim()
    .min(1, { error: 'Name the webhook.' })
    .max(100, { error: 'Keep the name under 100 characters.' }),
  url: ZHttpUrl,
  format: z.enum(['json', 'slack'], { error: 'Choose JSON or Slack.' }).default('json'),
  /** From code; the form sends one `event_<action>` checkbox per action instead. */
  events: z.array(ZAction).max(WEBHOOK_ACTIONS.length).optional(),
  ...Object.fromEntries(WEBHOOK_ACTIONS.map((a) => [eventField(a), ZFormBoolean('Choose yes or no.').optional()])),
};

/** The chosen actions, from `events` or the checkboxes; at least one. */
function withEvents<T extends { events?: EventAction[] }>(v: T, ctx: z.RefinementCtx) {
  const all = v as unknown as Record<string, unknown>;
  const events = [...new Set(v.events ?? WEBHOOK_ACTIONS.filter((a) => all[eventField(a)] === true))];
  if (events.length === 0) ctx.addIssue({ code: 'custom', path: ['events'], message: NO_EVENTS });
  const out: Record<string, unknown> = { ...v, events };
  for (const a of WEBHOOK_ACTIONS) delete out[eventField(a)];
  return out as Omit<T, 'events'> & { events: EventAction[] };
}

export const ZCreateWebhookSchema = z.object(fields).transform(withEvents);
export type TCreateWebhook = z.input<typeof ZCreateWebhookSchema>;

export const ZUpdateWebhookSchema = z
  .object({ ...fields, id: ZId, version: ZVersion, active: ZFormBoolean('Choose whether it is active.').default(false) })
  .transform(withEvents);
export type TUpdateWebhook = z.input<typeof ZUpdateWebhookSchema>;

export const ZRedeliverSchema = z.object({
  deliveryId: z
    .string({ error: 'Unknown delivery.' })
    .trim()
    .regex(/^[1-9]\d{0,18}$/, { error: 'Unknown delivery.' }),
});
export type TRedeliver = z.input<typeof ZRedeliverSchema>;
