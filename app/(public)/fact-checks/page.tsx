import Link from '@/app/components/link';
import { listPublishedFactChecks, type PublicListItem } from '@/lib/data/public-lists';
import { isAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';

// Newest first, a page at a time (a keyset cursor in ?after=…), so the index costs the same at
// ten thousand fact-checks as at ten. scripts/server.mjs keeps each page until a publication.
export const dynamic = 'force-dynamic';
export const metadata = { title: 'Fact-checks', alternates: { types: { 'application/atom+xml': '/feed.xml' } } };

type Props = { searchParams: Promise<{ after?: string | string[] }> };

export default async function FactChecksIndex({ searchParams }: Props) {
  const { after } = await searchParams;
  const page = await listPublishedFactChecks({ after: typeof after === 'string' ? after : undefined }).catch((e: unknown) => {
    if (isAppError(e) && e.info.code === 'INVALID') return null; // a broken page link
    throw e;
  });
  return (
    <main id="main" className="narrow">
      <h1>Fact-checks</h1>
      {page === null ? (
        <p className="alert warn">
          That page link is broken. <Link href="/fact-checks">Start from the newest fact-checks</Link>.
        </p>
      ) : page.items.length === 0 ? (
        <p className="empty">{after ? 'There are no older fact-checks.' : 'No fact-checks have been published yet.'}</p>
      ) : (
        <FactCheckList items={page.items} />
      )}
      <nav aria-label="More fact-checks" className="pager">
        {after && <Link href="/fact-checks">Newest fact-checks</Link>}
        {page?.next && <Link href={`/fact-checks?after=${encodeURIComponent(page.next)}`}>Older fact-checks</Link>}
        <a href="/feed.xml">Atom feed</a>
      </nav>
    </main>
  );
}

function FactCheckList({ items }: { items: PublicListItem[] }) {
  return (
    <ul className="plain-list">
      {items.map((f) => (
        <li key={f.slug}>
          <h2>
            <Link href={`/fact-checks/${f.slug}`}>{f.title}</Link>
          </h2>
          <p className="muted small">
            {f.publisher ?? 'Unknown publisher'} · checked {formatDate(f.publishedAt)}
          </p>
          {f.summary && <p>{f.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
