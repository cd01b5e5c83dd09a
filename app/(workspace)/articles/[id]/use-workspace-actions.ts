'use client';

import { useCallback, useState, useTransition } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { canTransition } from '@/lib/workflow';
import { addClaimAction, mergeAction, reviewAction } from './actions';
import type { TextSelection } from './article-text';
import type { NumberedClaim } from './workspace';

/** What the workspace's direct actions return: the claim to select after a merge or an add. */
type ReviewState = FormState<{ claimId: string } | undefined>;

type Options = { articleId: string; canReview: boolean; select: (id: string) => void };

/**
 * The workspace's direct edits: accept or dismiss, merge, and add the selected text as a claim.
 * They run without a form, so their outcome is kept here for the status line, and the claim an
 * edit names is selected.
 */
export function useWorkspaceActions({ articleId, canReview, select }: Options) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [status, setStatus] = useState<ReviewState>({});
  const [pending, startTransition] = useTransition();

  const run = useCallback(
    (fn: () => Promise<ReviewState>) => {
      startTransition(async () => {
        const r = await fn();
        setStatus(r);
        if (r.ok && r.data?.claimId) select(r.data.claimId);
      });
    },
    [select],
  );

  const review = useCallback(
    (c: NumberedClaim, move: 'accept' | 'dismiss') => {
      if (!canReview || !canTransition(move, c.status)) return;
      run(() => reviewAction({ claimId: c.id, version: c.version, move }));
    },
    [canReview, run],
  );

  const merge = (a: NumberedClaim, b: NumberedClaim) =>
    run(() => mergeAction({ firstId: a.id, firstVersion: a.version, secondId: b.id, secondVersion: b.version }));

  const addClaim = (s: TextSelection) =>
    run(async () => {
      const r = await addClaimAction({ articleId, start: s.start, end: s.end });
      if (r.ok) setSelection(null); // the selection is now a claim
      return r;
    });

  return { status, pending, selection, setSelection, review, merge, addClaim };
}
