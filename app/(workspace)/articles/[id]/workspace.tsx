'use client';

import { useMemo, useState } from 'react';
import { unpackMarks, type ClaimMark, type PackedMarks } from '@/lib/workspace-marks';
import { ClaimList } from './claim-list';
import { ClaimDetails } from './claim-details';
import { KeysHint, SelectionCard } from './workspace-parts';
import { TextPane, WorkspaceStatus } from './workspace-panes';
import { useWorkspaceKeys } from './use-workspace-keys';
import { useClaimSelection } from './use-claim-selection';
import { useWorkspaceActions } from './use-workspace-actions';
import './workspace.css';

export type ArticleProps = { id: string; text: string; links: { id: string; text: string; href: string; start: number; end: number }[] };
export type NumberedClaim = ClaimMark;
export type Order = 'ranked' | 'text';

export function Workspace({
  article,
  marks,
  canReview,
  canEdit,
  assignees,
}: {
  article: ArticleProps;
  /** The claims in text order, as columns (lib/workspace-marks.ts). */
  marks: PackedMarks;
  canReview: boolean;
  canEdit: boolean;
  /** Whom bulk assignment may name; empty for someone who may not assign. */
  assignees: { id: string; name: string }[];
}) {
  const [order, setOrder] = useState<Order>('ranked');
  const claims = useMemo(() => unpackMarks(marks), [marks]);
  const { numbered, main, low, nav, selectedId, selected, next, select, lowOpen, setLowOpen } = useClaimSelection(claims, order);
  const { status, pending, selection, setSelection, review, merge, addClaim } = useWorkspaceActions({ articleId: article.id, canReview, select });
  useWorkspaceKeys({ nav, selected, select, review, pending });
  // The status line tells the outcome of the last accept, dismiss, merge or add. A form submitted
  // in the side pane since then (attribution, span) says its own outcome, and the line is stale.
  const [staleStatus, setStaleStatus] = useState<typeof status | null>(null);

  return (
    <div className="workspace" onSubmitCapture={() => setStaleStatus(status)}>
      <KeysHint canReview={canReview} />
      <WorkspaceStatus pending={pending} status={status === staleStatus ? {} : status} />
      <div className="workspace-grid">
        <TextPane article={article} claims={numbered} selectedId={selectedId} onSelect={select} onSelection={canReview ? setSelection : undefined} />
        <aside className="workspace-side" aria-label="Claims">
          {canReview && selection && (
            <SelectionCard selection={selection} pending={pending} onAdd={() => addClaim(selection)} onClear={() => setSelection(null)} />
          )}
          {selected ? (
            <ClaimDetails
              key={selected.id}
              claim={selected}
              articleId={article.id}
              next={next}
              text={article.text}
              selection={selection}
              canReview={canReview}
              canEdit={canEdit}
              pending={pending}
              onReview={review}
              onMerge={merge}
            />
          ) : (
            <p className="empty">Select a claim in the text or the list to see its details.</p>
          )}
          <ClaimList
            main={main}
            low={low}
            order={order}
            onOrder={setOrder}
            lowOpen={lowOpen}
            onLowOpen={setLowOpen}
            selectedId={selectedId}
            onSelect={select}
            text={article.text}
            canReview={canReview}
            assignees={assignees}
          />
        </aside>
      </div>
    </div>
  );
}
