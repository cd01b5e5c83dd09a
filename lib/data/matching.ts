import 'server-only';
import { clientRating } from '@/lib/ratings';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { publicBaseUrl } from '@/lib/config';
import { claimPath } from '@/lib/claimreview';
import { type MatchCandidate, rankMatches, type RankedMatch } from '@/lib/matching';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZMatchQuerySchema, type TMatchQuery } from '@/lib/validation/matching';

// "Checked before?": earlier claims, from any article, that say what a sentence says. Two steps:
// PostgreSQL finds candidates, then lib/matching re-ranks them with their numbers and names: a
// candidate with a different number for the same quantity is marked numbersDiffer and never
// offered as the same claim; unrelated candidates are dropped.
// Candidates come from claim_search: a claim the desk took up (open, researching, in review,
// ruled: suggestions and dismissed claims are not "checked before") is a candidate when its own
// words (claim_search.own: what its document weighs A, kept with whether it is taken up by the
// triggers of migration 20261202170000, on a partial GIN index) hold three (or, for a short
// sentence, two) of the sentence's rarest words (stemmed), rarity read from PostgreSQL's own
// statistics of the documents (pg_stats). A first version compared every claim's trigrams
// (pg_trgm's `%` at 0.2); at a million claims common trigrams made half the table a candidate and
// one sentence took seconds (docs/benchmarks.md, "Archive at a million claims"). At most POOL of
// them are compared, those sharing the most of the rare words first (poolTiers); among the pool,
// pg_trgm's similarity picks the closest.

/** How many candidates the database hands to the re-ranking, per sentence. */
const CANDIDATES = 200;
/** The sentence's rarest words that make a claim a candidate (any three of them, or two: candidateQueries). */
const RARE_WORDS = 6;
/** At most this many claims sharing them are compared by trigram similarity, per sentence (poolTiers). */
export const POOL = 600;
/** Sentences per candidate statement, and statements in flight at once, for an article (matchAll; the archive benchmark sends the same). */
export const CHUNK = 8;
export const LANES = 2;

/** What the re-ranking reads of a candidate (from claim_search, beside its pool). */
type CandidateRow = { i: number; id: string; text: string; ruled: boolean };
/** A candidate as the re-ranking takes it (rankMatches prepares it). */
type Candidate = MatchCandidate & { id: string };

/** What a match shows besides, read for the few matches kept. */
type MatchDetails = {
  id: string;
  text: string;
  claimant: string | null;
  number: number;
  article_id: string;
  article_title: string;
  latest_rating: string | null;
  ruled_at: Date | null;
  slug: string | null;
  published: boolean;
  included: boolean;
};

export type ClaimMatch = {
  id: string;
  text: string;
  claimant: string | null;
  rating: Rating | null;
  ruledAt: string | null;
  factCheckUrl: string | null;
  similarity: number;
  numbersDiffer: boolean;
  sharedEntities: string[];
  article: { id: string; title: string };
};

/** A lexeme as tsquery text, matched against the claim's own words (claim_search.own, unweighted). */
const lexeme = (l: string) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** "At least k of xs" (k ≥ 1) as one tsquery expression: (x & at least k−1 of the rest) | at least k of the rest. */
function atLeast(k: number, xs: string[]): string {
  if (k === 1) return xs.length === 1 ? xs[0]! : `(${xs.join(' | ')})`;
  if (xs.length === k) return `(${xs.join(' & ')})`;
  const [x, ...rest] = xs;
  return `((${x} & ${atLeast(k - 1, rest)}) | ${atLeast(k, rest)})`;
}

/** At most this many tsqueries per sentence (candidateQueries): three of six is four. */
const QUERIES = 4;

/**
 * The claims that share enough of the lexemes (rarest first): any three of them when there are
 * five or more (two rare words are often a set phrase, "rough sleeping", that thousands of claims
 * share), else any two, or the one alone. As up to QUERIES tsqueries, any of which may match, each
 * led by one lexeme that it requires: "3 of a…f" is a & (2 of b…f), b & (2 of c…f), c & (2 of d…f)
 * and d & e & f. The GIN index answers each from its leading word's claims and ORs the bitmaps; the
 * same condition as one expression made it walk the four rarest words' claims together, checking
 * the whole expression on each, about a third slower. Empty when there are no lexemes.
 */
