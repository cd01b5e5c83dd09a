import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { warmExtraction } from '@/lib/jobs/extraction-pool';
import { ImportForm } from './import-form';

export const metadata = { title: 'Import an article' };

type Search = { url?: string | string[] };

/** The article's address, prefilled when a reader's tip at /feedback links here with where the reader saw it. */
const prefill = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 2000) : '');

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<Search> }) {
  // Only decides what to render: importArticle authorizes again when the form is submitted.
  const [user, search] = await Promise.all([requireUser(), searchParams]);
  if (!can(user, 'article.import')) forbidden();
  warmExtraction();
  return (
    <main id="main" className="narrow">
      <h1>Import an article</h1>
      <p className="muted">
        Paste the article or upload its file, preview the claims the extractor finds, check the details, then save. Nothing is stored until you save.
      </p>
      <ImportForm initial={{ url: prefill(search.url) }} />
    </main>
  );
}
