'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import type { FormState } from '@/lib/actions/form-state';
import { BODY_TOO_LARGE } from '@/lib/validation/limits';
import { ImportProgress } from '../../new/import-progress';
import { LIMIT, takeTextFile } from '../../new/read-text-file';
import { importVersionAction } from './actions';
import { PHASE_TEXT, waitForTask, type Task } from '../../wait-for-task';

type Outcome = FormState<{ taskId: string } | undefined>;
type VersionResult = { version: number; exact: number; moved: number; changed: number; orphaned: number; suggested: number };

const SERVER_FAILED = 'The server could not finish this: it may be busy or restarting. Your text is still in the box: try again in a moment.';

/**
 * Paste or upload the article as it reads now. The text stays in the browser whatever happens
 * (the action never echoes it); after a success the article page opens with the review list.
 */
export function VersionForm({ articleId, baseVersion }: { articleId: string; baseVersion: number }) {
  const [raw, setRaw] = useState('');
  const [state, setState] = useState<Outcome>({});
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();
  const [sentChars, setSentChars] = useState(0);
  const [phase, setPhase] = useState('');
  const router = useRouter();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSentChars(raw.length);
    setPhase(PHASE_TEXT.queued!);
    startTransition(async () => {
      let next: Outcome;
      try {
        next = await importVersionAction({ articleId, raw, baseVersion });
        const taskId = next.ok ? next.data?.taskId : undefined;
        if (taskId) next = outcomeOf(await waitForTask<VersionResult>(taskId, setPhase));
      } catch (err) {
        const message = err instanceof Error && err.message === BODY_TOO_LARGE ? BODY_TOO_LARGE : SERVER_FAILED;
        next = { ok: false, message, errors: { raw: [message] } };
      }
      setState(next);
      if (next.ok) router.push(`/articles/${articleId}?version=${baseVersion + 1}#anchor-review`);
    });
  }

  const errors = state.errors ?? {};
  return (
    <form className="form version-form" onSubmit={submit} aria-busy={pending} aria-labelledby="version-heading" noValidate>
      <h2 id="version-heading">Import a new version</h2>
      <p className="hint">
        The publisher changed the article? Paste its new HTML or text (up to {LIMIT} characters) or upload it. Every claim follows its words; claims
        whose words changed or are gone wait for you on the article page. Nothing is deleted.
      </p>
      <FormMessage state={state.ok ? { ...state, message: undefined } : state} />
      <ConflictNotice saved={state.conflict} />
      <div className="field">
        <label htmlFor="version-raw">The article as it reads now</label>
        <textarea
          id="version-raw"
          rows={10}
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          aria-invalid={!!errors.raw}
          aria-describedby="version-raw-error"
        />
        <FieldError id="version-raw-error" errors={errors.raw} />
      </div>
      <div className="field">
        <label htmlFor="version-file">Or upload a file</label>
        <input
          id="version-file"
          type="file"
          accept=".html,.htm,.txt,text/html,text/plain"
          onChange={(e) => void takeTextFile(e.target, setRaw, setFileError)}
          aria-describedby="version-file-error"
        />
        <FieldError id="version-file-error" errors={fileError} />
      </div>
      <div className="import-actions">
        <button type="submit" disabled={pending || raw.trim() === ''}>
          {pending ? 'Importing…' : `Import as version ${baseVersion + 1}`}
        </button>
        <span role="status" className="muted small">
          {pending ? phase : state.ok ? state.message : ''}
        </span>
      </div>
      {pending && <ImportProgress intent="save" chars={sentChars} />}
    </form>
  );
}

/** A finished task as the form's state: the counts, or the refusal with its fields and conflict. */
function outcomeOf(task: Task<VersionResult>): Outcome {
  if (task.status === 'done' && task.result) {
    const r = task.result;
    return {
      ok: true,
      message: `Version ${r.version} imported: ${r.exact + r.moved} claims found as they were, ${r.changed} changed, ${r.orphaned} gone, ${r.suggested} new sentences suggested.`,
    };
  }
  const error = task.error ?? { message: SERVER_FAILED };
  return { ok: false, message: error.message, errors: error.fieldErrors ?? { raw: [error.message] }, conflict: error.conflict };
}
