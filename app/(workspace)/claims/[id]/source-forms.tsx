'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { formKey, FormMessage, latestVersion } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from '@/lib/labels';
import { deleteSourceAction } from './actions';
import { Field } from './field';
import { useSourceForm } from './use-source-form';

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
  notArchivableReason: string | null;
  version: number; // the edit lock
};

const today = () => new Date().toISOString().slice(0, 10);

/** Adds a source, or edits one when `source` is given. */
export function SourceForm({ claimId, source }: { claimId: string; source?: SourceValues }) {
  const { state, action, pending, p, values: v, errors, control } = useSourceForm(source);
  return (
    <form
      action={action}
      className="form source-form"
      key={formKey(`${p}-${source?.version ?? ''}`, state)}
      noValidate
      aria-label={source ? `Edit source ${source.title}` : 'Add a source'}
    >
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <input type="hidden" name="claimId" value={claimId} />
      {source && <input type="hidden" name="sourceId" value={source.id} />}
      {source && <input type="hidden" name="version" value={latestVersion(source.version, state)} />}
      <Field id={`${p}-url`} label="URL" errors={errors.url}>
        <input {...control('url')} type="url" defaultValue={v.url} />
      </Field>
      <Field id={`${p}-title`} label="Title" errors={errors.title}>
        <input {...control('title')} type="text" defaultValue={v.title} />
      </Field>
      <div className="field-row">
        <Field id={`${p}-type`} label="Type" errors={errors.type}>
          <select {...control('type')} defaultValue={v.type ?? ''}>
            <LabelOptions labels={SOURCE_TYPE_LABELS} />
          </select>
        </Field>
        <Field id={`${p}-stance`} label="Stance" errors={errors.stance}>
          <select {...control('stance')} defaultValue={v.stance ?? ''}>
            <LabelOptions labels={STANCE_LABELS} />
          </select>
        </Field>
      </div>
      <Field id={`${p}-publisher`} label="Publisher" errors={errors.publisher}>
        <input {...control('publisher')} type="text" defaultValue={v.publisher} />
      </Field>
      <Field id={`${p}-excerpt`} label="Excerpt" errors={errors.excerpt}>
        <textarea {...control('excerpt')} rows={3} defaultValue={v.excerpt} />
      </Field>
      <div className="field-row">
        <Field id={`${p}-accessedAt`} label="Accessed on" errors={errors.accessedAt}>
          <input {...control('accessedAt')} type="date" max={today()} defaultValue={v.accessedAt} />
        </Field>
        <Field id={`${p}-archiveUrl`} label="Archive URL" errors={errors.archiveUrl}>
          <input {...control('archiveUrl')} type="url" defaultValue={v.archiveUrl} />
        </Field>
      </div>
      <Field id={`${p}-notArchivableReason`} label="If it cannot be archived, why" errors={errors.notArchivableReason}>
        <input {...control('notArchivableReason')} type="text" defaultValue={v.notArchivableReason} />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : source ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  );
}

/** A select's choices: none yet, then one per label. */
function LabelOptions({ labels }: { labels: Record<string, string> }) {
  return (
    <>
      <option value="">Choose…</option>
      {Object.entries(labels).map(([k, label]) => (
        <option key={k} value={k}>
          {label}
        </option>
      ))}
    </>
  );
}

export function RemoveSourceButton({ claimId, sourceId, version, title }: { claimId: string; sourceId: string; version: number; title: string }) {
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
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove source ${title}`}>
        Remove
      </button>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}
