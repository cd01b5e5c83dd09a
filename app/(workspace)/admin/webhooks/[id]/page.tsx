import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { webhooksAllowPrivate } from '@/lib/config';
import { webhookWithLog } from '@/lib/data/webhooks';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/format';
import { WebhookForm } from '../webhook-form';
import { RedeliverButton } from './redeliver-button';
import '../webhooks.css';

export const metadata = { title: 'Webhook' };

const STATUS = { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' } as const;

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { hook, deliveries } = await guard(webhookWithLog(await currentUserId(), id));
  return (
    <main id="main">
      <p>
        <Link href="/admin/webhooks">All webhooks</Link>
      </p>
      <h1>Webhook: {hook.name}</h1>
      <p>
        Registered {formatDateTime(hook.createdAt)} by {hook.createdBy.name}. Signing secret (give it to the receiver):{' '}
        <code className="webhook-secret">{hook.secret}</code>
      </p>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Latest deliveries</h2>
        {deliveries.length === 0 ? (
          <p className="empty">Nothing sent yet: deliveries appear here when one of its events happens.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.event.action.replace('_', '.')} · {formatDateTime(d.event.at)}
                  </td>
                  <td className={`delivery-${d.status}`}>{STATUS[d.status]}</td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : '—'}
                    {d.lastStatusCode !== null && ` · HTTP ${d.lastStatusCode}`}
                    {d.lastError && ` · ${d.lastError}`}
                  </td>
                  <td>{d.status !== 'delivered' && <RedeliverButton deliveryId={d.id} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Change it</h2>
        <WebhookForm
          publicOnly={!webhooksAllowPrivate()}
          saved={{
            id: hook.id,
            version: hook.version,
            name: hook.name,
            url: hook.url,
            format: hook.format,
            events: hook.events,
            active: hook.active,
          }}
        />
      </section>
    </main>
  );
}
