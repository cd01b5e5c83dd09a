'use client';

import { useEffect, useState } from 'react';
import type { TMatchResponse } from '@/lib/api/schemas';
import { MatchItem } from '@/app/components/match-item';

type State = { text: string; matches: TMatchResponse['matches'] | null; error: string | null };

/**
 * "Checked before?" for the selected claim: earlier claims of other articles that say the same,
 * read from GET /api/claims/match when the selection changes (the claim page shows the same list
 * with the link and take-over buttons).
 */
export function CheckedBefore({ text, articleId }: { text: string; articleId: string }) {
  const [state, setState] = useState<State>({ text: '', matches: null, error: null });
  const askable = text.trim().length >= 10;
  useEffect(() => {
    if (!askable) return;
    const ctrl = new AbortController();
    const qs = new URLSearchParams({ text: text.slice(0, 2000), excludeArticle: articleId, limit: '3' });
    fetch(`/api/claims/match?${qs}`, { signal: ctrl.signal, cache: 'no-store' })
      .then(async (r) => {
        const body = await r.json();
        if (r.ok) setState({ text, matches: (body as TMatchResponse).matches, error: null });
        else setState({ text, matches: null, error: String(body.error ?? 'Could not look.') });
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setState({ text, matches: null, error: `Could not look: ${String(e)}` });
      });
    return () => ctrl.abort();
  }, [text, articleId, askable]);
  if (!askable) return null;
  const loading = state.text !== text;
  return (
    <section className="checked-before" aria-labelledby="checked-before-heading" aria-busy={loading}>
      <h3 id="checked-before-heading">Checked before?</h3>
      {loading ? (
        <p className="muted small">Looking through earlier claims…</p>
      ) : state.error ? (
        <p className="error small" role="alert">
          {state.error}
        </p>
      ) : state.matches && state.matches.length > 0 ? (
        <ul className="matches">
          {state.matches.map((m) => (
            <MatchItem key={m.id} match={m} />
          ))}
        </ul>
      ) : (
        <p className="muted small">No earlier claim says this.</p>
      )}
    </section>
  );
}
