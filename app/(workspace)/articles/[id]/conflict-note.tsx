import { STATUS_LABELS } from '@/lib/workflow';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

type Current = { start?: number; end?: number; text?: string; status?: ClaimStatus; claimant?: string | null; cue?: string | null };

/** After a CONFLICT: what the claim looks like now, next to what the user typed (kept in the form). */
export function ConflictNote({ current }: { current: unknown }) {
  if (!current || typeof current !== 'object') return null;
  const c = current as Current;
  return (
    <div className="alert warn conflict-now">
      <p className="label">What is there now</p>
      <dl className="facts">
        {c.status && (
          <>
            <dt>Status</dt>
            <dd>{STATUS_LABELS[c.status]}</dd>
          </>
        )}
        {c.text !== undefined && (
          <>
            <dt>Text</dt>
            <dd>
              “{c.text}” (characters {c.start}–{c.end})
            </dd>
          </>
        )}
        {'claimant' in c && (
          <>
            <dt>Claimant</dt>
            <dd>{c.claimant ?? 'none'}</dd>
            <dt>Cue</dt>
            <dd>{c.cue ?? 'none'}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
