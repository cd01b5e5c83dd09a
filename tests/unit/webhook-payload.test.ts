import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deliveryHeaders, jsonBody, sign, slackBody, verifySignature, type WebhookEvent } from '@/lib/webhooks/payload';

const event: WebhookEvent = {
  id: '42',
  action: 'claim.assign',
  summary: 'Assigned the claim',
  at: '2026-12-02T10:00:00.000Z',
  actor: { id: 'u1', name: 'Ed <Editor> & Co' },
  entity: { type: 'claim', id: 'c1' },
  articleId: 'a1',
  claimId: 'c1',
  before: { status: 'open' },
  after: { status: 'researching', assignee: 'Jo' },
  url: 'https://desk.example/claims/c1',
};

describe('webhook payloads', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256, as a receiver recomputes it', () => {
    const body = jsonBody('7', event);
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(sign('whsec_test', 1700000000, body)).toBe(`sha256=${expected}`);
    expect(verifySignature('whsec_test', '1700000000', body, `sha256=${expected}`)).toBe(true);
    // Any change to the body, the time or the key fails.
    expect(verifySignature('whsec_test', '1700000000', body.replace('Jo', 'Al'), `sha256=${expected}`)).toBe(false);
    expect(verifySignature('whsec_test', '1700000001', body, `sha256=${expected}`)).toBe(false);
    expect(verifySignature('whsec_other', '1700000000', body, `sha256=${expected}`)).toBe(false);
    expect(verifySignature('whsec_test', '1700000000', body, 'sha256=short')).toBe(false);
  });

  it('sends the headers receivers route and verify on', () => {
    const body = jsonBody('7', event);
    const h = deliveryHeaders({ secret: 's', deliveryId: '7', action: 'claim.assign', body, now: new Date('2026-12-02T10:00:05Z') });
    expect(h).toMatchObject({
      'Content-Type': 'application/json',
      'X-Claimdesk-Event': 'claim.assign',
      'X-Claimdesk-Delivery': '7',
      'X-Claimdesk-Timestamp': String(Date.UTC(2026, 11, 2, 10, 0, 5) / 1000),
    });
    expect(verifySignature('s', h['X-Claimdesk-Timestamp']!, body, h['X-Claimdesk-Signature']!)).toBe(true);
    expect(JSON.parse(body)).toEqual({ delivery: '7', event });
  });

  it('writes Slack’s format with the actor, the summary and a link, escaping Slack’s control characters', () => {
    expect(JSON.parse(slackBody(event))).toEqual({
      text: '*Ed &lt;Editor&gt; &amp; Co*: Assigned the claim (claim.assign) — <https://desk.example/claims/c1|open>',
    });
    expect(JSON.parse(slackBody({ ...event, actor: null, url: null }))).toEqual({ text: 'Claimdesk: Assigned the claim (claim.assign)' });
  });
});
