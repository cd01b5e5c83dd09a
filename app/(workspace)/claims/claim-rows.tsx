import Link from 'next/link';
import { STATUS_LABELS } from '@/lib/workflow';
import { RATING_INFO } from '@/lib/ratings';
import { formatDateTime } from '@/lib/format';
import type { ClaimStatus, Rating, VerdictKind } from '@/lib/generated/prisma/enums';

type Row = {
  id: string;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  score: number;
  updatedAt: Date;
  assignee: { name: string } | null;
  article: { title: string };
  latestVerdict: { rating: Rating; kind: VerdictKind } | null;
};

export function ClaimRows({ claims }: { claims: Row[] }) {
  if (claims.length === 0) return <p className="empty">No claims match these filters.</p>;
  return (
    <table className="claims-table">
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Claimant</th>
          <th scope="col">Article</th>
          <th scope="col">Status</th>
          <th scope="col">Verdict</th>
          <th scope="col">Assignee</th>
          <th scope="col">Score</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/claims/${c.id}`}>{c.text.length > 160 ? `${c.text.slice(0, 157)}…` : c.text}</Link>
            </td>
            <td>{c.claimant ?? '—'}</td>
            <td className="muted">{c.article.title}</td>
            <td>
              <span className="pill">{STATUS_LABELS[c.status]}</span>
            </td>
            <td>{c.latestVerdict ? `${RATING_INFO[c.latestVerdict.rating].label}${c.latestVerdict.kind === 'proposed' ? ' (proposed)' : ''}` : '—'}</td>
            <td>{c.assignee?.name ?? '—'}</td>
            <td>{c.score.toFixed(2)}</td>
            <td>{formatDateTime(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
