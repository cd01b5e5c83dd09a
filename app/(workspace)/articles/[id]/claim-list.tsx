'use client';

import type { NumberedClaim, Order } from './workspace';
import { claimLabel } from './claim-marks';

type Props = {
  main: NumberedClaim[];
  low: NumberedClaim[];
  order: Order;
  onOrder: (o: Order) => void;
  lowOpen: boolean;
  onLowOpen: (open: boolean) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

function Items({ claims, selectedId, onSelect }: { claims: NumberedClaim[]; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className={`claim-item${c.id === selectedId ? ' is-selected' : ''}`}
            data-claim-button={c.id}
            aria-pressed={c.id === selectedId}
            onClick={() => onSelect(c.id)}
          >
            <span className="claim-item-n">{c.n}</span>
            <span className="claim-item-text">{c.text}</span>
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
  );
}

/** The article's claims, ranked by score or in text order; low-scoring suggestions collapsed. */
export function ClaimList({ main, low, order, onOrder, lowOpen, onLowOpen, selectedId, onSelect }: Props) {
  return (
    <section aria-labelledby="claims-heading" className="claims-panel">
      <h2 id="claims-heading">Claims ({main.length + low.length})</h2>
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
        <Items claims={main} selectedId={selectedId} onSelect={onSelect} />
      )}
      {low.length > 0 && (
        <details open={lowOpen} onToggle={(e) => onLowOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{low.length} low-scoring sentences</summary>
          <Items claims={low} selectedId={selectedId} onSelect={onSelect} />
        </details>
      )}
    </section>
  );
}
