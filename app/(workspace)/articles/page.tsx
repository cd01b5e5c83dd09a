import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { listRecentArticles } from '@/lib/data/articles';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/format';

export const metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const articles = await guard(listRecentArticles(await currentUserId(), 200));
  return (
    <main id="main">
      <h1>Articles</h1>
      <p>
        <Link className="button" href="/articles/new">
          Import an article
        </Link>
      </p>
      {articles.length === 0 ? (
        <p className="empty">No articles have been imported yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Fact-check</th>
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
                <td>{a.factCheck?.status ?? 'not started'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
