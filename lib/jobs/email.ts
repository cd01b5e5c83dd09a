import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { mailFrom, publicBaseUrl, smtpUrl } from '@/lib/config';
import { NOTIFICATION_KIND_LABELS } from '@/lib/labels';

// A notification by email, run by the job queue when SMTP_URL is set (lib/data/notifications.ts
// queues it in the notification's own transaction). nodemailer speaks SMTP; a failure throws and
// the queue retries.

let transport: Transporter | null = null;
const transporter = (url: string) => (transport ??= nodemailer.createTransport(url));

export async function sendNotificationEmail(notificationId: bigint): Promise<void> {
  const url = smtpUrl();
  if (!url) return; // switched off since it was queued
  const n = await db.notification.findUnique({
    where: { id: notificationId },
    select: { kind: true, text: true, url: true, user: { select: { email: true, name: true, active: true, notifyEmail: true } } },
  });
  if (!n || !n.user.active || !n.user.notifyEmail) return;
  const link = `${publicBaseUrl()}${n.url}`;
  await transporter(url).sendMail({
    from: mailFrom(),
    to: { name: n.user.name, address: n.user.email },
    subject: `Claimdesk: ${NOTIFICATION_KIND_LABELS[n.kind].toLowerCase()}`,
    text: `${n.text}\n\n${link}\n\nYou can choose what you are told about at ${publicBaseUrl()}/inbox.`,
  });
}
