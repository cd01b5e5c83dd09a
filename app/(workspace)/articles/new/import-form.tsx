'use client';

import Link from '@/app/components/link';
import { useState } from 'react';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import type { FieldErrors } from '@/lib/errors';
import { ImportProgress } from './import-progress';
import { PreviewList } from './preview-list';
import { LIMIT, takeTextFile } from './read-text-file';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/limits';
import { useImport, type Details } from './use-import';
import './import.css';

/**
 * Two steps in one form: "Preview" runs the extractor and saves nothing; "Save article" imports
 * the text with the details the user checked and opens it.
 */
export function ImportForm({ initial }: { initial?: Partial<Details> }) {
  const im = useImport(initial);
  const errors = im.state.errors ?? {};
  const preview = im.state.preview;
  const busy = (what: 'preview' | 'save') => im.pending && im.intent === what;
  return (
    <form className="form import-form" onSubmit={im.submit} aria-busy={im.pending} noValidate>
      <FormMessage state={im.state.ok ? {} : im.state} />
      <ArticleInput raw={im.raw} onRaw={im.setRaw} errors={errors.raw} />
      <div className="import-actions">
        <button type="submit" name="intent" value="preview" className={preview ? 'secondary' : undefined} disabled={im.pending}>
          {busy('preview') ? 'Finding claims…' : preview ? 'Preview again' : 'Preview'}
        </button>
        <span role="status" className="muted small">
          {im.pending ? (im.intent === 'preview' ? 'Finding claims in the text…' : im.phase || 'Saving the article…') : ''}
        </span>
      </div>
      {im.pending && im.intent && <ImportProgress intent={im.intent} chars={im.sentChars} />}
      {im.duplicate && <DuplicateWarning duplicate={im.duplicate} />}
      {preview && (
        <>
          {im.stale && <p className="alert warn">The text changed since this preview. Preview again to see the claims it will have.</p>}
          <ArticleDetails details={im.details} onChange={im.setDetail} errors={errors} />
          <div className="import-actions">
            <button type="submit" name="intent" value="save" disabled={im.pending}>
              {busy('save') ? 'Saving…' : 'Save article'}
            </button>
          </div>
          <PreviewList preview={preview} />
        </>
      )}
    </form>
  );
}

function ArticleInput({ raw, onRaw, errors }: { raw: string; onRaw: (raw: string) => void; errors?: string[] }) {
  const [fileError, setFileError] = useState<string[] | undefined>();
  return (
    <>
      <div className="field">
        <label htmlFor="import-raw">Article text or HTML</label>
        <textarea
          id="import-raw"
          name="raw"
          rows={12}
          value={raw}
          onChange={(e) => onRaw(e.target.value)}
          aria-invalid={!!errors}
          aria-describedby={raw.length > MAX_ARTICLE_CHARS ? 'import-raw-hint import-raw-over import-raw-error' : 'import-raw-hint import-raw-error'}
        />
        <p id="import-raw-hint" className="hint">
          Paste the article&apos;s HTML or plain text, up to {LIMIT} characters (markup included). Scripts, styles and other markup are dropped; the
          input is kept exactly as received. {raw.length > 0 && <>Now: {raw.length.toLocaleString('en')} characters.</>}
        </p>
        {raw.length > MAX_ARTICLE_CHARS && (
          <p className="hint warn" id="import-raw-over">
            That is {(raw.length - MAX_ARTICLE_CHARS).toLocaleString('en')} {raw.length - MAX_ARTICLE_CHARS === 1 ? 'character' : 'characters'} over
            the limit: only the first {LIMIT} can be imported.
          </p>
        )}
        <FieldError id="import-raw-error" errors={errors} />
      </div>
      <div className="field">
        <label htmlFor="import-file">Or upload a file</label>
        <input
          id="import-file"
          type="file"
          accept=".html,.htm,.txt,text/html,text/plain"
          onChange={(e) => void takeTextFile(e.target, onRaw, setFileError)}
          aria-invalid={!!fileError}
          aria-describedby="import-file-hint import-file-error"
        />
        <p id="import-file-hint" className="hint">
          An .html or .txt file; its text replaces what is in the box above.
        </p>
        <FieldError id="import-file-error" errors={fileError} />
      </div>
    </>
  );
}

function DuplicateWarning({ duplicate }: { duplicate: { id: string; title: string } }) {
  const [allow, setAllow] = useState(false);
  return (
    <div className="alert warn" role="alert">
      <p>
        This text was imported before as “{duplicate.title}”. <Link href={`/articles/${duplicate.id}`}>Open the existing one</Link>
      </p>
      <label className="checkbox">
        <input type="checkbox" name="allowDuplicate" checked={allow} onChange={(e) => setAllow(e.target.checked)} /> Import it anyway as a second copy
      </label>
    </div>
  );
}

const DETAIL_FIELDS: { name: keyof Details; label: string; type: string; placeholder?: string }[] = [
  { name: 'title', label: 'Title', type: 'text' },
  { name: 'publisher', label: 'Publisher', type: 'text' },
  { name: 'byline', label: 'Byline', type: 'text', placeholder: 'Who wrote it, e.g. Jane Doe and John Roe' },
  { name: 'url', label: 'Original URL', type: 'url', placeholder: 'https://' },
  { name: 'publishedAt', label: 'Publication date', type: 'date' },
];

function ArticleDetails({
  details,
  onChange,
  errors,
}: {
  details: Details;
  onChange: (name: keyof Details, value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <fieldset className="import-details">
      <legend>Article details</legend>
      <p className="hint">Filled in from what the extractor found where it could; check and correct them.</p>
      {DETAIL_FIELDS.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`import-${f.name}`}>{f.label}</label>
          <input
            id={`import-${f.name}`}
            name={f.name}
            type={f.type}
            placeholder={f.placeholder}
            required={f.name === 'title'}
            value={details[f.name]}
            onChange={(e) => onChange(f.name, e.target.value)}
            aria-invalid={!!errors[f.name]}
            aria-describedby={`import-${f.name}-error`}
          />
          <FieldError id={`import-${f.name}-error`} errors={errors[f.name]} />
        </div>
      ))}
    </fieldset>
  );
}
