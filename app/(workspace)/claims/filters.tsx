import { CLAIM_SORT_LABELS } from '@/lib/labels';
import { ArticleField, AssigneeField, RatingField, StatusField, type FilterOptions } from '@/app/components/claim-filter-fields';

/** A plain GET form: every filter is a query parameter, so it works without JavaScript. */
export function ClaimFilters({ values, options }: { values: Record<string, string>; options: FilterOptions }) {
  return (
    <form method="get" action="/claims" className="filters" aria-label="Filter claims">
      <StatusField id="f-status" value={values.status} anyLabel="Desk work (open to ruled)" />
      <AssigneeField id="f-assignee" value={values.assignee} people={options.people} />
      <RatingField id="f-rating" value={values.rating} />
      <ArticleField id="f-article" value={values.article} articles={options.articles} />
      <div className="field">
        <label htmlFor="f-sort">Sort by</label>
        <select id="f-sort" name="sort" defaultValue={values.sort ?? 'updated'}>
          {Object.entries(CLAIM_SORT_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="filters-submit">
        <button type="submit">Apply filters</button>
      </div>
    </form>
  );
}
