import Link from 'next/link';
import { STATUS_LABELS } from '@/lib/workflow';
import { RATING_INFO } from '@/lib/ratings';
import { formatDateTime } from '@/lib/format';
import type { ClaimStatus, Rating, VerdictKind } from '@/lib/generated/prisma/enums';

// The claims table of the claims list and the dashboard. The article title is plain text: it is
// one click away on the claim page, and a second link per row would only add noise for
// screen-reader users.
export type ClaimRow = {
  id: string;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  updatedAt: Date;
  assignee: { name: string } | null;
  article: { title: string };
  score?: number;
  latestVerdict?: { rating: Rating; kind: VerdictKind } | null;
};

const excerpt = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);

export function ClaimTable({ claims, empty, caption, full = false }: { claims: ClaimRow[]; empty: string; caption?: string; full?: boolean }) {
  if (claims.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="claims-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
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
            <td>
              <Link href={`/claims/${c.id}`}>{excerpt(c.text)}</Link>
            </td>
            <td>{c.claimant ?? '—'}</td>
            <td className="muted">{c.article.title}</td>
            <td>
              <span className="pill">{STATUS_LABELS[c.status]}</span>
            </td>
            {full && (
              <td>{c.latestVerdict ? `${RATING_INFO[c.latestVerdict.rating].label}${c.latestVerdict.kind === 'proposed' ? ' (proposed)' : ''}` : '—'}</td>
            )}
            <td>{c.assignee?.name ?? '—'}</td>
            {full && <td>{c.score?.toFixed(2) ?? '—'}</td>}
            <td>{formatDateTime(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
