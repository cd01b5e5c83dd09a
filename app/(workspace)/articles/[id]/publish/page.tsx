import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getPublishView } from '@/lib/data/factchecks';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/format';
import { RATING_INFO } from '@/lib/ratings';
import { STATUS_LABELS } from '@/lib/workflow';
import { CorrectionForm, IncludeForm, PublishForm, SummaryForm, UnpublishForm } from './publish-forms';
import './publish.css';

export const metadata = { title: 'Publish' };

const STATUS_TEXT = { draft: 'Draft', published: 'Published', unpublished: 'Unpublished' } as const;
const short = (t: string) => (t.length > 90 ? `${t.slice(0, 87).trimEnd()}…` : t);

export default async function PublishPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  const view = await guard(getPublishView(user?.id ?? null, id));
  const { article, factCheck: fc, claims } = view;
  const editor = can(user, 'factcheck.publish');
  const live = fc?.status === 'published';
  const failing = view.checklist.filter((i) => i.problems.length).length;
  return (
    <main id="main" className="publish">
      <p className="small">
        <Link href={`/articles/${article.id}`}>← Back to the article</Link>
      </p>
      <h1>Publish: {article.title}</h1>
      <p>
        <span className="pill">{fc ? STATUS_TEXT[fc.status] : 'Not prepared'}</span>{' '}
        {fc && (
          <span className="muted small">
            Address <code>/fact-checks/{fc.slug}</code>
            {fc.publishedAt && <> · first published {formatDate(fc.publishedAt)}</>} · last change {formatDateTime(fc.updatedAt)}
          </span>
        )}
      </p>
      {live && (
        <p>
          <Link href={`/fact-checks/${fc.slug}`}>Open the reader’s page</Link>
        </p>
      )}
      {!editor && <p className="alert warn">Only editors can publish, unpublish or correct a fact-check. You can see where it stands.</p>}

      <section aria-labelledby="summary-h">
        <h2 id="summary-h">Summary</h2>
        {editor ? <SummaryForm articleId={article.id} version={fc?.version ?? 0} summary={fc?.summary ?? ''} /> : <p>{fc?.summary || <span className="muted">No summary yet.</span>}</p>}
      </section>

      <section aria-labelledby="claims-h">
        <h2 id="claims-h">Claims in this fact-check</h2>
        <p className="hint">Accepted claims are included unless you leave them out. Suggestions and dismissed claims are never published.</p>
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
                <tr key={c.id} className={c.included ? undefined : 'left-out'}>
                  <td>
                    <Link href={`/claims/${c.id}`}>{short(c.text)}</Link>
                  </td>
                  <td>{c.claimant ?? <span className="muted">None</span>}</td>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td>{c.verdict ? RATING_INFO[c.verdict.rating].label : <span className="muted">None</span>}</td>
                  <td>{c.sourceCount}</td>
                  <td>
                    <span className="pill">{c.included ? 'Included' : 'Left out'}</span>
                    {editor && <IncludeForm claimId={c.id} version={c.version} included={c.included} live={live} label={short(c.text)} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">Checklist</h2>
        <p>{failing === 0 ? 'Every item passes.' : `${failing} of ${view.checklist.length} items need attention.`}</p>
        <ul className="checklist">
          {view.checklist.map((item) => (
            <li key={item.id} className={item.problems.length ? 'fails' : 'passes'}>
              <span className="check-state">{item.problems.length ? '✗ Fails' : '✓ Passes'}</span> {item.label}
              {item.problems.length > 0 && (
                <ul>
                  {item.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>

      {editor && (
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
          {live ? <UnpublishForm articleId={article.id} version={fc.version} /> : <PublishForm articleId={article.id} version={fc?.version ?? 0} republish={fc?.status === 'unpublished'} />}
        </section>
      )}

      {live && can(user, 'correction.write') && (
        <section aria-labelledby="correction-h">
          <h2 id="correction-h">Issue a correction</h2>
          <p className="hint">Readers see it in the corrections log with today’s date. A changed verdict writes its own correction when the editor rules.</p>
          <CorrectionForm articleId={article.id} claims={claims.filter((c) => c.included && c.status === 'ruled').map((c) => ({ id: c.id, label: short(c.text) }))} />
        </section>
      )}

      {fc && fc.corrections.length > 0 && (
        <section aria-labelledby="log-h">
          <h2 id="log-h">Corrections log</h2>
          <ol>
            {fc.corrections.map((k) => (
              <li key={k.id}>
                {formatDateTime(k.createdAt)} — {k.whatChanged} <span className="muted">Why: {k.reason} ({k.by.name})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
