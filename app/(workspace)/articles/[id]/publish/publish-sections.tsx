import Link from '@/app/components/link';
import { truncate } from '@/lib/text';
import type { getPublishView } from '@/lib/data/factchecks';
import { formatDate, formatDateTime } from '@/lib/format';
import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';
import { CorrectionForm, IncludeForm, PublishForm, SummaryForm, UnpublishForm } from './publish-forms';
import { ArticleDetailsForm } from './article-details-form';

// The publish page's sections. Which forms show is only a courtesy: every action authorizes again.

type PublishView = Awaited<ReturnType<typeof getPublishView>>;
type FactCheck = PublishView['factCheck'];
type Claim = PublishView['claims'][number];

const STATUS_TEXT = { draft: 'Draft', published: 'Published', unpublished: 'Unpublished' } as const;

export function PublishState({ fc }: { fc: FactCheck }) {
  return (
    <p>
      <span className="pill">{fc ? STATUS_TEXT[fc.status] : 'Not prepared'}</span>{' '}
      {fc && (
        <span className="muted small">
          Address <code>/fact-checks/{fc.slug}</code>
          {fc.publishedAt && <> · first published {formatDate(fc.publishedAt)}</>} · last change {formatDateTime(fc.updatedAt)}
        </span>
      )}
    </p>
  );
}

export function SummarySection({ articleId, fc, editor }: { articleId: string; fc: FactCheck; editor: boolean }) {
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h">Summary</h2>
      {editor ? (
        <SummaryForm articleId={articleId} version={fc?.version ?? 0} summary={fc?.summary ?? ''} />
      ) : (
        <p>{fc?.summary || <span className="muted">No summary yet.</span>}</p>
      )}
    </section>
  );
}

