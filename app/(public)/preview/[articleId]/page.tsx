import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUserId } from '@/lib/auth/session';
import { getReaderPreview } from '@/lib/data/preview';
import { guard } from '@/lib/page-guard';
import { isId } from '@/lib/validation/common';
import { ReaderBody } from '../../fact-checks/[slug]/reader-body';
import '../../fact-checks/[slug]/reader.css';

// The editor's preview: the reader's page exactly as publishing now would make it, in the
// reader's layout, with a banner saying it is not published. Never cached, never indexed.
export const dynamic = 'force-dynamic';
export const metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ articleId: string }> }) {
  const [{ articleId }, actorId] = await Promise.all([params, currentUserId()]);
  if (!isId(articleId)) notFound();
  const { view, published } = await guard(getReaderPreview(actorId, articleId));
  return (
    <main id="main" className="reader">
      <div className="alert warn preview-banner" role="note" aria-label="Preview">
        <p>
          <strong>Preview.</strong>{' '}
          {published ? 'Readers see the published version until you publish these changes.' : 'Readers see nothing until you publish.'}{' '}
          <Link href={`/articles/${articleId}/publish`}>Back to publishing</Link>
        </p>
      </div>
      <ReaderBody fc={view} />
    </main>
  );
}
