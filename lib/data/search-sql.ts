import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { SearchTerm, TSearchFilters } from '@/lib/validation/search';
import { sharedClaimConditions } from '@/lib/data/claim-filter-sql';

// The statements of search (lib/data/search.ts), kept apart so the archive benchmark can send
// the very same SQL bare beside the data-layer function.

/** Searched unless a status is chosen: everything but what the desk dismissed. */
const SEARCHED: ClaimStatus[] = ['suggested', 'open', 'researching', 'in_review', 'ruled'];
/** Counted exactly up to this many matches; past it the page says "more than". */
export const COUNT_CAP = 1000;

const quoteLexeme = (s: string) => `'${s.replace(/'/g, "''")}':*`;

function termSql(t: SearchTerm): Prisma.Sql {
  if (t.kind === 'phrase') return Prisma.sql`phraseto_tsquery('english', ${t.text})`;
  if (t.kind === 'prefix') return Prisma.sql`to_tsquery('english', ${quoteLexeme(t.text)})`;
  return Prisma.sql`plainto_tsquery('english', ${t.text})`;
}

/** The terms as one tsquery expression: AND by default, OR where asked, !! for left-out terms. */
export function tsquerySql(terms: SearchTerm[]): Prisma.Sql {
  let sql: Prisma.Sql | null = null;
  for (const t of terms) {
    const one = t.not ? Prisma.sql`!!${termSql(t)}` : termSql(t);
    sql = sql === null ? one : t.or ? Prisma.sql`(${sql} || ${one})` : Prisma.sql`(${sql} && ${one})`;
  }
  return sql ?? Prisma.sql`''::tsquery`;
}

/**
 * The filters, on claims c and articles a, and whether c and a are needed at all: without other
 * filters the status is read from the claim's search document s (kept there by migration
 * 20261202170000's trigger, in the same transaction), so a broad search reads no claim; with
 * them, from c, so that an index on claims can serve it with the others (rating and status).
 */
export function filterSql(q: TSearchFilters, actorId: string): { where: Prisma.Sql; claims: boolean; articles: boolean } {
  const where = sharedClaimConditions(q, actorId);
  if (q.claimant) where.push(Prisma.sql`c.claimant_id = ${q.claimant}`);
  const articles = Boolean(q.from || q.to);
  if (q.from) where.push(Prisma.sql`coalesce(a.published_at, a.created_at::date) >= ${q.from}::date`);
  if (q.to) where.push(Prisma.sql`coalesce(a.published_at, a.created_at::date) <= ${q.to}::date`);
  const claims = where.length > 0;
  const status = Prisma.raw(claims ? 'c.status' : 's.status');
  where.unshift(
    q.status
      ? Prisma.sql`${status} = ${q.status}::"ClaimStatus"`
      : Prisma.sql`${status} IN (${Prisma.join(SEARCHED.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})`,
  );
  return { where: Prisma.join(where, ' AND '), claims, articles };
}

/**
 * Ranking reads and scores every matching document, so it is bounded: at most RANK_POOL matches
 * (after the filters) are ranked. A search that matches more ranks the first RANK_POOL the index
 * finds, and the page says it is broad (the count says "more than 1,000"); the same pool is read
 * for each of its pages, so pages neither repeat nor skip while the archive is unchanged.
 */
export const RANK_POOL = 2000;

/**
 * The claims that match, with their status and full-text score (ts_rank_cd of the weighted
 * document), at most RANK_POOL of them. Only what ranking and counting need, from claim_search
 * alone unless a filter needs claims or articles: the page reads the rest of its few claims
 * afterwards. A broad search no longer reads each matching claim to leave out dismissed ones, and
 * a filtered one can take its claims from an index alone (status and rating:
 * claims_latest_rating_status_updated_at_id_idx) instead of reading every claim the filters allow.
 */
function matchesSql(q: TSearchFilters, terms: SearchTerm[], actorId: string): Prisma.Sql {
  const f = filterSql(q, actorId);
  return Prisma.sql`
    SELECT p.id, p.status, p.query, ts_rank_cd(p.document, p.query) AS match_score
    FROM (
      SELECT s.claim_id AS id, ${Prisma.raw(f.claims ? 'c.status' : 's.status')}, s.document, m.query
      FROM (SELECT ${tsquerySql(terms)} AS query) m
      JOIN claim_search s ON s.document @@ m.query
      ${f.claims ? Prisma.sql`JOIN claims c ON c.id = s.claim_id` : Prisma.empty}
      ${f.articles ? Prisma.sql`JOIN articles a ON a.id = c.article_id` : Prisma.empty}
      WHERE ${f.where}
      LIMIT ${RANK_POOL}
    ) p`;
}

/**
 * One page of results, best first, keyset-paged on (score, id). On the first page (no cursor) each
 * row also carries `counts`: how many of the pool match, by status, counted up to COUNT_CAP + 1
 * (a JSON object; the same on every row, and no row when nothing matches). The pool is read once
 * for both: a second statement for the count did the same work again beside it.
 */
export function searchPageSql(q: TSearchFilters, terms: SearchTerm[], actorId: string): Prisma.Sql {
  const after = q.cursor ? Prisma.sql`WHERE (r.match_score, r.id) < (${q.cursor.score}::real, ${q.cursor.id})` : Prisma.empty;
  const hl = (col: Prisma.Sql) => Prisma.sql`ts_headline('english', ${col}, r.query, 'StartSel=⟦, StopSel=⟧, HighlightAll=true')`;
  const counts = q.cursor
    ? Prisma.sql`NULL::json`
    : Prisma.sql`(SELECT json_object_agg(m.status, m.n) FROM (
        SELECT x.status, count(*)::int AS n FROM (SELECT p.status FROM pool p LIMIT ${COUNT_CAP + 1}) x GROUP BY x.status
      ) m)`;
  return Prisma.sql`
    WITH pool AS (${matchesSql(q, terms, actorId)})
    SELECT c.id, c.number, c.status, c.claimant, c.claimant_id, c.latest_rating::text AS latest_rating, c.assignee_id, u.name AS assignee_name,
           c.article_id, a.title AS article_title, coalesce(a.published_at, a.created_at::date) AS article_date,
           f.slug, (f.status = 'published') AS published, c.included, r.match_score::real AS score, (r.match_score::real)::text AS k,
           c.text, ${hl(Prisma.sql`c.text`)} AS text_hl, ${hl(Prisma.sql`coalesce(c.claimant, '')`)} AS claimant_hl,
           ${hl(Prisma.sql`a.title`)} AS title_hl, ${counts} AS counts
    FROM (
      SELECT r.id, r.query, r.match_score
      FROM pool r ${after}
      ORDER BY r.match_score DESC, r.id DESC
      LIMIT ${q.limit + 1}
    ) r
    JOIN claims c ON c.id = r.id
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN fact_checks f ON f.article_id = a.id
    LEFT JOIN users u ON u.id = c.assignee_id
    ORDER BY r.match_score DESC, r.id DESC`;
}
