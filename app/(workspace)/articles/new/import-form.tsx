'use client';

import Link from 'next/link';
import { useState, useTransition, type ChangeEvent, type FormEvent } from 'react';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/articles';
import { importFormAction, type ImportFormState } from './actions';
import { PreviewList } from './preview-list';
import './import.css';

const LIMIT = MAX_ARTICLE_CHARS.toLocaleString('en');

/** Reads an uploaded file in the browser; returns the text, or why it cannot be used. */
async function readTextFile(file: File): Promise<{ text: string } | { error: string }> {
  const named = /\.(html?|txt)$/i.test(file.name);
  const typed = file.type === '' || /^text\/(html|plain)$/i.test(file.type);
  if (!named || !typed) return { error: `“${file.name}” is not an .html or .txt file. Choose a text file.` };
  // UTF-8 text is at most 4 bytes per character; anything bigger is certainly over the limit.
  if (file.size > MAX_ARTICLE_CHARS * 4) return { error: `“${file.name}” is too large: the limit is ${LIMIT} characters.` };
  const text = await file.text();
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (text.includes('\u0000') || (text.length > 0 && replaced / text.length > 0.01)) {
    return { error: `“${file.name}” does not contain readable text (it looks like a binary file).` };
  }
  return { text };
}

export function ImportForm() {
  const [state, setState] = useState<ImportFormState>({});
  const [intent, setIntent] = useState<'preview' | 'save' | null>(null);
  const [pending, startTransition] = useTransition();
  const [raw, setRaw] = useState('');
  const [previewedRaw, setPreviewedRaw] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [v, setV] = useState({ title: '', publisher: '', url: '', publishedAt: '' });
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const errors = state.errors ?? {};
  const preview = state.preview;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(e.currentTarget, submitter);
    const which = submitter?.value === 'save' ? 'save' : 'preview';
    setIntent(which);
    startTransition(async () => {
      const next = await importFormAction(form);
      if (which === 'preview' && next.preview) {
        setPreviewedRaw(raw);
        // Prefill from what the extractor read, but never overwrite what the user typed.
        const meta = next.preview.meta;
        setV((cur) => ({ ...cur, title: cur.title || meta.title || '', publishedAt: cur.publishedAt || meta.publishedAt || '' }));
      }
      // A failure keeps the last preview on screen (marked stale if the text changed).
      setState((prev) => ({ ...next, preview: next.preview ?? prev.preview }));
    });
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    const r = await readTextFile(file);
    if ('error' in r) {
      setFileError([r.error]);
      e.target.value = '';
      return;
    }
    setRaw(r.text);
  }

  const field = (name: keyof typeof v) => ({
    id: `import-${name}`,
    name,
    value: v[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setV((cur) => ({ ...cur, [name]: e.target.value })),
    'aria-invalid': !!errors[name],
    'aria-describedby': `import-${name}-error`,
  });
  const duplicate = state.duplicateOf;
  const stale = preview && previewedRaw !== raw;

  return (
    <form className="form import-form" onSubmit={onSubmit} aria-busy={pending} noValidate>
      <FormMessage state={state.ok ? {} : state} />
      <div className="field">
        <label htmlFor="import-raw">Article text or HTML</label>
        <textarea
          id="import-raw"
          name="raw"
          rows={12}
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          aria-invalid={!!errors.raw}
          aria-describedby="import-raw-hint import-raw-error"
        />
        <p id="import-raw-hint" className="hint">
          Paste the article&apos;s HTML or plain text, up to {LIMIT} characters (markup included). Scripts, styles and other markup
          are dropped; the input is kept exactly as received. {raw.length > 0 && <>Now: {raw.length.toLocaleString('en')} characters.</>}
        </p>
        <FieldError id="import-raw-error" errors={errors.raw} />
      </div>
      <div className="field">
        <label htmlFor="import-file">Or upload a file</label>
        <input id="import-file" type="file" accept=".html,.htm,.txt,text/html,text/plain" onChange={onFile} aria-invalid={!!fileError} aria-describedby="import-file-hint import-file-error" />
        <p id="import-file-hint" className="hint">An .html or .txt file; its text replaces what is in the box above.</p>
        <FieldError id="import-file-error" errors={fileError} />
      </div>
      <div className="import-actions">
        <button type="submit" name="intent" value="preview" className={preview ? 'secondary' : undefined} disabled={pending}>
          {pending && intent === 'preview' ? 'Finding claims…' : preview ? 'Preview again' : 'Preview'}
        </button>
        <span role="status" className="muted small">
          {pending ? (intent === 'preview' ? 'Finding claims in the text…' : 'Saving the article…') : ''}
        </span>
      </div>

      {duplicate && (
        <div className="alert warn" role="alert">
          <p>
            This text was imported before as “{duplicate.title}”. <Link href={`/articles/${duplicate.id}`}>Open the existing one</Link>
          </p>
          <label className="checkbox">
            <input type="checkbox" name="allowDuplicate" checked={allowDuplicate} onChange={(e) => setAllowDuplicate(e.target.checked)} /> Import it
            anyway as a second copy
          </label>
        </div>
      )}

      {preview && (
        <>
          {stale && <p className="alert warn">The text changed since this preview. Preview again to see the claims it will have.</p>}
          <fieldset className="import-details">
            <legend>Article details</legend>
            <p className="hint">Filled in from what the extractor found where it could; check and correct them.</p>
            <div className="field">
              <label htmlFor="import-title">Title</label>
              <input type="text" required {...field('title')} />
              <FieldError id="import-title-error" errors={errors.title} />
            </div>
            <div className="field">
              <label htmlFor="import-publisher">Publisher</label>
              <input type="text" {...field('publisher')} />
              <FieldError id="import-publisher-error" errors={errors.publisher} />
            </div>
            <div className="field">
              <label htmlFor="import-url">Original URL</label>
              <input type="url" placeholder="https://" {...field('url')} />
              <FieldError id="import-url-error" errors={errors.url} />
            </div>
            <div className="field">
              <label htmlFor="import-publishedAt">Publication date</label>
              <input type="date" {...field('publishedAt')} />
              <FieldError id="import-publishedAt-error" errors={errors.publishedAt} />
            </div>
          </fieldset>
          <div className="import-actions">
            <button type="submit" name="intent" value="save" disabled={pending}>
              {pending && intent === 'save' ? 'Saving…' : 'Save article'}
            </button>
          </div>
          <PreviewList preview={preview} />
        </>
      )}
    </form>
  );
}
