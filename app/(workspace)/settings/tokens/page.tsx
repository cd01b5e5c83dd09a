import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { listTokens, TOKEN_LIMIT } from '@/lib/data/api-tokens';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/format';
import { CreateTokenForm, RevokeTokenButton } from './token-forms';
import './tokens.css';

export const metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const tokens = await guard(listTokens(await currentUserId()));
  return (
    <main id="main">
      <h1>API tokens</h1>
      <p>
        A token lets a program use the workspace API as you, with your role as it is at the time (
        <Link href="/api/openapi.json">the API described as OpenAPI</Link>). Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Each token
        may make {TOKEN_LIMIT.points} requests a minute. It is shown once, when you create it; only a fingerprint of it is kept.
      </p>
      <section aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">Create a token</h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your tokens</h2>
        {tokens.length === 0 ? (
          <p className="empty">You have no tokens.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatDateTime(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</td>
                  <td>{t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : <RevokeTokenButton id={t.id} name={t.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
