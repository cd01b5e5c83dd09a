import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { SearchTerm, TSearchFilters } from '@/lib/validation/search';
import { dbRating } from '@/lib/ratings';

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

/** The filters, on claims c and articles a. */
export function filterSql(q: TSearchFilters, actorId: string): Prisma.Sql {
  const where: Prisma.Sql[] = [
    q.status
      ? Prisma.sql`c.status = ${q.status}::"ClaimStatus"`
      : Prisma.sql`c.status IN (${Prisma.join(SEARCHED.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})`,
  ];
  if (q.rating) where.push(Prisma.sql`c.latest_rating = ${dbRating(q.rating)}::"Rating"`);
  if (q.claimant) where.push(Prisma.sql`c.claimant_id = ${q.claimant}`);
  if (q.article) where.push(Prisma.sql`c.article_id = ${q.article}`);
  if (q.assignee === 'none') where.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (q.assignee) where.push(Prisma.sql`c.assignee_id = ${q.assignee === 'me' ? actorId : q.assignee}`);
  if (q.from) where.push(Prisma.sql`coalesce(a.published_at, a.created_at::date) >= ${q.from}::date`);
  if (q.to) where.push(Prisma.sql`coalesce(a.published_at, a.created_at::date) <= ${q.to}::date`);
  return Prisma.join(where, ' AND ');
}

const CLAIM_COLUMNS = Prisma.sql`c.id, c.number, c.status, c.claimant, c.claimant_id, c.latest_rating, c.assignee_id, c.article_id, c.included, c.text`;

/**
 * Ranking reads and scores every matching document, so it is bounded: at most RANK_POOL matches
 * (after the filters) are ranked. A search that matches more ranks the first RANK_POOL the index
 * finds, and the page says it is broad (the count says "more than 1,000"); the same pool is read
 * for each of its pages, so pages neither repeat nor skip while the archive is unchanged.
 */
export const RANK_POOL = 2000;

/** The claims that match, with their full-text score (ts_rank_cd of the weighted document), at most RANK_POOL of them. */
function matchesSql(q: TSearchFilters, terms: SearchTerm[], actorId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.*, ts_rank_cd(p.document, p.query) AS match_score
    FROM (
      SELECT ${CLAIM_COLUMNS}, s.document, m.query
      FROM (SELECT ${tsquerySql(terms)} AS query) m
      JOIN claim_search s ON s.document @@ m.query
      JOIN claims c ON c.id = s.claim_id
      JOIN articles a ON a.id = c.article_id
      WHERE ${filterSql(q, actorId)}
      LIMIT ${RANK_POOL}
    ) p`;
}

/** One page of results, best first, keyset-paged on (score, id). */
export function searchPageSql(q: TSearchFilters, terms: SearchTerm[], actorId: string): Prisma.Sql {
  const after = q.cursor ? Prisma.sql`WHERE (r.match_score, r.id) < (${q.cursor.score}::real, ${q.cursor.id})` : Prisma.empty;
  const hl = (col: Prisma.Sql) => Prisma.sql`ts_headline('english', ${col}, r.query, 'StartSel=⟦, StopSel=⟧, HighlightAll=true')`;
  return Prisma.sql`
    SELECT r.id, r.number, r.status, r.claimant, r.claimant_id, r.latest_rating::text AS latest_rating, r.assignee_id, u.name AS assignee_name,
           r.article_id, a.title AS article_title, coalesce(a.published_at, a.created_at::date) AS article_date,
           f.slug, (f.status = 'published') AS published, r.included, r.match_score::real AS score, (r.match_score::real)::text AS k,
           r.text, ${hl(Prisma.sql`r.text`)} AS text_hl, ${hl(Prisma.sql`coalesce(r.claimant, '')`)} AS claimant_hl,
           ${hl(Prisma.sql`a.title`)} AS title_hl
    FROM (
      SELECT r.id, r.number, r.status, r.claimant, r.claimant_id, r.latest_rating, r.assignee_id, r.article_id, r.included, r.text, r.query,
             r.match_score
      FROM (${matchesSql(q, terms, actorId)}) r ${after}
      ORDER BY r.match_score DESC, r.id DESC
      LIMIT ${q.limit + 1}
    ) r
    JOIN articles a ON a.id = r.article_id
    LEFT JOIN fact_checks f ON f.article_id = a.id
    LEFT JOIN users u ON u.id = r.assignee_id
    ORDER BY r.match_score DESC, r.id DESC`;
}

/** How many match (up to COUNT_CAP + 1), by status. */
export function searchCountSql(q: TSearchFilters, terms: SearchTerm[], actorId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m.status, count(*)::int AS n
    FROM (SELECT r.status FROM (${matchesSql({ ...q, cursor: undefined }, terms, actorId)}) r LIMIT ${COUNT_CAP + 1}) m
    GROUP BY m.status`;
}
