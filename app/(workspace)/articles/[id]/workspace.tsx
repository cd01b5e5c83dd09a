'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { WorkspaceClaim } from '@/lib/data/articles';
import { canTransition } from '@/lib/workflow';
import { FormMessage } from '@/app/components/form-bits';
import { addClaimAction, mergeAction, reviewAction, type ReviewState } from './actions';
import { ArticleText, type TextSelection } from './article-text';
import { ClaimList } from './claim-list';
import { ClaimDetails } from './claim-details';
import { ConflictNote } from './conflict-note';
import { isLowScoring } from './labels';
import './workspace.css';

export type ArticleProps = { id: string; text: string; links: { id: string; text: string; href: string; start: number; end: number }[] };
export type NumberedClaim = WorkspaceClaim & { n: number };
export type Order = 'ranked' | 'text';

const byScore = (a: NumberedClaim, b: NumberedClaim) => b.score - a.score || a.start - b.start;
const byStart = (a: NumberedClaim, b: NumberedClaim) => a.start - b.start;

/** Keys typed into these are the user's text, never shortcuts. */
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');
const isControl = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('a, button, summary, [role="button"]');

export function Workspace({ article, claims, canReview, canEdit }: { article: ArticleProps; claims: WorkspaceClaim[]; canReview: boolean; canEdit: boolean }) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [order, setOrder] = useState<Order>('ranked');
  const [lowOpen, setLowOpen] = useState(false);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [status, setStatus] = useState<ReviewState>({});
  const [pending, startTransition] = useTransition();
  const focusOnSelect = useRef(false);

  const numbered = useMemo(() => claims.map((c, i) => ({ ...c, n: i + 1 })), [claims]);
  const sort = order === 'ranked' ? byScore : byStart;
  const main = useMemo(() => numbered.filter((c) => !isLowScoring(c)).sort(sort), [numbered, sort]);
  const low = useMemo(() => numbered.filter(isLowScoring).sort(sort), [numbered, sort]);
  const nav = useMemo(() => [...main, ...low], [main, low]);
  const selected = numbered.find((c) => c.id === selectedId) ?? null;
  const next = selected ? numbered.find((c) => c.start >= selected.end) ?? null : null;

  const select = useCallback((id: string, focus = false) => {
    focusOnSelect.current = focus;
    setSelectedId(id);
    if (low.some((c) => c.id === id)) setLowOpen(true);
  }, [low]);

  // Keyboard moves put focus on the claim in the list (so screen readers follow) and show it in the text.
  useEffect(() => {
    if (!selectedId) return;
    document.querySelector(`[data-mark="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
    if (focusOnSelect.current) (document.querySelector(`[data-claim-button="${selectedId}"]`) as HTMLElement | null)?.focus();
    focusOnSelect.current = false;
  }, [selectedId, lowOpen]);

  const run = useCallback((fn: () => Promise<ReviewState>) => {
    startTransition(async () => {
      const r = await fn();
      setStatus(r);
      if (r.ok && r.claimId) select(r.claimId);
    });
  }, [select]);

  const review = useCallback((c: NumberedClaim, move: 'accept' | 'dismiss') => {
    if (!canReview || !canTransition(move, c.status)) return;
    run(() => reviewAction({ claimId: c.id, version: c.version, move }));
  }, [canReview, run]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const inWorkspace = e.target instanceof HTMLElement && !!e.target.closest('.workspace');
      const step = e.key === 'j' || (inWorkspace && e.key === 'ArrowDown') ? 1 : e.key === 'k' || (inWorkspace && e.key === 'ArrowUp') ? -1 : 0;
      if (step && nav.length) {
        e.preventDefault();
        const i = nav.findIndex((c) => c.id === selectedId);
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
  }, [nav, selectedId, selected, select, review, router, pending]);

  return (
    <div className="workspace">
      <p className="hint keys" id="workspace-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move between claims, <kbd>Enter</kbd> opens the claim page
        {canReview && (
          <>
            , <kbd>a</kbd> accepts, <kbd>d</kbd> dismisses
          </>
        )}
        . Keys do nothing while you type in a field.{canReview && ' To add a claim, select its text in the article.'}
      </p>
      <div aria-live="polite" className="workspace-status">
        {pending ? <p className="muted small">Saving…</p> : <FormMessage state={status} />}
        {!pending && <ConflictNote current={status.current} />}
      </div>
      <div className="workspace-grid">
        <section aria-labelledby="text-heading" className="workspace-text">
          <h2 id="text-heading">Article text</h2>
          <Legend />
          <ArticleText text={article.text} links={article.links} claims={numbered} selectedId={selectedId} onSelect={select} onSelection={canReview ? setSelection : undefined} />
        </section>
        <aside className="workspace-side" aria-label="Claims">
          {canReview && selection && (
            <div className="card selection-card">
              <h2>Selected text</h2>
              <p className="quote">“{selection.text.length > 160 ? `${selection.text.slice(0, 157)}…` : selection.text}”</p>
              <p className="small muted">
                Characters {selection.start}–{selection.end}
              </p>
              <button
                type="button"
                disabled={pending}
                onClick={() =>
                  run(async () => {
                    const r = await addClaimAction({ articleId: article.id, start: selection.start, end: selection.end });
                    if (r.ok) setSelection(null); // the selection is now a claim
                    return r;
                  })
                }
              >
                Add as a claim
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setSelection(null)}>
                Clear selection
              </button>
            </div>
          )}
          {selected ? (
            <ClaimDetails
              key={selected.id}
              claim={selected}
              next={next}
              text={article.text}
              selection={selection}
              canReview={canReview}
              canEdit={canEdit}
              pending={pending}
              onReview={review}
              onMerge={(a, b) => run(() => mergeAction({ firstId: a.id, firstVersion: a.version, secondId: b.id, secondVersion: b.version }))}
            />
          ) : (
            <p className="empty">Select a claim in the text or the list to see its details.</p>
          )}
          <ClaimList main={main} low={low} order={order} onOrder={setOrder} lowOpen={lowOpen} onLowOpen={setLowOpen} selectedId={selectedId} onSelect={select} />
        </aside>
      </div>
    </div>
  );
}

function Legend() {
  return (
    <p className="legend small">
      Highlights: <span className="claim-mark status-suggested">suggested</span> <span className="claim-mark status-open">open</span>{' '}
      <span className="claim-mark status-researching">in research</span> <span className="claim-mark status-dismissed">dismissed</span>; ruled claims take
      their verdict&apos;s colour. Each claim is followed by its number and status.
    </p>
  );
}