export function candidateQueries(lexemes: string[]): string[] {
  return lexemes.length ? ledBy(required(lexemes.length), lexemes.map(lexeme)) : [];
}

/** How many of a sentence's n rare lexemes a candidate must share (candidateQueries). */
const required = (n: number) => (n >= 5 ? 3 : Math.min(n, 2));

/** "At least k of l" (quoted lexemes, rarest first, 1 ≤ k ≤ l.length) as candidateQueries' led tsqueries. */
function ledBy(k: number, l: string[]): string[] {
  return l
    .slice(0, l.length - k + 1)
    .map((x, j) => (j === l.length - k ? `(${l.slice(j).join(' & ')})` : `(${x} & ${atLeast(k - 1, l.slice(j + 1))})`));
}

/** At most this many tiers per sentence (poolTiers); tier j has at most j + 1 tsqueries. */
const TIERS = 2;

/**
 * Stricter tiers than candidateQueries', strictest first: all of the lexemes, then all but one.
 * When more than POOL claims share enough of a sentence's rare words (a subject, a year and
 * "officials" are shared by thousands at a million claims), the pool takes those sharing the most
 * first; before, it took the first POOL the index returned, and the claim a sentence restates could
 * be left out (29 of 600 sentences in the archive benchmark, none with these two tiers;
 * docs/benchmarks.md, "Archive at a million claims"). A third tier (all but two) cost as much as
 * the sentence's own query again and found no more. Each tier is led tsqueries like
 * candidateQueries' (all of six is one, five of six two); none below what the sentence requires.
 */
export function poolTiers(lexemes: string[], most = TIERS): string[][] {
  const l = lexemes.map(lexeme);
  const tiers: string[][] = [];
  for (let m = l.length; m > required(l.length) && tiers.length < most; m--) tiers.push(ledBy(m, l));
  return tiers;
}

/**
 * Each sentence's rarest lexemes, rarest first: the English configuration's stems, ordered by the
 * share of claim documents that contain them as ANALYZE last sampled it (a word it did not list
 * among the most common counts as rare; among equally rare words, longer ones are more telling).
 */
async function rareLexemes(texts: string[]): Promise<string[][]> {
  const rows = await db.$queryRaw<{ i: bigint; lex: string[] }[]>(Prisma.sql`
    WITH common AS (
      SELECT x.e, x.f
      FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f)
      WHERE s.schemaname = current_schema() AND s.tablename = 'claim_search' AND s.attname = 'document' AND x.e IS NOT NULL
    )
    SELECT q.i, ARRAY(
      SELECT l FROM unnest(tsvector_to_array(to_tsvector('english', q.t))) l
      LEFT JOIN common ON common.e = l
      ORDER BY coalesce(common.f, 0), length(l) DESC, l
      LIMIT ${RARE_WORDS}
    ) AS lex
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS q(t, i)`);
  const out = texts.map((): string[] => []);
  for (const r of rows) out[Number(r.i) - 1] = r.lex;
  return out;
}

/**
 * The candidates of every sentence in one statement: each sentence (unnest … WITH ORDINALITY)
 * takes, through a LATERAL subquery, up to POOL taken-up claims whose own words match its query
 * (when more than POOL do, those that also match its strictest tier first, then the next:
 * poolTiers; each tier is read up to POOL claims), and of those the
 * CANDIDATES closest by trigram similarity, with their text and whether they were ruled: what the
 * re-ranking reads. All of it comes from claim_search (migration
 * 20261202170000), whose partial GIN index holds the own words of taken-up claims only,
 * unweighted, so the index neither returns claims the desk never took up nor rechecks documents
 * for the words' weights; claims and articles are read only for the matches kept (detailsSql).
 * Rows carry `i`, the sentence's 1-based position. Exported for the archive benchmark, which
 * sends it bare.
 */
