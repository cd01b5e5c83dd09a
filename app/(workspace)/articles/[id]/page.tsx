import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { getArticle } from '@/lib/data/articles';
import { listClaimsOfArticle } from '@/lib/data/claim-lists';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/format';

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, userId] = await Promise.all([params, currentUserId()]);
  const [article, claims] = await Promise.all([guard(getArticle(userId, id)), guard(listClaimsOfArticle(userId, id))]);
  return (
    <main id="main">
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publisher ?? 'Unknown publisher'} · {formatDate(article.publishedAt)}
        {article.url && (
          <>
            {' '}
            · <a href={article.url}>original</a>
          </>
        )}
      </p>
      <h2>Claims</h2>
      {claims.length === 0 ? (
        <p className="empty">No claims found in this article.</p>
      ) : (
        <ol>
          {claims.map((c) => (
            <li key={c.id}>
              <Link href={`/claims/${c.id}`}>{c.text}</Link>{' '}
              <span className="pill">{c.status}</span> {c.claimant && <span className="muted small">— {c.claimant}</span>}
            </li>
          ))}
        </ol>
      )}
      <h2>Text</h2>
      <div className="article-text">{article.plainText}</div>
    </main>
  );
}
