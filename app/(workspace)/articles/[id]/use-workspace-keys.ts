'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import type { NumberedClaim } from './workspace';

/** Keys typed into these are the user's text, never shortcuts. */
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');
const isControl = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('a, button, summary, [role="button"]');

type Keys = {
  /** The claims in the order j/k walk them. */
  nav: NumberedClaim[];
  selected: NumberedClaim | null;
  select: (id: string, focus?: boolean) => void;
  review: (c: NumberedClaim, move: 'accept' | 'dismiss') => void;
  pending: boolean;
};

/**
 * The workspace's keyboard: j/k or the arrows move between claims, Enter opens the claim page,
 * a/d accept or dismiss. Nothing fires while the user types in a field.
 */
export function useWorkspaceKeys({ nav, selected, select, review, pending }: Keys) {
  const router = useRouter();
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const inWorkspace = e.target instanceof HTMLElement && !!e.target.closest('.workspace');
      const step = e.key === 'j' || (inWorkspace && e.key === 'ArrowDown') ? 1 : e.key === 'k' || (inWorkspace && e.key === 'ArrowUp') ? -1 : 0;
      if (step && nav.length) {
        e.preventDefault();
        const i = nav.findIndex((c) => c.id === selected?.id);
        const to = i < 0 ? (step > 0 ? 0 : nav.length - 1) : Math.min(nav.length - 1, Math.max(0, i + step));
        select(nav[to]!.id, true);
        return;
      }
      if (!selected) return;
      const onListItem = e.target instanceof HTMLElement && e.target.dataset.claimButton === selected.id;
      if (e.key === 'Enter' && (onListItem || !isControl(e.target))) {
        e.preventDefault();
        router.push(`/claims/${selected.id}`);
      } else if (e.key === 'a' && !pending) review(selected, 'accept');
      else if (e.key === 'd' && !pending) review(selected, 'dismiss');
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav, selected, select, review, router, pending]);
}
