import Link from '@/app/components/link';
import { currentUser } from '@/lib/auth/session';
import { claimListFilterOptions } from '@/lib/data/claim-lists';
import { claimantName } from '@/lib/data/claimants';
import { listViews } from '@/lib/data/saved-views';
import { searchClaims, type Highlight, type SearchResult } from '@/lib/data/search';
import { RANK_POOL } from '@/lib/data/search-sql';
import { guard } from '@/lib/page-guard';
import { RATING_LABELS, STATUS_LABELS } from '@/lib/labels';
import { ZSearchQuerySchema } from '@/lib/validation/search';
import { fieldErrors } from '@/lib/validation/parse';
import { SavedViews } from '@/app/components/saved-views';
import { SearchFilters } from './filters';
import '../claims/claims.css';
import './search.css';

export const metadata = { title: 'Search' };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const KEYS = ['q', 'status', 'rating', 'claimant', 'article', 'assignee', 'from', 'to'] as const;

/** Search across every article's claims. The query lives in the URL (a GET form), so a search is a link. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [sp, user] = await Promise.all([searchParams, currentUser()]);
  const userId = user?.id ?? null;
  const raw: Record<string, string | undefined> = Object.fromEntries([...KEYS, 'cursor'].map((k) => [k, first(sp[k])]));
  const parsed = ZSearchQuerySchema.safeParse(raw);
  const errors = parsed.success ? null : Object.values(fieldErrors(parsed.error)).flat();
  const query: Record<string, string | undefined> = parsed.success ? raw : { q: raw.q?.slice(0, 200) };
  const keep = Object.fromEntries(Object.entries(query).filter(([k, v]) => k !== 'cursor' && v)) as Record<string, string>;
  const [page, options, views, claimant] = await Promise.all([
    guard(searchClaims(userId, query)),
    guard(claimListFilterOptions(userId)),
    guard(listViews(userId)),
    keep.claimant ? guard(claimantName(userId, keep.claimant)) : null,
  ]);
  const qs = new URLSearchParams(keep).toString();
  const nextHref = page.nextCursor ? `/search?${new URLSearchParams({ ...keep, cursor: page.nextCursor })}` : null;
  const statusHref = (status: string) => `/search?${new URLSearchParams({ ...keep, status })}`;

  return (
    <main id="main">
      <h1>Search</h1>
      {errors && (
        <p className="alert error" role="alert">
          {errors.join(' ')} Searching without the other filters instead.
        </p>
      )}
      <SearchFilters values={keep} options={options} claimantName={claimant} />
      <SavedViews views={views} query={qs} path="/search" />
      {!keep.q ? (
        <p className="empty">
          Search claims, claimants, articles, verdicts, sources and notes. Words find their other forms (“rise” finds “rising”); use “quotes” for a
          phrase, <kbd>word*</kbd> for words that begin so, <kbd>OR</kbd> between alternatives and <kbd>-word</kbd> to leave a word out.
        </p>
      ) : page.notice ? (
        <p className="empty">{page.notice}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="results-count" aria-live="polite">
            {resultsHeading(page.counts, !!query.cursor)}
          </h2>
          <SearchNotices page={page} later={!!query.cursor} />
          {!query.cursor && Object.keys(page.counts.byStatus).length > 1 && !keep.status && (
            <p className="status-counts small">
              {Object.entries(page.counts.byStatus).map(([s, n]) => (
                <Link key={s} href={statusHref(s)}>
                  {STATUS_LABELS[s as keyof typeof STATUS_LABELS]} {n}
                </Link>
              ))}
            </p>
          )}
          {page.results.length === 0 ? (
            <p className="empty">No claims match. Try fewer words, another spelling, or fewer filters.</p>
          ) : (
            <ol className="search-results">
              {page.results.map((r) => (
                <ResultItem key={r.id} r={r} />
              ))}
            </ol>
          )}
          <nav className="pager" aria-label="Pages">
            {query.cursor && <Link href={`/search?${qs}`}>← First page</Link>}
            {nextHref && (
              <Link href={nextHref} rel="next">
                Next page →
              </Link>
            )}
          </nav>
        </section>
      )}
    </main>
  );
}

function resultsHeading(c: { total: number; more: boolean }, later: boolean) {
  if (later) return 'More results';
  if (c.more) return `More than ${c.total.toLocaleString('en-GB')} claims`;
  return c.total === 1 ? '1 claim' : `${c.total.toLocaleString('en-GB')} claims`;
}

function Marked({ h }: { h: Highlight }) {
  return h.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}

function ResultItem({ r }: { r: SearchResult }) {
  return (
    <li className="search-result">
      <p className="result-text">
        <Link href={`/claims/${r.id}`}>
          <Marked h={r.highlights.text} />
        </Link>
      </p>
      <p className="small muted">
        {r.claimant &&
          (r.claimantId ? (
            <Link href={`/claimants/${r.claimantId}`}>
              <Marked h={r.highlights.claimant} />
            </Link>
          ) : (
            <Marked h={r.highlights.claimant} />
          ))}
        {r.claimant && ' · '}
        <span className="pill">{STATUS_LABELS[r.status]}</span>
        {r.rating && ` · ${RATING_LABELS[r.rating]}${r.status === 'ruled' ? '' : ' (proposed)'}`}
        {' · in “'}
        <Link href={`/articles/${r.article.id}`}>
          <Marked h={r.highlights.title} />
        </Link>
        {`”, ${r.article.date}`}
        {r.assignee && ` · ${r.assignee.name}`}
        {r.factCheckUrl && (
          <>
            {' · '}
            <a href={r.factCheckUrl}>published fact-check</a>
          </>
        )}
      </p>
    </li>
  );
}

/** What the page must say of a broad search, and of a misspelled one it corrected. */
function SearchNotices({ page, later }: { page: Awaited<ReturnType<typeof searchClaims>>; later: boolean }) {
  return (
    <>
      {page.counts.more && !later && (
        <p className="muted small">
          A broad search: results are ranked among the first {RANK_POOL.toLocaleString('en-GB')} claims found. Add words or filters to narrow it.
        </p>
      )}
      {page.corrections.length > 0 && (
        <p className="alert warn">
          No claim uses {page.corrections.map((c) => `“${c.from}”`).join(' or ')}: showing results for{' '}
          {page.corrections.map((c, i) => (
            <span key={c.from}>
              {i > 0 && ' and '}
              <strong>{c.to}</strong>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
