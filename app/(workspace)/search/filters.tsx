import Link from 'next/link';
import { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';

type Options = { people: { id: string; name: string }[]; articles: { id: string; title: string }[] };

/** The search and its filters: a plain GET form, so it works without JavaScript and every search is a link. */
export function SearchFilters({ values, options, claimantName }: { values: Record<string, string>; options: Options; claimantName: string | null }) {
  const articles =
    values.article && !options.articles.some((a) => a.id === values.article)
      ? [{ id: values.article, title: 'The selected article' }, ...options.articles]
      : options.articles;
  const without = (key: string) => `/search?${new URLSearchParams(Object.entries(values).filter(([k]) => k !== key))}`;
  return (
    <form method="get" action="/search" className="filters" role="search" aria-label="Search and filters">
      <div className="field wide">
        <label htmlFor="s-q">Search for</label>
        <input id="s-q" name="q" type="search" defaultValue={values.q ?? ''} maxLength={200} placeholder="e.g. unemployment “per cent” infla*" />
      </div>
      <div className="field">
        <label htmlFor="s-status">Status</label>
        <select id="s-status" name="status" defaultValue={values.status ?? ''}>
          <option value="">Any but dismissed</option>
          {Object.values(ClaimStatus).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="s-rating">Latest verdict</label>
        <select id="s-rating" name="rating" defaultValue={values.rating ?? ''}>
          <option value="">Any</option>
          {Object.values(Rating).map((r) => (
            <option key={r} value={r}>
              {RATING_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="s-assignee">Assignee</label>
        <select id="s-assignee" name="assignee" defaultValue={values.assignee ?? ''}>
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
        <label htmlFor="s-article">Article</label>
        <select id="s-article" name="article" defaultValue={values.article ?? ''}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <DateRange from={values.from} to={values.to} />
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

/** The article's date, from and to (inclusive). */
const DateRange = ({ from, to }: { from?: string; to?: string }) => (
  <>
    <div className="field">
      <label htmlFor="s-from">Article dated from</label>
      <input id="s-from" name="from" type="date" defaultValue={from ?? ''} />
    </div>
    <div className="field">
      <label htmlFor="s-to">to</label>
      <input id="s-to" name="to" type="date" defaultValue={to ?? ''} />
    </div>
  </>
);
