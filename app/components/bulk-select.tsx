'use client';

import { createContext, useContext, useTransition, type ReactNode } from 'react';
import { BulkBar } from './bulk-bar';
import { useBulkSelection, useBulkTriage, type BulkItem } from './use-bulk-selection';

// Bulk selection for a server-rendered list (/claims): the rows stay server components and only
// their checkboxes are client components, sharing the selection through this context.

type Selection = ReturnType<typeof useBulkSelection>;
const BulkContext = createContext<Selection | null>(null);

const useSelection = () => {
  const s = useContext(BulkContext);
  if (!s) throw new Error('Bulk checkboxes belong inside <BulkSelect>.');
  return s;
};

type Props = {
  /** The rows shown, in order (shift-click ranges follow it), with the version each was loaded at. */
  items: BulkItem[];
  canReview: boolean;
  canAssign: boolean;
  assignees: { id: string; name: string }[];
  children: ReactNode;
};

/** The bulk bar above `children`, a list whose rows render <RowCheckbox>. */
export function BulkSelect({ items, canReview, canAssign, assignees, children }: Props) {
  const selection = useBulkSelection(items);
  const [pending, start] = useTransition();
  const { state, run } = useBulkTriage(selection, start);
  return (
    <BulkContext.Provider value={selection}>
      <BulkBar
        count={selection.selected.length}
        canReview={canReview}
        canAssign={canAssign}
        assignees={assignees}
        pending={pending}
        state={state}
        onRun={run}
        onClear={selection.clear}
      />
      {children}
    </BulkContext.Provider>
  );
}

/** A row's checkbox; `label` names the claim ("Select claim 4: …"). */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const s = useSelection();
  return <input {...s.checkboxProps(id)} aria-label={label} className="bulk-check" />;
}

/** Checks or clears every row shown. */
export function SelectAllCheckbox({ label = 'Select all claims on this page' }: { label?: string }) {
  const s = useSelection();
  return (
    <input
      type="checkbox"
      className="bulk-check"
      aria-label={label}
      checked={s.allOn}
      ref={(el) => {
        if (el) el.indeterminate = s.someOn;
      }}
      onChange={() => s.setAll(!s.allOn)}
    />
  );
}
