import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getArticleWorkspace } from '@/lib/data/articles';
import { bulkAssignees } from '@/lib/data/bulk';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/format';
import { isId } from '@/lib/validation/common';
import { packMarks } from '@/lib/workspace-marks';
import { AnchorReview } from './anchor-review';
import { Workspace } from './workspace';

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  // A hand-typed address (%00, half an emoji) is no article: 404, not a database error.
  if (!isId(id)) notFound();
  const [{ article, claims }, assignees] = await Promise.all([
    guard(getArticleWorkspace(user?.id ?? null, id)),
    guard(bulkAssignees(user?.id ?? null)),
  ]);
  return (
    <main id="main" className="wide">
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publisher ?? 'Unknown publisher'} · published {formatDate(article.publishedAt)} · imported by {article.importedBy.name}
        {article.url && (
          <>
            {' '}
            ·{' '}
            <a href={article.url} rel="noopener noreferrer nofollow">
              original article
            </a>
          </>
        )}
      </p>
      <p className="small">
        Version {article.currentVersion} ·{' '}
        <Link href={`/articles/${article.id}/versions`}>Versions{can(user, 'claim.review') ? ' and new version' : ''}</Link> · Fact-check:{' '}
        {article.factCheck ? article.factCheck.status : 'not started'}
        {can(user, 'factcheck.publish') && (
          <>
            {' '}
            · <Link href={`/articles/${article.id}/publish`}>Publishing</Link>
          </>
        )}
      </p>
      <AnchorReview claims={claims} version={article.currentVersion} canReview={can(user, 'claim.review')} />
      <Workspace
        article={{ id: article.id, text: article.plainText, links: article.links }}
        marks={packMarks(claims)}
        // These only decide which controls to show; every action authorizes again in lib/data.
        canReview={can(user, 'claim.review')}
        canEdit={can(user, 'claim.edit')}
        assignees={assignees}
      />
    </main>
  );
}
