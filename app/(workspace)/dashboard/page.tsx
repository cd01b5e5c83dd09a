import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { listRecentArticles } from '@/lib/data/articles';
import { formatDate } from '@/lib/format';

export const metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const articles = await listRecentArticles(await currentUserId(), 20);
  return (
    <main id="main">
      <h1>Dashboard</h1>
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
