'use client';

import { useEffect, useState } from 'react';
import type { ClaimFacts } from '@/lib/data/articles';

type State = { id: string; version: number; facts: ClaimFacts | null; error: string | null };

/**
 * The selected claim's facts, read from GET /api/claims/[id]/facts when the selection or the
 * claim's version changes (an edit bumps it, and the page's refresh brings the new version).
 * While a newer version loads, the facts already shown for the same claim stay, so a form that
 * just saved keeps its message.
 */
export function useClaimFacts(id: string, version: number): { facts: ClaimFacts | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<State>({ id: '', version: 0, facts: null, error: null });
  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/claims/${encodeURIComponent(id)}/facts`, { signal: ctrl.signal, cache: 'no-store' })
      .then(async (r) => {
        const body = await r.json();
        if (r.ok) setState({ id, version, facts: body as ClaimFacts, error: null });
        else setState({ id, version, facts: null, error: String(body.error ?? 'Could not load the claim.') });
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setState({ id, version, facts: null, error: `Could not load the claim: ${String(e)}` });
      });
    return () => ctrl.abort();
  }, [id, version]);
  if (state.id !== id) return { facts: null, error: null, loading: true };
  return { facts: state.facts, error: state.error, loading: state.version !== version };
}
