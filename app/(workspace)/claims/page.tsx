import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { listClaims } from '@/lib/data/claim-lists';
import { guard } from '@/lib/page-guard';

export const metadata = { title: 'Claims' };

export default async function ClaimsPage() {
  const claims = await guard(listClaims(await currentUserId()));
  return (
    <main id="main">
      <h1>Claims</h1>
      {claims.length === 0 ? (
        <p className="empty">No claims yet. Claims appear here when an article is imported.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Claimant</th>
              <th scope="col">Status</th>
              <th scope="col">Assignee</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/claims/${c.id}`}>{c.text}</Link>
                </td>
                <td>{c.claimant ?? '—'}</td>
                <td>{c.status}</td>
                <td>{c.assignee?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
