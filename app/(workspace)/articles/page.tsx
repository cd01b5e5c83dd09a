import Link from '@/app/components/link';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listRecentArticles } from '@/lib/data/articles';
import { guard } from '@/lib/page-guard';
import { ArticleTable } from '@/app/components/article-table';

export const metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const user = await currentUser();
  const articles = await guard(listRecentArticles(user?.id ?? null, 200));
  const mayImport = can(user, 'article.import');
  return (
    <main id="main">
      <h1>Articles</h1>
      {mayImport && (
        <p>
          <Link className="button" href="/articles/new">
            Import an article
          </Link>
        </p>
      )}
      <ArticleTable articles={articles} empty="No articles have been imported yet." />
    </main>
  );
}
