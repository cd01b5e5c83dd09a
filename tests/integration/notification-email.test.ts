// Issue 14: with SMTP configured, a notification is also sent by email, from the job queue, to a
// real SMTP server on loopback (smtp-server, the receiving half of nodemailer's project); a person
// who turned email off gets none. Without SMTP_URL nothing is queued.
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { Runner } from 'graphile-worker';
import { db, resetDatabase } from './db';
import { article, makeClaim, people } from './claims-helpers';
import { assignClaim } from '@/lib/data/workflow';
import { saveNotificationPrefs } from '@/lib/data/notifications';
import { startWorker } from '@/lib/jobs/runner';

type Mail = { to: string[]; data: string };
let smtp: SMTPServer | null = null;
let runner: Runner | null = null;

async function smtpServer() {
  const mails: Mail[] = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        done();
      });
    },
  });
  await new Promise<void>((r) => smtp!.listen(0, '127.0.0.1', r));
  return { url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, mails };
}

const jobs = async () =>
  (await db.$queryRawUnsafe<{ n: number }[]>("SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'notification_email'"))[0]!
    .n;

beforeEach(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  await runner?.stop().catch(() => {});
  runner = null;
  await new Promise((r) => (smtp ? smtp.close(() => r(null)) : r(null)));
  smtp = null;
});

describe('notification email', () => {
  it('is queued with the notification and sent over SMTP, only to those who want it', async () => {
    const server = await smtpServer();
    process.env.SMTP_URL = server.url;
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);
    await assignClaim(editor.id, { claimId: c.id, version: c.version, assigneeId: journalist.id });
    expect(await jobs()).toBe(1);

    runner = await startWorker({ connectionString: process.env.DATABASE_URL, pollInterval: 200 });
    const until = Date.now() + 20_000;
    while (server.mails.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(server.mails).toHaveLength(1);
    expect(server.mails[0]!.to).toEqual([journalist.email]);
    const unfolded = server.mails[0]!.data.replace(/=\r?\n/g, '');
    expect(unfolded).toMatch(/Subject: Claimdesk: a claim assigned to me/);
    expect(unfolded).toContain(`/claims/${c.id}`);

    // Email off: the notification is written, no email is queued. The worker is stopped first, so
    // a job wrongly queued would still be in the queue when it is counted, not already sent.
    await runner.stop();
    runner = null;
    await saveNotificationPrefs(journalist.id, { muted: [], email: false });
    const d = await makeClaim(a.id);
    await assignClaim(editor.id, { claimId: d.id, version: d.version, assigneeId: journalist.id });
    expect(await db.notification.count({ where: { userId: journalist.id } })).toBe(2);
    expect(await jobs()).toBe(0);
    expect(server.mails).toHaveLength(1);
  });

  it('queues no email when SMTP is not configured', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);
    await assignClaim(editor.id, { claimId: c.id, version: c.version, assigneeId: journalist.id });
    expect(await db.notification.count()).toBe(1);
    expect(await jobs()).toBe(0);
  });
});
