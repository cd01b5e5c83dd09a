import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { publicBaseUrl } from '@/lib/config';
import { claimPath } from '@/lib/claimreview';
import { prepare, rankMatches, type PreparedClaim } from '@/lib/matching';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZMatchQuerySchema, type TMatchQuery } from '@/lib/validation/matching';

// "Checked before?": earlier claims, from any article, that say what a sentence says. Two steps:
// PostgreSQL finds candidates by trigram similarity of their words (the `%` operator on a GIN
// index, migration 20261202120000), then lib/matching re-ranks them with their numbers and names:
// a candidate with a different number for the same quantity is marked numbersDiffer and never
// offered as the same claim; unrelated candidates are dropped.

/** How many candidates the database hands to the re-ranking, per sentence. */
const CANDIDATES = 200;
/** pg_trgm's threshold for `%` in this search: lower than its default (0.3) so paraphrases reach the re-ranking. */
const TRIGRAM_THRESHOLD = 0.2;
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

const CLIENT_RATING: Record<string, Rating> = { true: 'true_', false: 'false_' };

/**
 * The candidates of every sentence in one statement: each sentence (unnest … WITH ORDINALITY)
 * takes its best CANDIDATES claims by trigram similarity through a LATERAL subquery on the GIN
 * index. Rows carry `i`, the sentence's 1-based position.
 */
async function candidates(tx: Tx, texts: string[], excludeArticleId: string | null): Promise<(CandidateRow & { i: bigint })[]> {
  if (texts.length === 0) return [];
  await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRIGRAM_THRESHOLD)}, true)`;
  return tx.$queryRaw<(CandidateRow & { i: bigint })[]>(Prisma.sql`
    SELECT q.i, c.*
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS q(t, i)
    CROSS JOIN LATERAL (
      SELECT c.id, c.text, c.claimant, c.number, a.id AS article_id, a.title AS article_title, c.latest_rating::text AS latest_rating,
             (SELECT max(v.created_at) FROM verdicts v WHERE v.claim_id = c.id AND v.kind = 'ruled') AS ruled_at,
             f.slug, (f.status = 'published') AS published, c.included
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN fact_checks f ON f.article_id = a.id
      WHERE c.text % q.t
        AND c.status IN (${Prisma.join(TAKEN_UP.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
        ${excludeArticleId ? Prisma.sql`AND c.article_id <> ${excludeArticleId}` : Prisma.empty}
      ORDER BY similarity(c.text, q.t) DESC, c.id
      LIMIT ${CANDIDATES}
    ) c`);
}

/** Earlier claims that say what `text` says, best first (GET /api/claims/match, the claim page, the import preview). */
export async function matchClaims(actorId: string | null, input: TMatchQuery): Promise<{ matches: ClaimMatch[] }> {
  const q = parseOrThrow(ZMatchQuerySchema, input);
  await authorize(actorId, 'workspace.read');
  const rows = await db.$transaction((tx) => candidates(tx, [q.text], q.excludeArticle ?? null));
  return { matches: rank(q.text, rows, q.limit) };
}

/** The same for each sentence of an article being imported or worked on: one statement for all of them. */
export async function matchSentences(actorId: string | null, sentences: string[], excludeArticleId: string | null, limit = 3) {
  await authorize(actorId, 'workspace.read');
  const rows = await db.$transaction((tx) => candidates(tx, sentences, excludeArticleId));
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
      rating: r.latest_rating && r.ruled_at ? (CLIENT_RATING[r.latest_rating] ?? (r.latest_rating as Rating)) : null,
      ruledAt: r.ruled_at?.toISOString() ?? null,
      factCheckUrl: r.published && r.included && r.slug ? `${base}${claimPath(r.slug, r.number)}` : null,
      similarity: Math.round(m.similarity * 1000) / 1000,
      numbersDiffer: m.numbersDiffer,
      sharedEntities: m.sharedEntities,
      article: { id: r.article_id, title: r.article_title },
    };
  });
}
