'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, formKey, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { FEEDBACK_LIMITS } from '@/lib/validation/feedback';
import { acceptReportAction, declineReportAction, declineTipAction, tipToArticleAction, tipToClaimAction } from './actions';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
type Item = { id: string; version: number; reference: string };

/** One triage form: the item's id and the version it was loaded with, its fields, the outcome. */
function TriageForm({
  action,
  idName,
  item,
  submit,
  children,
}: {
  action: Action;
  idName: 'reportId' | 'tipId';
  item: Item;
  submit: string;
  children?: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="form triage-form" noValidate>
      <FormMessage state={state} />
      {!pending && <ConflictNotice saved={state.conflict} />}
      <input type="hidden" name={idName} value={item.id} />
      <input type="hidden" name="version" value={latestVersion(item.version, state)} />
      <div key={formKey(`${submit}-${item.id}`, state)}>{children?.(state)}</div>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submit}
      </button>
    </form>
  );
}

function TextArea({
  id,
  name,
  label,
  state,
  value,
  max,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  value?: string;
  max: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={2}
        maxLength={max}
        defaultValue={typedOr(state, name, value)}
        aria-invalid={!!state.errors?.[name]}
        aria-describedby={`${id}-error`}
      />
      <FieldError id={`${id}-error`} errors={state.errors?.[name]} />
    </div>
  );
}

export function AcceptReportForm({ report }: { report: Item }) {
  return (
    <TriageForm action={acceptReportAction} idName="reportId" item={report} submit="Accept as a correction">
      {(state) => (
        <>
          <TextArea
            id={`accept-what-${report.id}`}
            name="whatChanged"
            label={`Correction for readers: what was wrong (${report.reference})`}
            state={state}
            max={FEEDBACK_LIMITS.whatChanged}
          />
          <TextArea
            id={`accept-why-${report.id}`}
            name="reason"
            label={`Why (${report.reference})`}
            state={state}
            value={`A reader pointed it out (report ${report.reference}).`}
            max={FEEDBACK_LIMITS.reason}
          />
        </>
      )}
    </TriageForm>
  );
}

export function DeclineReportForm({ report }: { report: Item }) {
  return (
    <TriageForm action={declineReportAction} idName="reportId" item={report} submit="Decline the report">
      {(state) => (
        <TextArea
          id={`decline-${report.id}`}
          name="reason"
          label={`Reason for declining ${report.reference}`}
          state={state}
          max={FEEDBACK_LIMITS.reason}
        />
      )}
    </TriageForm>
  );
}

export function TipToClaimForm({ tip }: { tip: Item }) {
  return <TriageForm action={tipToClaimAction} idName="tipId" item={tip} submit={`Turn ${tip.reference} into a claim`} />;
}

export function TipToArticleForm({ tip, articles }: { tip: Item; articles: { id: string; title: string }[] }) {
  const id = `tip-article-${tip.id}`;
  return (
    <TriageForm action={tipToArticleAction} idName="tipId" item={tip} submit="Link the article">
      {(state) => (
        <div className="field">
          <label htmlFor={id}>It became the article</label>
          <select id={id} name="articleId" defaultValue={typedOr(state, 'articleId', '')} aria-describedby={`${id}-error`}>
            <option value="">Choose an imported article…</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-error`} errors={state.errors?.articleId} />
        </div>
      )}
    </TriageForm>
  );
}

export function DeclineTipForm({ tip }: { tip: Item }) {
  return (
    <TriageForm action={declineTipAction} idName="tipId" item={tip} submit="Decline the tip">
      {(state) => (
        <TextArea id={`decline-${tip.id}`} name="reason" label={`Reason for declining ${tip.reference}`} state={state} max={FEEDBACK_LIMITS.reason} />
      )}
    </TriageForm>
  );
}
