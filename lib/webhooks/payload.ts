import { createHmac, timingSafeEqual } from 'node:crypto';

// What a webhook receives (docs in README "Webhooks"): a JSON body, or Slack's incoming-webhook
// shape, signed the same way either way. Pure functions: the delivery job (lib/jobs/webhook.ts)
// and the tests build and check bodies with them.

export type WebhookEvent = {
  id: string;
  /** As the history stores it: "claim.assign", "factcheck.publish"… */
  action: string;
  summary: string;
  at: string;
  actor: { id: string; name: string } | null;
  entity: { type: string; id: string };
  articleId: string | null;
  claimId: string | null;
  before: unknown;
  after: unknown;
  /** Where a person looks at it: the claim's page, else the article's workspace, else null. */
  url: string | null;
};

export const SIGNATURE_HEADER = 'X-Claimdesk-Signature';
export const TIMESTAMP_HEADER = 'X-Claimdesk-Timestamp';

export function jsonBody(deliveryId: string, event: WebhookEvent): string {
  return JSON.stringify({ delivery: deliveryId, event });
}

/** Slack's (and Mattermost's, Discord's /slack) incoming-webhook format: one line of mrkdwn. */
export function slackBody(event: WebhookEvent): string {
  const who = event.actor ? `*${escapeSlack(event.actor.name)}*` : 'Claimdesk';
  const link = event.url ? ` — <${event.url}|open>` : '';
  return JSON.stringify({ text: `${who}: ${escapeSlack(event.summary)} (${event.action})${link}` });
}

const escapeSlack = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `sha256=` and the hex HMAC-SHA256, keyed with the webhook's secret, of `<timestamp>.<body>`:
 * the timestamp (Unix seconds, sent in X-Claimdesk-Timestamp) is signed too, so a receiver can
 * refuse an old delivery replayed.
 */
export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (and what the tests do): recompute and compare in constant time. */
export function verifySignature(secret: string, timestamp: string | number, body: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function deliveryHeaders(input: { secret: string; deliveryId: string; action: string; body: string; now?: Date }) {
  const timestamp = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'Claimdesk-Webhooks/1',
    'X-Claimdesk-Event': input.action,
    'X-Claimdesk-Delivery': input.deliveryId,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: sign(input.secret, timestamp, input.body),
  };
}
