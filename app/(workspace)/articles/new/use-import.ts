'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import type { ImportPreview } from '@/lib/data/import';
import { BODY_TOO_LARGE } from '@/lib/validation/limits';
import { previewImportAction, saveImportAction } from './actions';
import { PHASE_TEXT, waitForTask } from '../wait-for-task';

export type Details = { title: string; publisher: string; byline: string; url: string; publishedAt: string };
type ImportState = FormState & { preview?: ImportPreview };
type Outcome = FormState<ImportPreview | { id: string } | { taskId: string } | undefined>;
type Saved = { articleId: string };
export type Intent = 'preview' | 'save';

/**
 * A request that never became an answer: over the size limit (proxy.ts answers 413 with
 * BODY_TOO_LARGE, which Next hands over as the error's message), the server down or failing.
 * The text is in this component's state, so it stays whatever happened.
 */
function failure(e: unknown): Outcome {
  const message = e instanceof Error && e.message === BODY_TOO_LARGE ? BODY_TOO_LARGE : SERVER_FAILED;
  return { ok: false, message, errors: message === BODY_TOO_LARGE ? { raw: [message] } : undefined };
}

const SERVER_FAILED =
  'The server could not finish this: it may be busy or restarting. Your text is still in the box: try again in a moment. If you were saving, the article may have been saved: saving again will say so.';

/** The details the extractor read (title, publisher, byline, date), where the user has not typed their own. */
function prefill(cur: Details, meta: ImportPreview['meta']): Details {
  return {
    ...cur,
    title: cur.title || meta.title || '',
    publisher: cur.publisher || meta.publisher || '',
    byline: cur.byline || meta.byline || '',
    publishedAt: cur.publishedAt || meta.publishedAt || '',
  };
}

/**
 * The import form's state. Everything typed stays in the browser (the actions never echo the
 * possibly large text back); a failure keeps the last preview on screen, marked stale if the
 * text has changed since.
 */
export function useImport(initial: Partial<Details> = {}) {
  const [state, setState] = useState<ImportState>({});
  const [intent, setIntent] = useState<Intent | null>(null);
  const [pending, startTransition] = useTransition();
  const [raw, setRaw] = useState('');
  const [previewedRaw, setPreviewedRaw] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>({ title: '', publisher: '', byline: '', url: '', publishedAt: '', ...initial });
  const [sentChars, setSentChars] = useState(0);
  const [phase, setPhase] = useState('');
  const router = useRouter();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const which: Intent = submitter?.value === 'save' ? 'save' : 'preview';
    const allowDuplicate = new FormData(e.currentTarget).get('allowDuplicate') === 'on';
    setIntent(which);
    setSentChars(raw.length);
    startTransition(async () => {
      let next: Outcome;
      try {
        // The preview needs only the text; the details are not checked until saving.
        next = which === 'save' ? await saveImportAction({ raw, ...details, allowDuplicate }) : await previewImportAction({ raw });
        if (next.ok && next.data && 'taskId' in next.data) {
          setPhase(PHASE_TEXT.queued!);
          next = savedOutcome(await waitForTask<Saved>(next.data.taskId, setPhase));
        }
      } catch (err) {
        next = failure(err);
      }
      if (next.ok && next.data && 'id' in next.data) {
        router.push(`/articles/${next.data.id}`);
        return;
      }
      const preview = next.data && 'meta' in next.data ? next.data : undefined;
      if (preview) {
        setPreviewedRaw(raw);
        // Prefill from what the extractor read, but never overwrite what the user typed.
        setDetails((cur) => prefill(cur, preview.meta));
      }
      setState((prev) => ({ ...next, data: undefined, preview: preview ?? prev.preview }));
    });
  }

  // A CONFLICT on save means the same text was imported before; the preview says so first.
  const duplicate = state.conflict?.entity === 'article' ? state.conflict : (state.preview?.existing ?? null);
  return {
    state,
    intent,
    pending,
    /** Characters in the text being sent, for the progress note. */
    sentChars,
    /** What the queued save is doing now ("Reading the text…", "Saving…"). */
    phase,
    raw,
    setRaw,
    details,
    setDetail: (name: keyof Details, value: string) => setDetails((cur) => ({ ...cur, [name]: value })),
    submit,
    duplicate,
    stale: !!state.preview && previewedRaw !== raw,
  };
}

/** A finished save as the form's outcome: the article to open, or the refusal (a duplicate is a CONFLICT). */
function savedOutcome(task: Awaited<ReturnType<typeof waitForTask<Saved>>>): Outcome {
  if (task.status === 'done' && task.result) return { ok: true, message: 'Article imported.', data: { id: task.result.articleId } };
  const error = task.error ?? { message: SERVER_FAILED };
  return { ok: false, message: error.message, errors: error.fieldErrors, conflict: error.conflict };
}
