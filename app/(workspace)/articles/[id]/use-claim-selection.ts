'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isLowScoring } from './claim-marks';
import type { NumberedClaim, Order } from './workspace';

const byScore = (a: NumberedClaim, b: NumberedClaim) => b.score - a.score || a.start - b.start;
const byStart = (a: NumberedClaim, b: NumberedClaim) => a.start - b.start;

/**
 * Which claim is selected, and the lists it is chosen from: claims are numbered in text order,
 * shown ranked or in text order, with low-scoring suggestions in a collapsed group that opens
 * when one of them is selected.
 */
export function useClaimSelection(numbered: NumberedClaim[], order: Order) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [lowOpen, setLowOpen] = useState(false);
  const focusOnSelect = useRef(false);

  const sort = order === 'ranked' ? byScore : byStart;
  const main = useMemo(() => numbered.filter((c) => !isLowScoring(c)).sort(sort), [numbered, sort]);
  const low = useMemo(() => numbered.filter(isLowScoring).sort(sort), [numbered, sort]);
  const nav = useMemo(() => [...main, ...low], [main, low]);
  const selected = numbered.find((c) => c.id === selectedId) ?? null;
  const next = selected ? (numbered.find((c) => c.start >= selected.end) ?? null) : null;

  const select = useCallback(
    (id: string, focus = false) => {
      focusOnSelect.current = focus;
      setSelectedId(id);
      if (low.some((c) => c.id === id)) setLowOpen(true);
    },
    [low],
  );

  // Keyboard moves put focus on the claim in the list (so screen readers follow) and show it in the text.
  useEffect(() => {
    if (!selectedId) return;
    document.querySelector(`[data-mark="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
    if (focusOnSelect.current) (document.querySelector(`[data-claim-button="${selectedId}"]`) as HTMLElement | null)?.focus();
    focusOnSelect.current = false;
  }, [selectedId, lowOpen]);

  return { numbered, main, low, nav, selectedId, selected, next, select, lowOpen, setLowOpen };
}