export function candidatesSql(
  texts: string[],
  lexemes: string[][],
  positions: number[],
  excludeArticleId: string | null,
  // The archive benchmark's baseline sends it with none: the pool as the first POOL the index returns.
  tierCount = TIERS,
) {
  const queries = lexemes.map(candidateQueries);
  const tiers = lexemes.map((l) => poolTiers(l, tierCount));
  // Tier j's tsqueries go in columns st{j}_0 … st{j}_j.
  const tierSlots = Array.from({ length: tierCount }, (_, j) => Array.from({ length: j + 1 }, (_, k) => ({ j, k, column: `st${j}_${k}` })));
  // One array per query slot: a sentence with fewer queries has NULL in the others, which match nothing.
  const slot = (j: number) => queries.map((q) => q[j] ?? null);
  const matches = Prisma.join(
    Array.from({ length: QUERIES }, (_, j) => Prisma.sql`s.own @@ ${Prisma.raw(`q.tq${j}`)}`),
    ' OR ',
  );
  const exclude = excludeArticleId
    ? Prisma.sql`AND s.claim_id <> ALL (ARRAY(SELECT x.id FROM claims x WHERE x.article_id = ${excludeArticleId}))`
    : Prisma.empty;
  // Only a sentence whose own query (any of its QUERIES) matches more than POOL claims reads the
  // tiers: the strictest ranks highest, and the first POOL its own query returned are tier 0. The
  // condition on base's count is the same for every row, so PostgreSQL checks it once and, when
  // it is false, never starts the tiers' scans: reading them for every sentence made an article's
  // candidate statements twice as slow (docs/benchmarks.md, "Archive at a million claims").
  const full = Prisma.sql`(SELECT count(*) FROM base) > ${POOL}`;
  const tiered = Prisma.join(
    [
      ...Array.from(
        { length: tierCount },
        (_, j) =>
          Prisma.sql`(SELECT s.claim_id, s.text, ${Prisma.raw(String(tierCount - j))} AS tier FROM claim_search s
            WHERE ${full} AND s.taken_up AND (${Prisma.raw(tierSlots[j]!.map((c) => `s.own @@ q.${c.column}`).join(' OR '))}) ${exclude}
            LIMIT ${POOL})`,
      ),
      Prisma.sql`(SELECT b.claim_id, b.text, 0 AS tier FROM base b WHERE ${full})`,
    ],
    ' UNION ALL ',
  );
  const columns = [...Array.from({ length: QUERIES }, (_, j) => `tq${j}`), ...tierSlots.flat().map((c) => c.column)];
  return Prisma.sql`
    SELECT q.i, best.claim_id AS id, best.text, ruled.claim_id IS NOT NULL AS ruled
    FROM unnest(${texts}::text[], ${positions}::int[], ${Prisma.join([
      ...Array.from({ length: QUERIES }, (_, j) => Prisma.sql`${slot(j)}::tsquery[]`),
      ...tierSlots.flat().map(({ j, k }) => Prisma.sql`${tiers.map((t) => t[j]?.[k] ?? null)}::tsquery[]`),
    ])}) AS q(t, i, ${Prisma.raw(columns.join(', '))})
    CROSS JOIN LATERAL (
      WITH base AS MATERIALIZED (
        SELECT s.claim_id, s.text FROM claim_search s WHERE s.taken_up AND (${matches}) ${exclude} LIMIT ${POOL + 1}
      )
      SELECT pool.claim_id, pool.text FROM (
        (SELECT b.claim_id, b.text FROM base b WHERE NOT ${full})
        UNION ALL
        (SELECT d.claim_id, d.text FROM (
          SELECT DISTINCT ON (u.claim_id) u.claim_id, u.text, u.tier FROM (${tiered}) u ORDER BY u.claim_id, u.tier DESC
        ) d
        ORDER BY d.tier DESC
        LIMIT ${POOL})
      ) pool
      ORDER BY similarity(pool.text, q.t) DESC, pool.claim_id
      LIMIT ${CANDIDATES}
    ) best
    LEFT JOIN LATERAL (SELECT v.claim_id FROM verdicts v WHERE v.claim_id = best.claim_id AND v.kind = 'ruled' LIMIT 1) ruled ON true`;
}

/** The claims, articles and verdicts of the matches kept. */
function detailsSql(ids: string[]) {
  return Prisma.sql`
    SELECT c.id, c.text, c.claimant, c.number, a.id AS article_id, a.title AS article_title, c.latest_rating::text AS latest_rating,
           (SELECT max(v.created_at) FROM verdicts v WHERE v.claim_id = c.id AND v.kind = 'ruled') AS ruled_at,
           f.slug, (f.status = 'published') AS published, c.included
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN fact_checks f ON f.article_id = a.id
    WHERE c.id = ANY (${ids}::text[])`;
}

