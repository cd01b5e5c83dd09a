'use client';

import { useCallback, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import type { TBulkOp, TBulkOutcome } from '@/lib/validation/bulk';
import { bulkTriageAction } from '@/app/(workspace)/claims/actions';

export type BulkItem = { id: string; version: number };
export type BulkState = FormState<{ outcomes: TBulkOutcome[] } | undefined>;

/**
 * Which claims of a list are checked for a bulk change. `items` are the claims shown, in the order
 * shown: a shift-click (or Shift+Space) sets every claim from the last one toggled to this one, as
 * in a mail client. Claims that leave the list (a refresh, a filter) leave the selection too.
 */
export function useBulkSelection(items: BulkItem[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const selected = useMemo(() => items.filter((i) => checked.has(i.id)), [items, checked]);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      // Read the anchor now: React may run the updater later, after the anchor has moved to `id`.
      const from = range && anchor.current ? items.findIndex((i) => i.id === anchor.current) : -1;
      const to = items.findIndex((i) => i.id === id);
      setChecked((prev) => {
        const on = !prev.has(id);
        const next = new Set(prev);
        const span = from < 0 || to < 0 ? [id] : items.slice(Math.min(from, to), Math.max(from, to) + 1).map((i) => i.id);
        for (const x of span) {
          if (on) next.add(x);
          else next.delete(x);
        }
        return next;
      });
      anchor.current = id;
    },
    [items],
  );

  const setAll = useCallback((on: boolean) => setChecked(on ? new Set(items.map((i) => i.id)) : new Set()), [items]);
  const keep = useCallback((ids: string[]) => setChecked(new Set(ids)), []);

  /** Props for a row's checkbox: a click toggles, a shift-click or Shift+Space toggles the range. */
  const checkboxProps = useCallback(
    (id: string) => ({
      type: 'checkbox' as const,
      checked: checked.has(id),
      // React reports a checkbox's change from its click event, which says whether Shift was held.
      onChange: (e: ChangeEvent<HTMLInputElement>) => toggle(id, (e.nativeEvent as MouseEvent).shiftKey === true),
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        // Chromium does not pass Shift on to the click that Space makes: do the range here instead.
        if (e.key === ' ' && e.shiftKey) {
          e.preventDefault();
          toggle(id, true);
        }
      },
    }),
    [checked, toggle],
  );

  const allOn = items.length > 0 && selected.length === items.length;
  const someOn = selected.length > 0 && !allOn;
  return { selected, checkboxProps, setAll, keep, allOn, someOn, clear: () => setAll(false) };
}

/**
 * Runs a bulk change on the selected claims through the one server action, then refreshes the
 * page so the list shows what is saved now. Claims that did not change stay selected, with the
 * version they are at now after the refresh, so trying again is one click.
 */
export function useBulkTriage(selection: ReturnType<typeof useBulkSelection>, start: (fn: () => Promise<void>) => void) {
  const router = useRouter();
  const [state, setState] = useState<BulkState>({});
  const run = (op: TBulkOp, assigneeId?: string) => {
    const claims = selection.selected.map((c) => ({ claimId: c.id, version: c.version }));
    start(async () => {
      const r = await bulkTriageAction({ op, claims, ...(assigneeId !== undefined ? { assigneeId } : {}) });
      setState(r);
      if (r.ok && r.data) selection.keep(r.data.outcomes.filter((o) => !o.ok).map((o) => o.claimId));
      router.refresh();
    });
  };
  return { state, run };
}
