import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { getDashboard } from '@/lib/data/dashboard';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/format';
import { ClaimTable } from './claim-table';

export const metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const { myClaims, awaitingRuling, articles } = await guard(getDashboard(await currentUserId()));
  return (
    <main id="main">
      <h1>Dashboard</h1>
      <section aria-labelledby="my-claims">
        <h2 id="my-claims">My claims</h2>
        <ClaimTable claims={myClaims} caption="Claims assigned to you that are not ruled yet" empty="Nothing is assigned to you right now." />
      </section>
      {awaitingRuling && (
        <section aria-labelledby="awaiting-ruling">
          <h2 id="awaiting-ruling">Awaiting my ruling</h2>
          <ClaimTable claims={awaitingRuling} caption="Claims in review, oldest first" empty="No claims are waiting for a ruling." />
        </section>
      )}
      <section aria-labelledby="recent-articles">
        <h2 id="recent-articles">Recent articles</h2>
        {articles.length === 0 ? (
          <p className="empty">
            No articles yet. <Link href="/articles/new">Import the first one</Link>.
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Publisher</th>
                <th scope="col">Published</th>
                <th scope="col">Claims</th>
                <th scope="col">Imported by</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>{a.publisher ?? '—'}</td>
                  <td>{formatDate(a.publishedAt)}</td>
                  <td>{a.claimCount}</td>
                  <td>{a.importedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
