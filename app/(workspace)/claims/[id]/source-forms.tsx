'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions';
import { FieldError, FormMessage } from '@/app/components/form-bits';
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from '@/lib/validation/sources';
import { formKey } from './claim-forms';
import { createSourceAction, deleteSourceAction, updateSourceAction } from './actions';

export type SourceValues = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  type: string;
  stance: string;
  excerpt: string | null;
  accessedAt: string; // YYYY-MM-DD or ''
  archiveUrl: string | null;
  updatedAt: string; // ISO: the edit lock
};

const today = () => new Date().toISOString().slice(0, 10);

/** Adds a source, or edits one when `source` is given. */
export function SourceForm({ claimId, source }: { claimId: string; source?: SourceValues }) {
  const [state, action, pending] = useActionState<FormState, FormData>(source ? updateSourceAction : createSourceAction, {});
  const p = `src-${source?.id ?? 'new'}`;
  // After a success the form starts over (a new source) or shows what was saved (an edit).
  const v: Record<string, string | undefined> = state.ok || !state.values ? { ...source, publisher: source?.publisher ?? '', excerpt: source?.excerpt ?? '', archiveUrl: source?.archiveUrl ?? '' } : state.values;
  const now = state.current as Partial<SourceValues> | undefined;
  const field = (name: string) => ({
    id: `${p}-${name}`,
    name,
    'aria-invalid': !!state.errors?.[name],
    'aria-describedby': `${p}-${name}-error`,
  });
  return (
    <form action={action} className="form source-form" key={formKey(`${p}-${source?.updatedAt ?? ''}`, state)} noValidate aria-label={source ? `Edit source ${source.title}` : 'Add a source'}>
      <FormMessage state={state} />
      {now && (
        <p className="alert warn">
          Saved now: <strong>{now.title}</strong> ({now.url}). Reload the page to edit the current version.
        </p>
      )}
      <input type="hidden" name="claimId" value={claimId} />
      {source && <input type="hidden" name="sourceId" value={source.id} />}
      {source && <input type="hidden" name="updatedAt" value={source.updatedAt} />}
      <div className="field">
        <label htmlFor={`${p}-url`}>URL</label>
        <input {...field('url')} type="url" defaultValue={v.url} />
        <FieldError id={`${p}-url-error`} errors={state.errors?.url} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-title`}>Title</label>
        <input {...field('title')} type="text" defaultValue={v.title} />
        <FieldError id={`${p}-title-error`} errors={state.errors?.title} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${p}-type`}>Type</label>
          <select {...field('type')} defaultValue={v.type ?? ''}>
            <option value="">Choose…</option>
            {Object.entries(SOURCE_TYPE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id={`${p}-type-error`} errors={state.errors?.type} />
        </div>
        <div className="field">
          <label htmlFor={`${p}-stance`}>Stance</label>
          <select {...field('stance')} defaultValue={v.stance ?? ''}>
            <option value="">Choose…</option>
            {Object.entries(STANCE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id={`${p}-stance-error`} errors={state.errors?.stance} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${p}-publisher`}>Publisher</label>
        <input {...field('publisher')} type="text" defaultValue={v.publisher} />
        <FieldError id={`${p}-publisher-error`} errors={state.errors?.publisher} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-excerpt`}>Excerpt</label>
        <textarea {...field('excerpt')} rows={3} defaultValue={v.excerpt} />
        <FieldError id={`${p}-excerpt-error`} errors={state.errors?.excerpt} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${p}-accessedAt`}>Accessed on</label>
          <input {...field('accessedAt')} type="date" max={today()} defaultValue={v.accessedAt} />
          <FieldError id={`${p}-accessedAt-error`} errors={state.errors?.accessedAt} />
        </div>
        <div className="field">
          <label htmlFor={`${p}-archiveUrl`}>Archive URL</label>
          <input {...field('archiveUrl')} type="url" defaultValue={v.archiveUrl} />
          <FieldError id={`${p}-archiveUrl-error`} errors={state.errors?.archiveUrl} />
        </div>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : source ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  );
}

export function RemoveSourceButton({ claimId, sourceId, title }: { claimId: string; sourceId: string; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteSourceAction, {});
  return (
    <form
      action={action}
      className="inline-form"
      onSubmit={(e) => {
        if (!window.confirm(`Remove the source “${title}”?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove source ${title}`}>
        Remove
      </button>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}
