import { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';

// The filter fields /claims and /search share: selects inside a GET form, named as the query parameters.

export type FilterOptions = { people: { id: string; name: string }[]; articles: { id: string; title: string }[] };

type Field = { id: string; value?: string };

export const StatusField = ({ id, value, anyLabel }: Field & { anyLabel: string }) => (
  <div className="field">
    <label htmlFor={id}>Status</label>
    <select id={id} name="status" defaultValue={value ?? ''}>
      <option value="">{anyLabel}</option>
      {Object.values(ClaimStatus).map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  </div>
);

export const AssigneeField = ({ id, value, people }: Field & { people: FilterOptions['people'] }) => (
  <div className="field">
    <label htmlFor={id}>Assignee</label>
    <select id={id} name="assignee" defaultValue={value ?? ''}>
      <option value="">Anyone</option>
      <option value="me">Me</option>
      <option value="none">Nobody</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  </div>
);

export const RatingField = ({ id, value }: Field) => (
  <div className="field">
    <label htmlFor={id}>Latest verdict</label>
    <select id={id} name="rating" defaultValue={value ?? ''}>
      <option value="">Any</option>
      {Object.values(Rating).map((r) => (
        <option key={r} value={r}>
          {RATING_LABELS[r]}
        </option>
      ))}
    </select>
  </div>
);

/** The recent articles, and the chosen one even when it is older than those. */
export function ArticleField({ id, value, articles }: Field & { articles: FilterOptions['articles'] }) {
  const shown = value && !articles.some((a) => a.id === value) ? [{ id: value, title: 'The selected article' }, ...articles] : articles;
  return (
    <div className="field">
      <label htmlFor={id}>Article</label>
      <select id={id} name="article" defaultValue={value ?? ''}>
        <option value="">All articles</option>
        {shown.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </select>
    </div>
  );
}
