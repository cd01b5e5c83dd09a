'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { updateArticleDetailsAction } from './actions';

/** `byline` absent: the page did not load it, and the form leaves it out (saving then leaves the byline as it is). */
export type ArticleDetailsValues = {
  title: string;
  publisher: string | null;
  byline?: string | null;
  url: string | null;
  publishedAt: string;
  language: string;
};

const FIELDS = [
  { name: 'title', label: 'Title', type: 'text', hint: null },
  { name: 'publisher', label: 'Publisher', type: 'text', hint: 'Who published the article, e.g. The National.' },
  { name: 'byline', label: 'Byline', type: 'text', hint: 'Who wrote the article, as its byline says, e.g. Jane Doe and John Roe.' },
  { name: 'url', label: 'Address (URL)', type: 'url', hint: 'Where readers can find the original article.' },
  { name: 'publishedAt', label: 'Date published', type: 'date', hint: 'The day the article was published (YYYY-MM-DD).' },
  { name: 'language', label: 'Language', type: 'text', hint: 'The article’s language as a tag: en, fr, pt-BR…' },
] as const;

/** The article's details, which the publishing checklist needs; keeps what was typed on error. */
export function ArticleDetailsForm({ articleId, version, saved }: { articleId: string; version: number; saved: ArticleDetailsValues }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateArticleDetailsAction, {});
  return (
    <form action={action} className="form wide" aria-label="Article details" key={state.ok === false ? 'failed' : `${version}`} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      {FIELDS.filter((f) => f.name !== 'byline' || saved.byline !== undefined).map((f) => {
        const id = `article-${f.name}`;
        const described = [f.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            <input
              id={id}
              name={f.name}
              type={f.type}
              defaultValue={typedOr(state, f.name, saved[f.name])}
              aria-invalid={!!state.errors?.[f.name]}
              aria-describedby={described}
            />
            {f.hint && (
              <p id={`${id}-hint`} className="hint">
                {f.hint}
              </p>
            )}
            <FieldError id={`${id}-error`} errors={state.errors?.[f.name]} />
          </div>
        );
      })}
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save article details'}
        </button>
      </div>
    </form>
  );
}
