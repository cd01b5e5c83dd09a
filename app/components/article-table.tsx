import Link from '@/app/components/link';
import { formatDate } from '@/lib/format';

export type ArticleRow = {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  claimCount: number;
  importedBy: { name: string };
  factCheck: { status: string } | null;
};

const FACT_CHECK_STATUS: Record<string, string> = { draft: 'Draft', published: 'Published', unpublished: 'Unpublished' };

/** The articles of the dashboard and the articles list; claimCount leaves out dismissed claims. */
export function ArticleTable({ articles, empty }: { articles: ArticleRow[]; empty: React.ReactNode }) {
  if (articles.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Publisher</th>
          <th scope="col">Published</th>
          <th scope="col">Claims</th>
          <th scope="col">Imported by</th>
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
            <td>{a.importedBy.name}</td>
            <td>{a.factCheck ? FACT_CHECK_STATUS[a.factCheck.status] : 'Not started'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
