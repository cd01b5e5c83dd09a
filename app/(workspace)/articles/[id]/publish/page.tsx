import Link from '@/app/components/link';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getPublishView } from '@/lib/data/factchecks';
import { guard } from '@/lib/page-guard';
import {
  ArticleDetailsSection,
  ChecklistSection,
  ClaimsSection,
  CorrectionSection,
  CorrectionsLog,
  PublishingSection,
  PublishState,
  SummarySection,
} from './publish-sections';
import { BylinesForm } from './bylines-form';
import './publish.css';

export const metadata = { title: 'Publish' };

export default async function PublishPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  const view = await guard(getPublishView(user?.id ?? null, id));
  const { article, factCheck: fc, claims } = view;
  const editor = can(user, 'factcheck.publish');
  const live = fc?.status === 'published';
  return (
    <main id="main" className="publish">
      <p className="small">
        <Link href={`/articles/${article.id}`}>← Back to the article</Link>
      </p>
      <h1>Publish: {article.title}</h1>
      <PublishState fc={fc} />
      {live && (
        <p>
          <Link href={`/fact-checks/${fc.slug}`}>Open the reader’s page</Link>
        </p>
      )}
      {!editor && <p className="alert warn">Only editors can publish, unpublish or correct a fact-check. You can see where it stands.</p>}
      <SummarySection articleId={article.id} fc={fc} editor={editor} />
      {editor && fc && (
        <section aria-labelledby="bylines-h">
          <h2 id="bylines-h">Bylines</h2>
          <BylinesForm
            articleId={article.id}
            version={fc.version}
            checkers={fc.checkerNames}
            editor={fc.editorName}
            suggested={view.suggestedCheckers}
            me={user?.name ?? ''}
          />
        </section>
      )}
      <ClaimsSection claims={claims} editor={editor} live={live} />
      <ArticleDetailsSection article={article} canEdit={can(user, 'article.import')} />
      <ChecklistSection checklist={view.checklist} />
      {editor && (
        <p>
          <Link href={`/preview/${article.id}`}>Preview the reader’s page</Link> as publishing now would make it.
        </p>
      )}
      {editor && <PublishingSection articleId={article.id} fc={fc} />}
      {live && can(user, 'correction.write') && <CorrectionSection articleId={article.id} claims={claims} />}
      {fc && fc.corrections.length > 0 && <CorrectionsLog corrections={fc.corrections} />}
    </main>
  );
}
