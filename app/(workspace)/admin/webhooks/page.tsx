import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { webhooksAllowPrivate } from '@/lib/config';
import { listWebhooks } from '@/lib/data/webhooks';
import { guard } from '@/lib/page-guard';
import { WebhookForm } from './webhook-form';
import './webhooks.css';

export const metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const hooks = await guard(listWebhooks(await currentUserId()));
  return (
    <main id="main">
      <h1>Webhooks</h1>
      <p>
        Addresses told of what happens on the desk, as it happens: each delivery is a POST signed with HMAC-SHA256 (header X-Claimdesk-Signature, over
        the X-Claimdesk-Timestamp, a dot and the body), retried with growing pauses for about three and a half hours when the receiver fails.
      </p>
      {hooks.length === 0 ? (
        <p className="empty">No webhooks yet. Register one below.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Events</th>
              <th scope="col">State</th>
              <th scope="col">Deliveries</th>
            </tr>
          </thead>
          <tbody>
            {hooks.map((h) => (
              <tr key={h.id}>
                <td>
                  <Link href={`/admin/webhooks/${h.id}`}>{h.name}</Link>
                </td>
                <td>{h.url}</td>
                <td>{h.events.length}</td>
                <td>
                  {h.active ? 'Active' : 'Switched off'} · {h.format === 'slack' ? 'Slack' : 'JSON'}
                </td>
                <td>
                  {h.delivered} delivered, {h.pending} pending, {h.failed} failed
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-webhook-heading">
        <h2 id="new-webhook-heading">Register a webhook</h2>
        <WebhookForm publicOnly={!webhooksAllowPrivate()} />
      </section>
    </main>
  );
}
