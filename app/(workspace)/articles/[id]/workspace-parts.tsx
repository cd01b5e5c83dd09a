import { truncate } from '@/lib/text';
import type { TextSelection } from './article-text';

// The workspace's small presentational pieces.

export function KeysHint({ canReview }: { canReview: boolean }) {
  return (
    <p className="hint keys" id="workspace-keys">
      Keys: <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move between claims, <kbd>Enter</kbd> opens the claim page
      {canReview && (
        <>
          , <kbd>a</kbd> accepts, <kbd>d</kbd> dismisses
        </>
      )}
      . Keys do nothing while you type in a field.{canReview && ' To add a claim, select its text in the article.'}
    </p>
  );
}

/** Text the user selected in the article, offered as a new claim. */
export function SelectionCard({
  selection,
  pending,
  onAdd,
  onClear,
}: {
  selection: TextSelection;
  pending: boolean;
  onAdd: () => void;
  onClear: () => void;
}) {
  return (
    <div className="card selection-card">
      <h2>Selected text</h2>
      <p className="quote">“{truncate(selection.text, 160)}”</p>
      <p className="small muted">
        Characters {selection.start}–{selection.end}
      </p>
      <button type="button" disabled={pending} onClick={onAdd}>
        Add as a claim
      </button>{' '}
      <button type="button" className="secondary" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}

export function Legend() {
  return (
    <p className="legend small">
      Highlights: <span className="claim-mark status-suggested">suggested</span> <span className="claim-mark status-open">open</span>{' '}
      <span className="claim-mark status-researching">in research</span> <span className="claim-mark status-dismissed">dismissed</span>; ruled claims
      take their verdict&apos;s colour. Each claim is followed by its number and status.
    </p>
  );
}