async function candidates(texts: string[], excludeArticleId: string | null): Promise<CandidateRow[]> {
  if (texts.length === 0) return [];
  const lexemes = await rareLexemes(texts);
  const asked = texts.flatMap((t, k) => (lexemes[k]?.length ? [{ t, lex: lexemes[k], i: k + 1 }] : []));
  if (asked.length === 0) return [];
  return db.$queryRaw<CandidateRow[]>(
    candidatesSql(
      asked.map((a) => a.t),
      asked.map((a) => a.lex),
      asked.map((a) => a.i),
      excludeArticleId,
    ),
  );
}

/** Earlier claims that say what `text` says, best first (GET /api/claims/match, the claim page, the import preview). */
export async function matchClaims(actorId: string | null, input: TMatchQuery): Promise<{ matches: ClaimMatch[] }> {
  const q = parseOrThrow(ZMatchQuerySchema, input);
  await authorize(actorId, 'workspace.read');
  const [matches] = await matchAll([q.text], q.excludeArticle ?? null, q.limit);
  return { matches: matches ?? [] };
}

/** The same for each sentence of an article being imported or worked on: a statement per eight sentences, two at a time (matchAll). */
export async function matchSentences(actorId: string | null, sentences: string[], excludeArticleId: string | null, limit = 3) {
  await authorize(actorId, 'workspace.read');
  return matchAll(sentences, excludeArticleId, limit);
}

/** Each sentence's matches: candidates, the re-ranking, then the details of those kept. */
async function matchAll(sentences: string[], excludeArticleId: string | null, limit: number): Promise<ClaimMatch[][]> {
  const ranked: RankedMatch<Candidate>[][] = sentences.map(() => []);
  // Each candidate is prepared (numbers, names, trigrams) as its sentence is ranked and dropped
  // after. Kept for the whole article (a cache by id), ~2,600 prepared claims outlived V8's young
  // generation and the collector copied them: 137 ms of this thread's CPU per 30-sentence article
  // of the archive benchmark against 101 ms now. The cache saved nothing: of 2,650 candidates,
  // 2,638 were distinct.
  const rankChunk = (from: number, rows: CandidateRow[]) => {
    const bySentence = new Map<number, Candidate[]>();
    for (const r of rows) {
      const k = from + Number(r.i) - 1;
      let inputs = bySentence.get(k);
      if (!inputs) bySentence.set(k, (inputs = []));
      inputs.push({ id: r.id, text: r.text, ruled: r.ruled });
    }
    for (const [k, inputs] of bySentence) ranked[k] = rankMatches(sentences[k]!, inputs, { limit });
  };
  // The sentences go in chunks of CHUNK, LANES statements at a time: PostgreSQL works on one chunk
  // while this thread ranks the one before (numbers and names in Node), and a server with two or
  // more cores works on two chunks at once. A single sentence is one chunk, as before.
  const chunks = Array.from({ length: Math.ceil(sentences.length / CHUNK) }, (_, c) => c * CHUNK);
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) {
      const from = chunks[next++]!;
      rankChunk(from, await candidates(sentences.slice(from, from + CHUNK), excludeArticleId));
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, chunks.length) }, lane));
  const ids = [...new Set(ranked.flatMap((ms) => ms.map((m) => m.candidate.id)))];
  const details = ids.length ? await db.$queryRaw<MatchDetails[]>(detailsSql(ids)) : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const base = publicBaseUrl();
  return ranked.map((ms) =>
    ms.flatMap((m) => {
      const r = byId.get(m.candidate.id);
      if (!r) return []; // deleted between the two statements
      return [
        {
          id: r.id,
          text: r.text,
          claimant: r.claimant,
          rating: r.latest_rating && r.ruled_at ? clientRating(r.latest_rating) : null,
          ruledAt: r.ruled_at?.toISOString() ?? null,
          factCheckUrl: r.published && r.included && r.slug ? `${base}${claimPath(r.slug, r.number)}` : null,
          similarity: Math.round(m.similarity * 1000) / 1000,
          numbersDiffer: m.numbersDiffer,
          sharedEntities: m.sharedEntities,
          article: { id: r.article_id, title: r.article_title },
        },
      ];
    }),
  );
}
