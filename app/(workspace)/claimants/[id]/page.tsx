import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getClaimant, mergeCandidates } from '@/lib/data/claimants';
import { guard } from '@/lib/page-guard';
import { isId } from '@/lib/validation/common';
import { CLAIMANT_TYPE_LABELS, RATING_LABELS, STATUS_LABELS } from '@/lib/labels';
import { History } from '@/app/(workspace)/claims/[id]/history';
import { ClaimantForm, MergeForm } from './claimant-forms';
import '../claimants.css';

export const metadata = { title: 'Claimant' };

type Params = Record<string, string | string[] | undefined>;

/** A claimant's record and track record: every claim attributed to them, across articles, with its verdict. */
export default async function ClaimantPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, currentUser()]);
  if (!isId(id)) notFound();
  const after = typeof sp.after === 'string' ? sp.after : undefined;
  const userId = user?.id ?? null;
  const editor = can(user, 'claimant.manage');
  const [c, candidates] = await Promise.all([guard(getClaimant(userId, id, { after })), editor ? guard(mergeCandidates(userId, id)) : []]);
  const r = c.record;
  return (
    <main id="main">
      <p className="small">
        <Link href="/claimants">← Claimants</Link>
      </p>
      <h1>{r.name}</h1>
      <dl className="claimant-facts">
        <div>
          <dt>Type</dt>
          <dd>{CLAIMANT_TYPE_LABELS[r.type]}</dd>
        </div>
        <div>
          <dt>Role or title</dt>
          <dd>{r.role ?? '—'}</dd>
        </div>
        <div>
          <dt>Same as</dt>
          <dd>{r.sameAs ? <a href={r.sameAs}>{r.sameAs}</a> : '—'}</dd>
        </div>
        <div>
          <dt>Also known as</dt>
          <dd>{[...c.aliases, ...c.surnames].join(', ') || '—'}</dd>
        </div>
      </dl>

      <TrackRecord c={c} />

      <ClaimsSection c={c} after={after} />

      {editor && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit the record</h2>
          <ClaimantForm saved={{ id: r.id, version: r.version, name: r.name, type: r.type, role: r.role, sameAs: r.sameAs, aliases: c.aliases }} />
          <h2>Merge another record into this one</h2>
          <MergeForm id={r.id} version={r.version} candidates={candidates} />
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <History entries={c.history} />
      </section>
    </main>
  );
}

type Page = Awaited<ReturnType<typeof getClaimant>>;

/** How their ruled claims were rated. */
function TrackRecord({ c }: { c: Page }) {
  const r = c.record;
  const ruled = c.tally.reduce((n, t) => n + t.count, 0);
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">Track record</h2>
      {ruled === 0 ? (
        <p className="empty">No ruling on any of their {c.total === 1 ? 'claim' : `${c.total} claims`} yet.</p>
      ) : (
        <ul className="tally" aria-label={`Rulings on ${ruled} of ${c.total} claims`}>
          {c.tally.map((t) => (
            <li key={t.rating}>
              <strong>{t.count}</strong> {RATING_LABELS[t.rating]}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/search?${new URLSearchParams({ claimant: r.id, q: r.name })}`}>Search their claims</Link>
      </p>
    </section>
  );
}

/** Their claims, newest first, a page at a time. */
function ClaimsSection({ c, after }: { c: Page; after: string | undefined }) {
  const r = c.record;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({c.total})</h2>
      {c.claims.length === 0 ? (
        <p className="empty">No claims are linked to this record.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Article</th>
              <th scope="col">Status</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {c.claims.map((k) => (
              <tr key={k.id}>
                <td>
                  <Link href={`/claims/${k.id}`}>{k.text}</Link>
                </td>
                <td className="muted">{k.article.title}</td>
                <td>
                  <span className="pill">{STATUS_LABELS[k.status]}</span>
                </td>
                <td>
                  {k.rating ? `${RATING_LABELS[k.rating]}${k.ruled ? '' : ' (proposed)'}` : '—'}
                  {k.factCheckUrl && (
                    <>
                      {' · '}
                      <a href={k.factCheckUrl}>published</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        {after && <Link href={`/claimants/${r.id}`}>← Newest claims</Link>}
        {c.next && (
          <Link href={`/claimants/${r.id}?after=${encodeURIComponent(c.next)}`} rel="next">
            Older claims →
          </Link>
        )}
      </nav>
    </section>
  );
}
