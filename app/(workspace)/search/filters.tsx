import Link from '@/app/components/link';
import { ArticleField, AssigneeField, RatingField, StatusField, type FilterOptions } from '@/app/components/claim-filter-fields';

/** The search and its filters: a plain GET form, so it works without JavaScript and every search is a link. */
export function SearchFilters({
  values,
  options,
  claimantName,
}: {
  values: Record<string, string>;
  options: FilterOptions;
  claimantName: string | null;
}) {
  const without = (key: string) => `/search?${new URLSearchParams(Object.entries(values).filter(([k]) => k !== key))}`;
  return (
    <form method="get" action="/search" className="filters" role="search" aria-label="Search and filters">
      <div className="field wide">
        <label htmlFor="s-q">Search for</label>
        <input id="s-q" name="q" type="search" defaultValue={values.q ?? ''} maxLength={200} placeholder="e.g. unemployment “per cent” infla*" />
      </div>
      <StatusField id="s-status" value={values.status} anyLabel="Any but dismissed" />
      <RatingField id="s-rating" value={values.rating} />
      <AssigneeField id="s-assignee" value={values.assignee} people={options.people} />
      <ArticleField id="s-article" value={values.article} articles={options.articles} />
      <div className="field">
        <label htmlFor="s-from">Article dated from</label>
        <input id="s-from" name="from" type="date" defaultValue={values.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="s-to">to</label>
        <input id="s-to" name="to" type="date" defaultValue={values.to ?? ''} />
      </div>
      {values.claimant && (
        <div className="field filter-chip">
          <input type="hidden" name="claimant" value={values.claimant} />
          <span>
            Claimant: <strong>{claimantName ?? 'unknown record'}</strong>
          </span>
          <Link href={without('claimant')}>Any claimant</Link>
        </div>
      )}
      <div className="filters-submit">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
