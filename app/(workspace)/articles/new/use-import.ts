'use client';

import { useState, useTransition, type FormEvent } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import type { ImportPreview } from '@/lib/data/import';
import { previewImportAction, saveImportAction } from './actions';

export type Details = { title: string; publisher: string; url: string; publishedAt: string };
type ImportState = FormState & { preview?: ImportPreview };

/**
 * The import form's state. Everything typed stays in the browser (the actions never echo the
 * possibly large text back); a failure keeps the last preview on screen, marked stale if the
 * text has changed since.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({});
  const [intent, setIntent] = useState<'preview' | 'save' | null>(null);
  const [pending, startTransition] = useTransition();
  const [raw, setRaw] = useState('');
  const [previewedRaw, setPreviewedRaw] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>({ title: '', publisher: '', url: '', publishedAt: '' });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(e.currentTarget, submitter);
    const which = submitter?.value === 'save' ? 'save' : 'preview';
    setIntent(which);
    startTransition(async () => {
      // A successful save opens the new article (the action redirects), so only failures return.
      const next = which === 'save' ? await saveImportAction({}, form) : await previewImportAction({ raw });
      const preview = 'data' in next ? next.data : undefined;
      if (preview) {
        setPreviewedRaw(raw);
        // Prefill from what the extractor read, but never overwrite what the user typed.
        const meta = preview.meta;
        setDetails((cur) => ({ ...cur, title: cur.title || meta.title || '', publishedAt: cur.publishedAt || meta.publishedAt || '' }));
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
    raw,
    setRaw,
    details,
    setDetail: (name: keyof Details, value: string) => setDetails((cur) => ({ ...cur, [name]: value })),
    submit,
    duplicate,
    stale: !!state.preview && previewedRaw !== raw,
  };
}
