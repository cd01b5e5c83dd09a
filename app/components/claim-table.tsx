import { truncate } from '@/lib/text';
import Link from '@/app/components/link';
import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';
import { formatDateTime } from '@/lib/format';
import type { ClaimStatus, Rating, VerdictKind } from '@/lib/generated/prisma/enums';
import { RowCheckbox, SelectAllCheckbox } from './bulk-select';

// The claims table of the claims list and the dashboard. The article title is plain text: it is
// one click away on the claim page, and a second link per row would only add noise for
// screen-reader users. With `selectable` (inside <BulkSelect>, on /claims) each row has a checkbox
// for bulk triage.
export type ClaimRow = {
  id: string;
  /** Its stable number in its article; the selectable list names rows by it. */
  number?: number;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  updatedAt: Date;
  assignee: { name: string } | null;
  article: { title: string };
  score?: number;
  latestVerdict?: { rating: Rating; kind: VerdictKind } | null;
};

type Props = { claims: ClaimRow[]; empty: string; caption?: string; full?: boolean; selectable?: boolean };

export function ClaimTable({ claims, empty, caption, full = false, selectable = false }: Props) {
  if (claims.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className={`claims-table${selectable ? ' selectable' : ''}`}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {selectable && (
            <td className="select-cell">
              <SelectAllCheckbox />
            </td>
          )}
          <th scope="col">Claim</th>
          <th scope="col">Claimant</th>
          <th scope="col">Article</th>
          <th scope="col">Status</th>
          {full && <th scope="col">Verdict</th>}
          <th scope="col">Assignee</th>
          {full && <th scope="col">Score</th>}
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id}>
            {selectable && (
              <td className="select-cell">
                <RowCheckbox
                  id={c.id}
                  label={`Select claim${c.number ? ` ${c.number}` : ''} of “${truncate(c.article.title, 40)}”: ${truncate(c.text, 80)}`}
                />
              </td>
            )}
            <td>
              <Link href={`/claims/${c.id}`}>{truncate(c.text, 160)}</Link>
            </td>
            <td>{c.claimant ?? '—'}</td>
            <td className="muted">{c.article.title}</td>
            <td>
              <span className="pill">{STATUS_LABELS[c.status]}</span>
            </td>
            {full && (
              <td>{c.latestVerdict ? `${RATING_LABELS[c.latestVerdict.rating]}${c.latestVerdict.kind === 'proposed' ? ' (proposed)' : ''}` : '—'}</td>
            )}
            <td>{c.assignee?.name ?? '—'}</td>
            {full && <td className="num">{c.score?.toFixed(2) ?? '—'}</td>}
            <td>{formatDateTime(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
