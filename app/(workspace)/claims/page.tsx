import Link from '@/app/components/link';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { bulkAssignees } from '@/lib/data/bulk';
import { claimListFilterOptions, listClaimsPage } from '@/lib/data/claim-lists';
import { guard } from '@/lib/page-guard';
import { ZClaimListQuerySchema } from '@/lib/validation/claim-lists';
import { fieldErrors } from '@/lib/validation/parse';
import { ClaimFilters } from './filters';
import { listViews } from '@/lib/data/saved-views';
import { SavedViews } from '@/app/components/saved-views';
import { ClaimTable } from '@/app/components/claim-table';
import { BulkSelect } from '@/app/components/bulk-select';
import './claims.css';

export const metadata = { title: 'Claims' };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The filters live in the URL (a GET form), so a list is a link and works without JavaScript. */
export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [sp, user] = await Promise.all([searchParams, currentUser()]);
  const userId = user?.id ?? null;
  const raw: Record<string, string | undefined> = {
    status: first(sp.status),
    assignee: first(sp.assignee),
    rating: first(sp.rating),
    article: first(sp.article),
    sort: first(sp.sort),
    after: first(sp.after),
  };
  // A hand-edited or stale URL shows what was wrong and falls back to the unfiltered first page.
  const parsed = ZClaimListQuerySchema.safeParse(raw);
  const errors = parsed.success ? null : Object.values(fieldErrors(parsed.error)).flat();
  const query: Record<string, string | undefined> = parsed.success ? raw : {};
  const [page, options, assignees, views] = await Promise.all([
    guard(listClaimsPage(userId, query)),
    guard(claimListFilterOptions(userId)),
    guard(bulkAssignees(userId)),
    guard(listViews(userId)),
  ]);

  const keep = Object.fromEntries(Object.entries(query).filter(([k, v]) => k !== 'after' && v)) as Record<string, string>;
  const nextHref = page.next ? `/claims?${new URLSearchParams({ ...keep, after: page.next })}` : null;
  const firstHref = `/claims?${new URLSearchParams(keep)}`;
  // The exports take the same filters and sort (never the page position): the whole list, not this page.
  const exportQuery = new URLSearchParams(keep).toString();
  const exportHref = (format: 'csv' | 'json') => `/api/export/claims.${format}${exportQuery ? `?${exportQuery}` : ''}`;

  return (
    <main id="main">
      <h1>Claims</h1>
      {errors && (
        <p className="alert error" role="alert">
          {errors.join(' ')} Showing all claims instead.
        </p>
      )}
      <ClaimFilters values={keep} options={options} />
      <SavedViews views={views} query={exportQuery} path="/claims" />
      {/* Plain links, not <Link>: a prefetch would start the download. */}
      <p className="exports">
        Every claim matching these filters: <a href={exportHref('csv')}>Export CSV</a> <a href={exportHref('json')}>Export JSON</a>
      </p>
      {/* The bulk controls only show what the role allows; every claim's change authorizes again in lib/data. */}
      <BulkSelect
        items={page.claims.map((c) => ({ id: c.id, version: c.version }))}
        canReview={can(user, 'claim.review')}
        canAssign={can(user, 'claim.assign')}
        assignees={assignees}
      >
        <ClaimTable
          claims={page.claims}
          empty="No claims match these filters."
          full
          selectable={can(user, 'claim.review') || can(user, 'claim.assign')}
        />
      </BulkSelect>
      <nav className="pager" aria-label="Pages">
        {query.after && <Link href={firstHref}>← First page</Link>}
        {nextHref && (
          <Link href={nextHref} rel="next">
            Next page →
          </Link>
        )}
      </nav>
    </main>
  );
}
