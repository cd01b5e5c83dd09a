'use client';

import { useId, useState } from 'react';
import type { TBulkOp, TBulkOutcome } from '@/lib/validation/bulk';
import type { BulkState } from './use-bulk-selection';
import './bulk-bar.css';

type Props = {
  /** How many claims are checked; the actions show only while there are some. */
  count: number;
  /** What the person's role allows (lib/auth/permissions.ts); the server checks again. */
  canReview: boolean;
  canAssign: boolean;
  /** Active journalists and editors, for "Assign to". */
  assignees: { id: string; name: string }[];
  pending: boolean;
  state: BulkState;
  onRun: (op: TBulkOp, assigneeId?: string) => void;
  onClear: () => void;
};

type Failure = Extract<TBulkOutcome, { ok: false }>;

/**
 * The bulk actions on the checked claims, shared by /claims and the article workspace. The
 * outcome region stays mounted, selection or not, so screen readers hear every result.
 */
export function BulkBar({ count, canReview, canAssign, assignees, pending, state, onRun, onClear }: Props) {
  const id = useId();
  const [assignee, setAssignee] = useState('');
  const failures = (state.data?.outcomes.filter((o) => !o.ok) ?? []) as Failure[];
  return (
    <div className="bulk">
      {count > 0 && (
        <div role="group" aria-label="Bulk actions on the selected claims" className="bulk-bar">
          <span className="bulk-count">{count} selected</span>
          {canReview && (
            <>
              <button type="button" disabled={pending} onClick={() => onRun('accept')}>
                Accept selected
              </button>
              <button type="button" className="secondary" disabled={pending} onClick={() => onRun('dismiss')}>
                Dismiss selected
              </button>
            </>
          )}
          {canAssign && (
            <span className="bulk-assign">
              <label htmlFor={`${id}-assignee`}>Assign to</label>
              <select id={`${id}-assignee`} value={assignee} onChange={(e) => setAssignee(e.target.value)} disabled={pending}>
                <option value="">Choose…</option>
                {assignees.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <button type="button" disabled={pending} onClick={() => onRun('assign', assignee)}>
                Assign selected
              </button>
            </span>
          )}
          <button type="button" className="link" disabled={pending} onClick={onClear}>
            Clear selection
          </button>
        </div>
      )}
      <div role="status" className="bulk-status">
        {pending ? (
          <p className="muted small">Saving…</p>
        ) : (
          state.message && (
            <>
              <p className={`alert ${!state.ok ? 'error' : failures.length ? 'warn' : 'ok'}`}>{state.message}</p>
              {failures.length > 0 && (
                <ul className="bulk-failures" aria-label="Claims not changed">
                  {failures.map((f) => (
                    <li key={f.claimId}>
                      {f.number !== undefined ? `Claim ${f.number}` : 'A claim'}: {f.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )
        )}
      </div>
    </div>
  );
}
