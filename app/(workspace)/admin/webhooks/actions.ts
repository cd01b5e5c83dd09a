'use server';

import { formAction } from '@/lib/actions';
import { createWebhook, redeliver, updateWebhook } from '@/lib/data/webhooks';
import { ZCreateWebhookSchema, ZRedeliverSchema, ZUpdateWebhookSchema } from '@/lib/validation/webhooks';

export const createWebhookAction = formAction({
  schema: ZCreateWebhookSchema,
  run: createWebhook,
  success: (h) => `Webhook “${h.name}” registered. Its signing secret is on its page.`,
  data: (h) => ({ id: h.id }),
  refresh: () => ['/admin/webhooks'],
});

export const updateWebhookAction = formAction({
  schema: ZUpdateWebhookSchema,
  run: updateWebhook,
  success: (h) => `Saved (version ${h.version}).${h.active ? '' : ' It is switched off: nothing is sent.'}`,
  data: (h) => ({ id: h.id }),
  refresh: ({ input }) => ['/admin/webhooks', `/admin/webhooks/${input.id}`],
});

export const redeliverAction = formAction({
  schema: ZRedeliverSchema,
  run: redeliver,
  success: 'Queued to be sent again.',
  refresh: ({ result }) => ['/admin/webhooks', result ? `/admin/webhooks/${result.webhookId}` : null],
});
