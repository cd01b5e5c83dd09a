// One exported claim: the row PostgreSQL sends (lib/data/export.ts, one row per claim with its
// sources and notes aggregated in SQL) and the shape both formats write. Pure: no database.
import type { ClaimStatus, Rating, SourceType, Stance, VerdictKind } from '@/lib/generated/prisma/enums';
import { RATING_LABELS } from '@/lib/labels';

/** A row of the export statement. Times arrive as ISO UTC text (to_char in SQL): no driver time zone can shift them. */
export type ExportRow = {
  id: string;
  article_id: string;
  article_title: string;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  updated_at: string;
  assignee_id: string | null;
  assignee_name: string | null;
  verdict_rating: string | null;
  verdict_kind: VerdictKind | null;
  verdict_explanation: string | null;
  verdict_at: string | null;
  sources: { url: string; title: string; type: SourceType; stance: Stance; archive_url: string | null }[] | null;
  /** null when notes were left out of the statement; [] when included and there are none. */
  notes: { author: string | null; body: string; at: string }[] | null;
};

export type ExportSource = { url: string; title: string; type: SourceType; stance: Stance; archiveUrl: string | null };
export type ExportNote = { author: string | null; body: string; at: string };

export type ExportClaim = {
  id: string;
  article: { id: string; title: string };
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  updatedAt: string;
  assignee: { id: string; name: string } | null;
  /** The newest verdict, proposed or ruled (the one the list's rating filter reads). */
  latestVerdict: { rating: Rating; ratingLabel: string; kind: VerdictKind; explanation: string; at: string } | null;
  sources: ExportSource[];
  /** Present only when the export includes notes (staff only: lib/data/export.ts decides). */
  notes?: ExportNote[];
};

// PostgreSQL spells two ratings differently from the client (schema.prisma @map); the export uses
// the client's names, which are what the `rating` filter takes.
import { clientRating } from '@/lib/ratings';
export { clientRating };

/** The row as an exported claim. `includeNotes` is the data layer's decision; a row's notes never leak past it. */
export function toExportClaim(r: ExportRow, includeNotes: boolean): ExportClaim {
  const rating = r.verdict_rating ? clientRating(r.verdict_rating) : null;
  const claim: ExportClaim = {
    id: r.id,
    article: { id: r.article_id, title: r.article_title },
    text: r.text,
    claimant: r.claimant,
    status: r.status,
    updatedAt: r.updated_at,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    latestVerdict:
      rating && r.verdict_kind
        ? { rating, ratingLabel: RATING_LABELS[rating], kind: r.verdict_kind, explanation: r.verdict_explanation ?? '', at: r.verdict_at ?? '' }
        : null,
    sources: (r.sources ?? []).map((s) => ({ url: s.url, title: s.title, type: s.type, stance: s.stance, archiveUrl: s.archive_url })),
  };
  if (includeNotes) claim.notes = (r.notes ?? []).map((n) => ({ author: n.author, body: n.body, at: n.at }));
  return claim;
}
