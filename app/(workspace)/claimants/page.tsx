import Link from '@/app/components/link';
import { currentUser } from '@/lib/auth/session';
import { listClaimants } from '@/lib/data/claimants';
import { guard } from '@/lib/page-guard';
import { CLAIMANT_TYPE_LABELS } from '@/lib/labels';

export const metadata = { title: 'Claimants' };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Everyone the desk's claims are attributed to, alphabetically, each with a track record page. */
export default async function ClaimantsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [sp, user] = await Promise.all([searchParams, currentUser()]);
  const q = first(sp.q)?.slice(0, 100);
  const page = await guard(listClaimants(user?.id ?? null, { q, after: first(sp.after) }));
  const keep: Record<string, string> = q ? { q } : {};
  return (
    <main id="main">
      <h1>Claimants</h1>
      <p className="muted">
        Claims are linked to these records by name as they are imported: “Mr Putin”, “President Putin” and “Vladimir Putin” are one record. Editors
        can rename, describe and merge records.
      </p>
      <form method="get" action="/claimants" role="search" aria-label="Find a claimant" className="inline-form">
        <label htmlFor="c-q">Name</label>
        <input id="c-q" name="q" type="search" defaultValue={q ?? ''} maxLength={100} />
        <button type="submit" className="secondary">
          Find
        </button>
      </form>
      {page.claimants.length === 0 ? (
        <p className="empty">{q ? 'No claimant has a name like that.' : 'No claimants yet: they are recorded as articles are imported.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Role or title</th>
              <th scope="col">Claims</th>
            </tr>
          </thead>
          <tbody>
            {page.claimants.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/claimants/${c.id}`}>{c.name}</Link>
                </td>
                <td>{CLAIMANT_TYPE_LABELS[c.type]}</td>
                <td>{c.role ?? '—'}</td>
                <td className="num">{c.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        {first(sp.after) && <Link href={`/claimants?${new URLSearchParams(keep)}`}>← First page</Link>}
        {page.next && (
          <Link href={`/claimants?${new URLSearchParams({ ...keep, after: page.next })}`} rel="next">
            Next page →
          </Link>
        )}
      </nav>
    </main>
  );
}
