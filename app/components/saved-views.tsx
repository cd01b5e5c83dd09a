import Link from '@/app/components/link';
import type { listViews } from '@/lib/data/saved-views';
import type { ViewPath } from '@/lib/validation/saved-views';
import { DeleteViewButton, SaveViewForm } from './save-view-form';

const KIND: Record<ViewPath, string> = { '/claims': 'list', '/search': 'search' };

/** The person's saved views of the claims list and of searches (each a link: shareable as it is), and the form that saves this page's. */
export function SavedViews({ views, query, path }: { views: Awaited<ReturnType<typeof listViews>>; query: string; path: ViewPath }) {
  return (
    <aside aria-labelledby="views-heading" className="saved-views">
      <h2 id="views-heading">Saved views</h2>
      {views.length === 0 ? (
        <p className="muted small">None yet: choose filters, then save them with a name.</p>
      ) : (
        <ul>
          {views.map((v) => (
            <li key={v.id}>
              <Link href={v.href}>{v.name}</Link> <span className="muted small">({KIND[v.path as ViewPath] ?? 'list'})</span>{' '}
              <DeleteViewButton id={v.id} name={v.name} />
            </li>
          ))}
        </ul>
      )}
      <SaveViewForm query={query} path={path} />
    </aside>
  );
}
