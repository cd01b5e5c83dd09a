import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { warmExtraction } from '@/lib/jobs/extraction-pool';
import { ImportForm } from './import-form';

export const metadata = { title: 'Import an article' };

export default async function NewArticlePage() {
  // Only decides what to render: importArticle authorizes again when the form is submitted.
  const user = await requireUser();
  if (!can(user, 'article.import')) forbidden();
  warmExtraction();
  return (
    <main id="main" className="narrow">
      <h1>Import an article</h1>
      <p className="muted">
        Paste the article or upload its file, preview the claims the extractor finds, check the details, then save. Nothing is stored until you save.
      </p>
      <ImportForm />
    </main>
  );
}
