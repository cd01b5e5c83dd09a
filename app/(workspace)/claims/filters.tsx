import { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { CLAIM_SORT_LABELS, RATING_LABELS, STATUS_LABELS } from '@/lib/labels';

type Options = { people: { id: string; name: string }[]; articles: { id: string; title: string }[] };

/** A plain GET form: every filter is a query parameter, so it works without JavaScript. */
export function ClaimFilters({ values, options }: { values: Record<string, string>; options: Options }) {
  const articles =
    values.article && !options.articles.some((a) => a.id === values.article)
      ? [{ id: values.article, title: 'The selected article' }, ...options.articles]
      : options.articles;
  return (
    <form method="get" action="/claims" className="filters" aria-label="Filter claims">
      <div className="field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" name="status" defaultValue={values.status ?? ''}>
          <option value="">Desk work (open to ruled)</option>
          {Object.values(ClaimStatus).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-assignee">Assignee</label>
        <select id="f-assignee" name="assignee" defaultValue={values.assignee ?? ''}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
          {options.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-rating">Latest verdict</label>
        <select id="f-rating" name="rating" defaultValue={values.rating ?? ''}>
          <option value="">Any</option>
          {Object.values(Rating).map((r) => (
            <option key={r} value={r}>
              {RATING_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-article">Article</label>
        <select id="f-article" name="article" defaultValue={values.article ?? ''}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
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
