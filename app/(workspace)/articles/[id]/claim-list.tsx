'use client';

import { useMemo, useState, useTransition } from 'react';
import { claimText } from '@/lib/workspace-marks';
import { truncate } from '@/lib/text';
import { BulkBar } from '@/app/components/bulk-bar';
import { useBulkSelection, useBulkTriage } from '@/app/components/use-bulk-selection';
import type { NumberedClaim, Order } from './workspace';
import { claimLabel } from './claim-marks';

/** Items rendered at first and per "show more": a 6,000-claim article lists them a page at a time. */
const PAGE = 100;

type Props = {
  main: NumberedClaim[];
  low: NumberedClaim[];
  order: Order;
  onOrder: (o: Order) => void;
  lowOpen: boolean;
  onLowOpen: (open: boolean) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  text: string;
  /** Whether the person may accept and dismiss: the list then has checkboxes for bulk triage. */
  canReview?: boolean;
  /** Whom bulk assignment may name (empty: no assigning). */
  assignees?: { id: string; name: string }[];
};

type Checks = ReturnType<typeof useBulkSelection> | null;
type ItemsProps = { claims: NumberedClaim[]; selectedId: string | null; onSelect: (id: string) => void; text: string; checks: Checks };

function Items({ claims, selectedId, onSelect, text, checks }: ItemsProps) {
  const [limit, setLimit] = useState(PAGE);
  // The selected claim is always in the list, however far down (keyboard moves reach it).
  const at = selectedId ? claims.findIndex((c) => c.id === selectedId) : -1;
  const shown = Math.max(limit, at + 1);
  return (
    <>
      <ul className="claim-list">
        {claims.slice(0, shown).map((c) => (
          <li key={c.id} className={checks ? 'checkable' : undefined}>
            {/* An addition to the single selection: the checkbox marks the claim for a bulk change, the button selects it. */}
            {checks && (
              <input {...checks.checkboxProps(c.id)} className="bulk-check" aria-label={`Select claim ${c.n}: ${truncate(claimText(c, text), 80)}`} />
            )}
            <button
              type="button"
              className={`claim-item${c.id === selectedId ? ' is-selected' : ''}`}
              data-claim-button={c.id}
              aria-pressed={c.id === selectedId}
              onClick={() => onSelect(c.id)}
            >
              <span className="claim-item-n">{c.n}</span>
              <span className="claim-item-text">{truncate(claimText(c, text), 300)}</span>
              <span className="claim-item-meta">
                <span className={`pill status-pill status-${c.status}`}>{claimLabel(c)}</span>{' '}
                {c.anchorStatus === 'orphaned' && <span className="pill anchor-pill">gone from the text</span>}
                {c.anchorPending && c.anchorStatus === 'changed' && <span className="pill anchor-pill">words changed</span>}
                {c.needsRecheck && <span className="pill anchor-pill">rule again</span>} <span className="muted">score {c.score.toFixed(2)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {claims.length > shown && (
        <button type="button" className="secondary show-more" onClick={() => setLimit(shown + PAGE)}>
          Show {Math.min(PAGE, claims.length - shown)} more of {claims.length - shown}
        </button>
      )}
    </>
  );
}

/**
 * Bulk triage of the listed claims: checkboxes (click, shift-click, Space, Shift+Space) and the
 * shared bulk bar. Shift ranges follow the list as shown, the low-scoring group once open.
 */
function useListBulk(main: NumberedClaim[], low: NumberedClaim[], lowOpen: boolean) {
  const items = useMemo(() => (lowOpen ? [...main, ...low] : main), [main, low, lowOpen]);
  const checks = useBulkSelection(items);
  const [pending, start] = useTransition();
  const { state, run } = useBulkTriage(checks, start);
  return { checks, pending, state, run };
}

/** The article's claims, ranked by score or in text order; low-scoring suggestions collapsed. */
export function ClaimList({ main, low, order, onOrder, lowOpen, onLowOpen, selectedId, onSelect, text, canReview = false, assignees = [] }: Props) {
  const bulk = useListBulk(main, low, lowOpen);
  const checks = canReview ? bulk.checks : null;
  return (
    <section aria-labelledby="claims-heading" className="claims-panel">
      <h2 id="claims-heading">Claims ({main.length + low.length})</h2>
      {canReview && (
        <BulkBar
          count={bulk.checks.selected.length}
          canReview={canReview}
          canAssign={assignees.length > 0}
          assignees={assignees}
          pending={bulk.pending}
          state={bulk.state}
          onRun={bulk.run}
          onClear={bulk.checks.clear}
        />
      )}
      <div role="group" aria-label="Order of the list" className="order-toggle">
        <button type="button" className="secondary" aria-pressed={order === 'ranked'} onClick={() => onOrder('ranked')}>
          Ranked by score
        </button>
        <button type="button" className="secondary" aria-pressed={order === 'text'} onClick={() => onOrder('text')}>
          In text order
        </button>
      </div>
      {main.length === 0 && low.length === 0 ? (
        <p className="empty">No claims yet. Select text in the article to add one.</p>
      ) : main.length === 0 ? (
        <p className="empty">No suggested claims: see the low-scoring sentences below.</p>
      ) : (
        <Items claims={main} selectedId={selectedId} onSelect={onSelect} text={text} checks={checks} />
      )}
      {low.length > 0 && (
        <details open={lowOpen} onToggle={(e) => onLowOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{low.length} low-scoring sentences</summary>
          {lowOpen && <Items claims={low} selectedId={selectedId} onSelect={onSelect} text={text} checks={checks} />}
        </details>
      )}
    </section>
  );
}
