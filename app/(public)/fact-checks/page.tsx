import Link from 'next/link';
import { listPublishedFactChecks } from '@/lib/data/public';
import { formatDate } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Fact-checks' };

export default async function FactChecksIndex() {
  const items = await listPublishedFactChecks();
  return (
    <main id="main" className="narrow">
      <h1>Fact-checks</h1>
      {items.length === 0 ? (
        <p className="empty">No fact-checks have been published yet.</p>
      ) : (
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
      )}
    </main>
  );
}
