'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, formKey, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import type { SitePageSlug } from '@/lib/generated/prisma/enums';
import { SiteMarkdown } from '@/lib/site-pages/markdown';
import { SITE_PAGE_BODY_MAX, SITE_PAGE_TITLE_MAX } from '@/lib/site-pages/pages';
import { updateSitePageAction } from '../actions';

type Props = { slug: SitePageSlug; version: number; title: string; body: string };

export function SitePageForm({ slug, version, title, body }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSitePageAction, {});
  return (
    <form action={action} className="site-page-form" noValidate>
      <FormMessage state={state} />
      {!pending && <ConflictNotice saved={state.conflict} />}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      {/* Remounted after each submit: with what was typed after a refusal, with what is saved after a success. */}
      <Fields key={formKey(slug, state)} state={state} title={typedOr(state, 'title', title)} body={typedOr(state, 'body', body)} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save page'}
        </button>
      </div>
    </form>
  );
}

function Fields({ state, title, body }: { state: FormState; title: string; body: string }) {
  const [text, setText] = useState(body);
  return (
    <div className="site-page-editor">
      <div className="field">
        <label htmlFor="page-title">Title</label>
        <input
          id="page-title"
          name="title"
          type="text"
          maxLength={SITE_PAGE_TITLE_MAX}
          defaultValue={title}
          aria-invalid={!!state.errors?.title}
          aria-describedby="page-title-error"
        />
        <FieldError id="page-title-error" errors={state.errors?.title} />
      </div>
      <div className="site-page-columns">
        <div className="field">
          <label htmlFor="page-body">Text (Markdown)</label>
          <textarea
            id="page-body"
            name="body"
            rows={24}
            maxLength={SITE_PAGE_BODY_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={!!state.errors?.body}
            aria-describedby="page-body-hint page-body-error"
          />
          <p id="page-body-hint" className="hint">
            “## ” starts a section, **bold**, *italic*, [link text](https://example.org), “- ” a list item. HTML is left out, links may only go to web
            or email addresses, and images show as their description.
          </p>
          <FieldError id="page-body-error" errors={state.errors?.body} />
        </div>
        <section aria-labelledby="preview-heading" className="site-page-preview">
          <h2 id="preview-heading">Preview</h2>
          <div className="site-page-body">
            <SiteMarkdown source={text} />
          </div>
        </section>
      </div>
    </div>
  );
}
