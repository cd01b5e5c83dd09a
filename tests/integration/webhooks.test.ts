// Issue 14, webhooks and the durable job queue: a change to the desk writes a delivery for every
// subscribed webhook in its own transaction; the graphile-worker queue sends it, signed with
// HMAC-SHA256, to a real HTTP receiver on loopback; a failing receiver is retried with backoff; a
// worker stopped in the middle of a delivery hands it back and the next worker delivers it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runner } from 'graphile-worker';
import { db, resetDatabase } from './db';
import { article, code, makeClaim, people } from './claims-helpers';
import { assignClaim } from '@/lib/data/workflow';
import { createWebhook, redeliver, updateWebhook, webhookWithLog } from '@/lib/data/webhooks';
import { startWorker } from '@/lib/jobs/runner';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '@/lib/webhooks/payload';

type Received = { headers: http.IncomingHttpHeaders; body: string };
/** What the receiver does with the n-th request (0-based): answer with a status, or never answer. */
type Behaviour = (n: number) => number | 'hang';

let server: http.Server | null = null;
let workers: Runner[] = [];

/** A webhook receiver on loopback that records every request. */
async function receiver(behaviour: Behaviour = () => 200) {
  const received: Received[] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const answer = behaviour(received.length);
      received.push({ headers: req.headers, body });
      if (answer !== 'hang') res.writeHead(answer).end(answer === 200 ? 'ok' : 'receiver failed');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

const worker = async () => {
  const w = await startWorker({ connectionString: process.env.DATABASE_URL, concurrency: 2, pollInterval: 200 });
  workers.push(w);
  return w;
};

/** Polls until `check` holds (the queue works asynchronously); fails after `ms`. */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > until) throw new Error(`Timed out; last value: ${JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const delivery = () => db.webhookDelivery.findFirstOrThrow({ orderBy: { id: 'desc' } });

beforeEach(async () => {
  // The receivers listen on loopback, which the app refuses to post to unless the server allows it.
  process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE = '1';
  await resetDatabase();
  // Jobs other tests queued (their deliveries are gone with the truncate) must not run here.
  await db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
});

afterEach(async () => {
  delete process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE;
  await Promise.all(workers.map((w) => w.stop().catch(() => {})));
  workers = [];
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(null)));
  server = null;
});

async function assignedWithHook(url: string, format: 'json' | 'slack' = 'json') {
  const { journalist, editor, admin } = await people();
  const hook = await createWebhook(admin.id, { name: 'Newsroom bot', url, format, events: ['claim_assign'] });
  const a = await article(journalist.id);
  const c = await makeClaim(a.id);
  const other = await makeClaim(a.id, { status: 'suggested' });
  await assignClaim(editor.id, { claimId: c.id, version: c.version, assigneeId: journalist.id });
  return { hook, claim: c, other, people: { journalist, editor, admin } };
}

describe('webhooks', () => {
  it('queues a delivery with the change and sends it signed, with the event as JSON', async () => {
    const r = await receiver();
    const { hook, claim } = await assignedWithHook(r.url);
    // Written with the change, before any worker ran: one delivery, pending, and its job.
    expect(await db.webhookDelivery.count()).toBe(1);
    expect((await delivery()).status).toBe('pending');
    await worker();
    const done = await eventually(delivery, (d) => d.status === 'delivered');
    expect(done).toMatchObject({ attempts: 1, lastStatusCode: 200, lastError: null });
    expect(r.received).toHaveLength(1);
    const [{ headers, body }] = r.received as [Received];
    expect(verifySignature(hook.secret, String(headers[TIMESTAMP_HEADER.toLowerCase()]), body, String(headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(
      true,
    );
    expect(
      verifySignature('whsec_wrong', String(headers[TIMESTAMP_HEADER.toLowerCase()]), body, String(headers[SIGNATURE_HEADER.toLowerCase()])),
    ).toBe(false);
    expect(headers['x-claimdesk-event']).toBe('claim.assign');
    const json = JSON.parse(body);
    expect(json).toMatchObject({
      delivery: done.id.toString(),
      event: { action: 'claim.assign', claimId: claim.id, actor: { name: 'Ed' }, after: { status: 'researching', assignee: 'Jo' } },
    });
    expect(json.event.url).toMatch(new RegExp(`/claims/${claim.id}$`));
  });

  it('sends only the events a webhook chose, and nothing once it is switched off', async () => {
    const r = await receiver();
    const { hook, other, people: p } = await assignedWithHook(r.url);
    const { reviewClaim } = await import('@/lib/data/workflow');
    await reviewClaim(p.journalist.id, { claimId: other.id, version: other.version, move: 'accept' }); // claim.accept: not chosen
    expect(await db.webhookDelivery.count()).toBe(1);
    await updateWebhook(p.admin.id, {
      id: hook.id,
      version: hook.version,
      name: hook.name,
      url: hook.url,
      format: 'json',
      events: ['claim_assign', 'claim_accept'],
      active: false,
    });
    const again = await makeClaim(other.articleId);
    await assignClaim(p.editor.id, { claimId: again.id, version: again.version, assigneeId: p.journalist.id });
    expect(await db.webhookDelivery.count()).toBe(1);
    // Only admins manage webhooks; the history records who changed what, never the secret.
    expect(await code(createWebhook(p.editor.id, { name: 'x', url: r.url, events: ['claim_assign'] }))).toBe('FORBIDDEN');
    expect(await code(createWebhook(p.admin.id, { name: 'x', url: 'ftp://example.org', events: ['claim_assign'] }))).toBe('INVALID');
    expect(await code(createWebhook(p.admin.id, { name: 'x', url: r.url, events: [] }))).toBe('INVALID');
    const history = await db.event.findMany({ where: { entityType: 'webhook' }, select: { action: true, after: true } });
    expect(history.map((e) => e.action)).toEqual(['webhook_create', 'webhook_update']);
    expect(JSON.stringify(history)).not.toContain(hook.secret);
  });

  it('retries a failing receiver with backoff and logs each answer', async () => {
    const r = await receiver((n) => (n === 0 ? 503 : 200));
    await assignedWithHook(r.url);
    await worker();
    const failedOnce = await eventually(delivery, (d) => d.attempts === 1);
    expect(failedOnce).toMatchObject({ status: 'pending', lastStatusCode: 503, lastError: 'HTTP 503: receiver failed' });
    // graphile-worker waits exp(1) ≈ 2.7 s before the second attempt.
    const done = await eventually(delivery, (d) => d.status === 'delivered');
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    expect(r.received).toHaveLength(2);
    expect(done.deliveredAt!.getTime() - failedOnce.lastAttemptAt!.getTime()).toBeGreaterThan(2_000);
  });

  it('survives a restart in the middle of a delivery: the stopped worker hands the job back and the next one delivers it', async () => {
    const r = await receiver((n) => (n === 0 ? 'hang' : 200));
    await assignedWithHook(r.url);
    const first = await worker();
    await eventually(
      async () => r.received.length,
      (n) => n === 1,
    );
    // The worker is stopped while the receiver has not answered (as on a deploy's SIGTERM): it
    // cancels the running job after its grace period, which fails the attempt and releases it.
    await first.stop();
    workers = workers.filter((w) => w !== first);
    expect((await delivery()).status).toBe('pending');
    await worker();
    const done = await eventually(delivery, (d) => d.status === 'delivered', 30_000);
    expect(done.attempts).toBe(2);
    expect(r.received).toHaveLength(2);
    // Exactly one job ran to completion: nothing is left in the queue.
    // (The worker removes the job just after the task has written its outcome.)
    const left = await eventually(
      () => db.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM graphile_worker._private_jobs'),
      (rows) => rows[0]?.n === 0,
    );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('formats for Slack on request, and an admin can send a failed delivery again', async () => {
    const r = await receiver((n) => (n < 1 ? 410 : 200));
    const { hook, people: p } = await assignedWithHook(r.url, 'slack');
    // Give up after the first failure, to check redelivery without waiting for the backoff.
    await db.$executeRawUnsafe('UPDATE graphile_worker._private_jobs SET max_attempts = 1');
    await worker();
    const failed = await eventually(delivery, (d) => d.status === 'failed');
    expect(failed.lastStatusCode).toBe(410);
    expect(JSON.parse(r.received[0]!.body)).toEqual({
      text: expect.stringMatching(/^\*Ed\*: Assigned the claim \(claim\.assign\) — <http.*\|open>$/),
    });
    expect(await code(redeliver(p.editor.id, { deliveryId: failed.id.toString() }))).toBe('FORBIDDEN');
    await redeliver(p.admin.id, { deliveryId: failed.id.toString() });
    const done = await eventually(delivery, (d) => d.status === 'delivered');
    expect(done.attempts).toBe(2);
    const log = await webhookWithLog(p.admin.id, hook.id);
    expect(log.deliveries.map((d) => d.status)).toEqual(['delivered']);
  });
  it('refuses to save an address no delivery could reach, with the reason on the field, unless the server allows it', async () => {
    const { admin } = await people();
    delete process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE;
    const urlError = (url: string) =>
      createWebhook(admin.id, { name: 'x', url, events: ['claim_assign'] }).then(
        () => null,
        (e: { info?: { fieldErrors?: Record<string, string[]> } }) => e.info?.fieldErrors?.url?.[0] ?? String(e),
      );
    expect(await urlError('http://127.0.0.1:8080/hook')).toBe(
      '127.0.0.1 is not a public internet address (loopback). Webhooks are sent to public internet addresses only.',
    );
    expect(await urlError('https://10.1.2.3/hook')).toMatch(/^10\.1\.2\.3 is not a public internet address \(private\)/);
    expect(await urlError('http://169.254.169.254/latest/meta-data')).toMatch(/\(linkLocal\)/);
    expect(await urlError('http://[::1]:3000/')).toMatch(/^::1 is not a public internet address \(loopback\)/);
    expect(await urlError('http://LOCALHOST:3000/')).toBe('localhost is this server itself. Webhooks are sent to public internet addresses only.');
    expect(await urlError('https://hooks.example.org/claimdesk')).toBeNull();
    expect(await db.webhook.count()).toBe(1);
    const hook = await db.webhook.findFirstOrThrow();
    const update = { id: hook.id, version: hook.version, name: hook.name, url: 'http://192.168.0.10/', events: ['claim_assign' as const] };
    expect(await code(updateWebhook(admin.id, update))).toBe('INVALID');
    expect((await db.webhook.findFirstOrThrow()).url).toBe('https://hooks.example.org/claimdesk');
    process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE = '1';
    expect(await urlError('http://127.0.0.1:8080/hook')).toBeNull();
  });
  it('sends nothing to a loopback address, given as a number or as a name, unless the server allows it', async () => {
    const r = await receiver();
    // Saved while the server allowed them (saving refuses them otherwise, above): what is tested
    // here is the check each delivery makes, since a name may resolve anywhere by then.
    const { other, people: p } = await assignedWithHook(r.url); // http://127.0.0.1:<port>/hook
    // A name is checked on the address it resolves to, the one the connection would use.
    const byName = await createWebhook(p.admin.id, { name: 'By name', url: r.url.replace('127.0.0.1', 'localhost'), events: ['claim_assign'] });
    delete process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE;
    const again = await makeClaim(other.articleId);
    await assignClaim(p.editor.id, { claimId: again.id, version: again.version, assigneeId: p.journalist.id });
    await db.$executeRawUnsafe('UPDATE graphile_worker._private_jobs SET max_attempts = 1');
    await worker();
    const all = () => db.webhookDelivery.findMany({ orderBy: { id: 'asc' } });
    const failed = await eventually(all, (ds) => ds.length === 3 && ds.every((d) => d.status === 'failed'));
    const byNumber = failed.filter((d) => d.webhookId !== byName.id);
    expect(byNumber.map((d) => [d.lastStatusCode, d.lastError])).toEqual([
      [null, 'Refused: 127.0.0.1 is not a public internet address (loopback). Webhooks are sent to public addresses only.'],
      [null, 'Refused: 127.0.0.1 is not a public internet address (loopback). Webhooks are sent to public addresses only.'],
    ]);
    const named = failed.find((d) => d.webhookId === byName.id)!;
    expect(named.lastError).toMatch(/^Refused: localhost \((127\.0\.0\.1|::1)\) is not a public internet address \(loopback\)\./);
    expect(r.received).toHaveLength(0);
    // The same delivery goes through once the server allows private addresses.
    process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE = '1';
    await redeliver(p.admin.id, { deliveryId: named.id.toString() });
    await eventually(delivery, (d) => d.id === named.id && d.status === 'delivered');
    expect(r.received).toHaveLength(1);
  });
});
