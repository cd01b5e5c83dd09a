import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { STATUS_LABELS } from '@/lib/workflow';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

type Row = {
  id: string;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  updatedAt: Date;
  assignee: { name: string } | null;
  article: { id: string; title: string };
};

const excerpt = (t: string) => (t.length > 140 ? `${t.slice(0, 137)}…` : t);

export function ClaimTable({ claims, caption, empty }: { claims: Row[]; caption: string; empty: string }) {
  if (claims.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Claimant</th>
          <th scope="col">Article</th>
          <th scope="col">Status</th>
          <th scope="col">Assignee</th>
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
            {/* Plain text: the article is one click away on the claim page, and a second link per row
                would only repeat the Recent articles table for screen-reader users. */}
            <td className="muted">{c.article.title}</td>
            <td>
              <span className="pill">{STATUS_LABELS[c.status]}</span>
            </td>
            <td>{c.assignee?.name ?? '—'}</td>
            <td>{formatDateTime(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
