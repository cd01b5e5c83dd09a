'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { saveBylinesAction } from './actions';

type Props = { articleId: string; version: number; checkers: string[]; editor: string | null; suggested: string[]; me: string };

/**
 * Who checked the claims and who edited the fact-check, as readers see them (and ClaimReview's
 * contributor and editor). Until they are written, the people who worked on the claims and the
 * signed-in editor are offered.
 */
export function BylinesForm({ articleId, version, checkers, editor, suggested, me }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveBylinesAction, {});
  const unset = !checkers.length && !editor;
  const typed = state.ok === false ? state.values : undefined;
  return (
    <form action={action} className="form wide" key={state.ok === false ? 'failed' : `${version}`} noValidate aria-label="Bylines">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="bylines-checkers">Checked by</label>
        <textarea
          id="bylines-checkers"
          name="checkers"
          rows={3}
          defaultValue={typed?.checkers ?? (unset ? suggested : checkers).join('\n')}
          aria-invalid={!!state.errors?.checkers}
          aria-describedby="bylines-checkers-hint bylines-checkers-error"
        />
        <p id="bylines-checkers-hint" className="hint">
          One name per line.{unset && suggested.length > 0 ? ' Suggested: the people who researched the claims.' : ''}
        </p>
        <FieldError id="bylines-checkers-error" errors={state.errors?.checkers} />
      </div>
      <div className="field">
        <label htmlFor="bylines-editor">Edited by</label>
        <input
          id="bylines-editor"
          name="editor"
          type="text"
          defaultValue={typed?.editor ?? (unset ? me : (editor ?? ''))}
          aria-invalid={!!state.errors?.editor}
          aria-describedby="bylines-editor-error"
        />
        <FieldError id="bylines-editor-error" errors={state.errors?.editor} />
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save bylines'}
        </button>
      </div>
    </form>
  );
}
