import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';
import type { ClaimStatus, Rating, VerdictKind } from '@/lib/generated/prisma/enums';

type Labelled = { status: ClaimStatus; recommended: boolean; verdict: { rating: Rating; kind: VerdictKind } | null };

/** A suggestion the extractor scored below its threshold: kept, but collapsed in the list. */
export const isLowScoring = (c: Labelled) => c.status === 'suggested' && !c.recommended;

/** The status in words, with the latest verdict when there is one: never colour alone. */
export function claimLabel(c: Labelled): string {
  const status = STATUS_LABELS[c.status];
  if (!c.verdict) return status;
  return `${status}: ${RATING_LABELS[c.verdict.rating]}${c.verdict.kind === 'proposed' ? ' (proposed)' : ''}`;
}

/** CSS classes for a highlight: by status, and by the latest verdict's rating when there is one. */
export function markClass(c: Labelled): string {
  return ['claim-mark', `status-${c.status}`, c.verdict ? `rating-${c.verdict.rating}` : '', isLowScoring(c) ? 'low' : ''].filter(Boolean).join(' ');
}