export function ClaimsSection({ claims, editor, live }: { claims: Claim[]; editor: boolean; live: boolean }) {
  return (
    <section aria-labelledby="claims-h">
      <h2 id="claims-h">Claims in this fact-check</h2>
      <p className="hint">
        Accepted claims are included unless you leave them out. Suggestions and dismissed claims are never published.
        {live && ' Readers see changes to these claims only when an editor publishes a new version.'}
      </p>
      {claims.length === 0 ? (
        <p className="empty">No accepted claims yet. Accept claims on the article page first.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Claimant</th>
              <th scope="col">Status</th>
              <th scope="col">Verdict</th>
              <th scope="col">Sources</th>
              <th scope="col">In the fact-check</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <ClaimRow key={c.id} claim={c} editor={editor} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ClaimRow({ claim: c, editor }: { claim: Claim; editor: boolean }) {
  return (
    <tr className={c.included ? undefined : 'left-out'}>
      <td>
        <Link href={`/claims/${c.id}`}>{truncate(c.text, 90)}</Link>
      </td>
      <td>{c.claimant ?? <span className="muted">None</span>}</td>
      <td>{STATUS_LABELS[c.status]}</td>
      <td>{c.verdict ? RATING_LABELS[c.verdict.rating] : <span className="muted">None</span>}</td>
      <td>{c.sourceCount}</td>
      <td>
        <span className="pill">{c.included ? 'Included' : 'Left out'}</span>
        {editor && <IncludeForm claimId={c.id} version={c.version} included={c.included} label={truncate(c.text, 90)} />}
      </td>
    </tr>
  );
}

type Article = PublishView['article'];

/** Title, publisher, address and date: the checklist needs the last three before publishing. */
export function ArticleDetailsSection({ article, canEdit }: { article: Article; canEdit: boolean }) {
  const saved = {
    title: article.title,
    publisher: article.publisher,
    byline: article.byline,
    url: article.url,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? '',
    language: article.language,
  };
  return (
    <section aria-labelledby="article-details-h">
      <h2 id="article-details-h">Article details</h2>
      <p className="hint">
        Readers and the ClaimReview markup name the original article with these. Readers see a change with the next version you publish.
      </p>
      {canEdit ? (
        <ArticleDetailsForm articleId={article.id} version={article.detailsVersion} saved={saved} />
      ) : (
        <dl className="facts">
          <dt>Publisher</dt>
          <dd>{article.publisher ?? <span className="muted">Missing</span>}</dd>
          <dt>Byline</dt>
          <dd>{article.byline ?? <span className="muted">None</span>}</dd>
          <dt>Address</dt>
          <dd>{article.url ?? <span className="muted">Missing</span>}</dd>
          <dt>Date published</dt>
          <dd>{article.publishedAt ? formatDate(article.publishedAt) : <span className="muted">Missing</span>}</dd>
        </dl>
      )}
    </section>
  );
}

export function ChecklistSection({ checklist }: { checklist: PublishView['checklist'] }) {
  const failing = checklist.filter((i) => i.problems.length).length;
  return (
    <section aria-labelledby="checklist-h">
      <h2 id="checklist-h">Checklist</h2>
      <p>{failing === 0 ? 'Every item passes.' : `${failing} of ${checklist.length} items need attention.`}</p>
      <ul className="checklist">
        {checklist.map((item) => {
          const notes = [...item.problems, ...(item.warnings ?? [])];
          const state = item.problems.length ? 'fails' : notes.length ? 'warns' : 'passes';
          return (
            <li key={item.id} className={state}>
              <span className="check-state">{CHECK_STATE[state]}</span> {item.label}
              {notes.length > 0 && (
                <ul>
                  {notes.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const CHECK_STATE = { fails: '✗ Fails', warns: '! Passes, with warnings', passes: '✓ Passes' } as const;

export function PublishingSection({ articleId, fc }: { articleId: string; fc: FactCheck }) {
  const live = fc?.status === 'published';
  const shown = fc?.snapshots[0];
  const changes = fc?.changes?.lines ?? [];
  return (
    <section aria-labelledby="publish-h">
      <h2 id="publish-h">Publishing</h2>
      {/* Stays mounted across publish/unpublish, so screen readers hear the new state. */}
      <p role="status" className={live ? 'alert ok' : 'alert warn'}>
        {live
          ? 'Published: readers see this fact-check now. Unpublishing removes it from the site and the feeds at once; it can be republished at the same address.'
          : fc?.status === 'unpublished'
            ? 'Unpublished: readers cannot see this fact-check. Republishing brings it back at the same address.'
            : 'Not published yet: publish once every checklist item passes.'}
      </p>
      {fc?.retractedAt && (
        <p className="small retraction-state">
          Retracted {formatDateTime(fc.retractedAt)}. Readers who open its address get the retraction notice (410) with this reason:{' '}
          <q>{fc.retractionReason}</q>
        </p>
      )}
      {shown && (
        <p className="small">
          Readers {live ? 'see' : 'last saw'} version {shown.number}, published {formatDateTime(shown.publishedAt)} by {shown.by.name}.
        </p>
      )}
      {shown && <UnpublishedChanges lines={changes} live={live} />}
      <PublishForm
        key={fc?.status ?? 'none'}
        articleId={articleId}
        version={fc?.version ?? 0}
        label={live ? 'Publish the changes' : fc?.status === 'unpublished' ? 'Republish' : 'Publish'}
        needsNote={changes.length > 0}
        nothingNew={live && changes.length === 0}
      />
      {live && <UnpublishForm articleId={articleId} version={fc.version} />}
      {fc && fc.snapshots.length > 0 && <VersionsList versions={fc.snapshots} />}
    </section>
  );
}

function UnpublishedChanges({ lines, live }: { lines: string[]; live: boolean }) {
  if (!lines.length) {
    return <p>{live ? 'Readers see everything the workspace shows: there are no changes to publish.' : 'Nothing changed since that version.'}</p>;
  }
  return (
    <div className="pending-changes">
      <h3>Changes readers do not see yet</h3>
      <p className="hint">Made in the workspace since the published version. They reach readers when you publish them with a note.</p>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}

const KIND_TEXT = { publish: 'First publication', update: 'Update', correction: 'Correction' } as const;

function VersionsList({ versions }: { versions: NonNullable<FactCheck>['snapshots'] }) {
  return (
    <details className="versions">
      <summary>Published versions ({versions.length})</summary>
      <ol reversed>
        {versions.map((v) => (
          <li key={v.number}>
            {KIND_TEXT[v.kind]}, {formatDateTime(v.publishedAt)} by {v.by.name}
            {v.note && <span className="muted"> — {v.note}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function CorrectionSection({ articleId, claims }: { articleId: string; claims: Claim[] }) {
  return (
    <section aria-labelledby="correction-h">
      <h2 id="correction-h">Issue a correction</h2>
      <p className="hint">
        A note readers see at once in the corrections log, for something the page itself does not change. It publishes no workspace changes: publish
        those above, with their own note. A changed verdict writes its own correction when the editor rules; readers see it with the version that
        publishes the new verdict.
      </p>
      <CorrectionForm
        articleId={articleId}
        claims={claims.filter((c) => c.included && c.status === 'ruled').map((c) => ({ id: c.id, label: truncate(c.text, 90) }))}
      />
    </section>
  );
}

export function CorrectionsLog({ corrections }: { corrections: NonNullable<FactCheck>['corrections'] }) {
  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">Corrections log</h2>
      <ol>
        {corrections.map((k) => (
          <li key={k.id}>
            {formatDateTime(k.createdAt)} — {k.kind === 'update' && 'Update. '}
            {k.whatChanged}{' '}
            <span className="muted">
              Why: {k.reason} ({k.by.name})
            </span>
            {k.snapshot ? (
              <span className="pill">Version {k.snapshot.number}</span>
            ) : (
              <span className="pill">Not published yet: readers see it with the next version</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
