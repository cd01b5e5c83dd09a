import 'server-only';
import { clientRating } from '@/lib/ratings';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { publicBaseUrl } from '@/lib/config';
import { claimPath } from '@/lib/claimreview';
import { prepare, rankMatches, type PreparedClaim } from '@/lib/matching';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZMatchQuerySchema, type TMatchQuery } from '@/lib/validation/matching';

// "Checked before?": earlier claims, from any article, that say what a sentence says. Two steps:
// PostgreSQL finds candidates, then lib/matching re-ranks them with their numbers and names: a
// candidate with a different number for the same quantity is marked numbersDiffer and never
// offered as the same claim; unrelated candidates are dropped.
// Candidates come from the claims' full-text documents (claim_search, its GIN index): a claim is a
// candidate when it shares three (or, for a short sentence, two) of the sentence's rarest words (stemmed, in its own words:
// weight A), rarity read from PostgreSQL's own statistics of the documents (pg_stats). A first
// version compared every claim's trigrams (pg_trgm's `%` at 0.2); at a million claims common
// trigrams made half the table a candidate and one sentence took seconds (docs/benchmarks.md,
// "Archive at a million claims"). Among the pool, pg_trgm's similarity picks the closest.

/** How many candidates the database hands to the re-ranking, per sentence. */
const CANDIDATES = 200;
/** The sentence's rarest words that make a claim a candidate (any three of them, or two: pairsQuery). */
const RARE_WORDS = 6;
/** At most this many claims sharing them are compared by trigram similarity, per sentence. */
const POOL = 600;
/** Claims the desk has taken up: suggestions and dismissed ones are not "checked before". */
const TAKEN_UP: ClaimStatus[] = ['open', 'researching', 'in_review', 'ruled'];

type CandidateRow = {
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

/** A lexeme as tsquery text, limited to the claim's own words (weight A). */
const lexeme = (l: string) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}':A`;

/**
 * The claims that share enough of the lexemes: any three of them when there are five or more (two
 * rare words are often a set phrase, "rough sleeping", that thousands of claims share), else any
 * two, or the one alone; null when there are none.
 */
export function pairsQuery(lexemes: string[]): string | null {
  const n = lexemes.length;
  if (n <= 1) return lexemes[0] === undefined ? null : lexeme(lexemes[0]);
  const l = lexemes.map(lexeme);
  const groups: string[] = [];
  if (n >= 5) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) for (let k = j + 1; k < n; k++) groups.push(`(${l[i]} & ${l[j]} & ${l[k]})`);
  } else {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) groups.push(`(${l[i]} & ${l[j]})`);
  }
  return groups.join(' | ');
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
 * takes, through a LATERAL subquery, up to POOL taken-up claims whose document matches its
 * query on the GIN index, and of those the CANDIDATES closest by trigram similarity. Rows carry
 * `i`, the sentence's 1-based position. Exported for the archive benchmark, which sends it bare.
 */
export function candidatesSql(texts: string[], queries: string[], positions: number[], excludeArticleId: string | null) {
  return Prisma.sql`
    SELECT q.i, c.*
    FROM unnest(${texts}::text[], ${queries}::tsquery[], ${positions}::int[]) AS q(t, tq, i)
    CROSS JOIN LATERAL (
      SELECT c.id, c.text, c.claimant, c.number, a.id AS article_id, a.title AS article_title, c.latest_rating::text AS latest_rating,
             (SELECT max(v.created_at) FROM verdicts v WHERE v.claim_id = c.id AND v.kind = 'ruled') AS ruled_at,
             f.slug, (f.status = 'published') AS published, c.included
      FROM (
        SELECT c.id FROM claim_search s JOIN claims c ON c.id = s.claim_id
        WHERE s.document @@ q.tq
          AND c.status IN (${Prisma.join(TAKEN_UP.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
          ${excludeArticleId ? Prisma.sql`AND c.article_id <> ${excludeArticleId}` : Prisma.empty}
        LIMIT ${POOL}
      ) pool
      JOIN claims c ON c.id = pool.id
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN fact_checks f ON f.article_id = a.id
      ORDER BY similarity(c.text, q.t) DESC, c.id
      LIMIT ${CANDIDATES}
    ) c`;
}

async function candidates(texts: string[], excludeArticleId: string | null): Promise<(CandidateRow & { i: number })[]> {
  if (texts.length === 0) return [];
  const lexemes = await rareLexemes(texts);
  const asked = texts.flatMap((t, k) => {
    const q = pairsQuery(lexemes[k] ?? []);
    return q ? [{ t, q, i: k + 1 }] : [];
  });
  if (asked.length === 0) return [];
  return db.$queryRaw<(CandidateRow & { i: number })[]>(
    candidatesSql(
      asked.map((a) => a.t),
      asked.map((a) => a.q),
      asked.map((a) => a.i),
      excludeArticleId,
    ),
  );
}

/** Earlier claims that say what `text` says, best first (GET /api/claims/match, the claim page, the import preview). */
export async function matchClaims(actorId: string | null, input: TMatchQuery): Promise<{ matches: ClaimMatch[] }> {
  const q = parseOrThrow(ZMatchQuerySchema, input);
  await authorize(actorId, 'workspace.read');
  const rows = await candidates([q.text], q.excludeArticle ?? null);
  return { matches: rank(q.text, rows, q.limit) };
}

/** The same for each sentence of an article being imported or worked on: one statement for all of them. */
export async function matchSentences(actorId: string | null, sentences: string[], excludeArticleId: string | null, limit = 3) {
  await authorize(actorId, 'workspace.read');
  const rows = await candidates(sentences, excludeArticleId);
  const bySentence = sentences.map((): CandidateRow[] => []);
  for (const r of rows) bySentence[Number(r.i) - 1]?.push(r);
  // A claim that is a candidate for several sentences is prepared (numbers, names, trigrams) once.
  const prepared = new Map<string, PreparedClaim>();
  return sentences.map((s, k) => rank(s, bySentence[k] ?? [], limit, prepared));
}

function rank(text: string, rows: CandidateRow[], limit: number, prepared = new Map<string, PreparedClaim>()): ClaimMatch[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inputs = rows.map((r) => {
    let p = prepared.get(r.id);
    if (!p) prepared.set(r.id, (p = prepare(r.text)));
    return { id: r.id, text: r.text, claimant: r.claimant, ruled: r.ruled_at !== null, prepared: p };
  });
  const ranked = rankMatches(text, inputs, { limit });
  const base = publicBaseUrl();
  return ranked.map((m) => {
    const r = byId.get(m.candidate.id)!;
    return {
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
    };
  });
}
