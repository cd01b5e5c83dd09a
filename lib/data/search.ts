import 'server-only';
import { clientRating } from '@/lib/ratings';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { publicBaseUrl } from '@/lib/config';
import { claimPath } from '@/lib/claimreview';
import {
  encodeSearchCursor,
  parseSearch,
  ZSearchQuerySchema,
  type SearchMode,
  type SearchTerm,
  type TSearchFilters,
  type TSearchQuery,
} from '@/lib/validation/search';
import { parseOrThrow } from '@/lib/validation/parse';
import { COUNT_CAP, searchPageSql, tsquerySql } from '@/lib/data/search-sql';

// Search across every article's claims (/search, GET /api/claims/search). Full-text first:
// PostgreSQL's English stemming over one weighted document per claim (its words and claimant,
// its article's title and publisher, verdict explanations, sources, staff notes; kept by
// triggers, migration 20261202140000), phrases, prefixes, OR and left-out words. When that finds
// nothing and a word is in no claim at all, it is probably misspelled: each such word is corrected
// to the closest word claims and claimants use (pg_trgm similarity on search_words, migration
// 20261202150000: "hosiptal" → "hospital", "Zelensky" → "zelenskyy") and the corrected search
// runs instead, saying so. Pages are keyset-paged on (score, id), so a page never repeats or skips
// a claim.

/** A run of text, marked where the search matched it. */
export type Highlight = { text: string; hit: boolean }[];

export type SearchResult = {
  id: string;
  number: number;
  text: string;
  claimant: string | null;
  claimantId: string | null;
  status: ClaimStatus;
  rating: Rating | null;
  assignee: { id: string; name: string } | null;
  article: { id: string; title: string; date: string };
  factCheckUrl: string | null;
  score: number;
  highlights: { text: Highlight; claimant: Highlight; title: Highlight };
};

export type SearchPage = {
  query: TSearchFilters;
  mode: SearchMode;
  /** Why there is nothing to show, when the search could not run as typed. */
  notice: string | null;
  /** In mode "fuzzy": the misspelled words and what was searched for instead. */
  corrections: { from: string; to: string }[];
  results: SearchResult[];
  nextCursor: string | null;
  /** Matches by status, counted up to COUNT_CAP; `more` when there are more than that. */
  counts: { total: number; more: boolean; byStatus: Partial<Record<ClaimStatus, number>> };
};

type Row = {
  id: string;
  number: number;
  status: ClaimStatus;
  claimant: string | null;
  claimant_id: string | null;
  latest_rating: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  article_id: string;
  article_title: string;
  article_date: Date;
  slug: string | null;
  published: boolean | null;
  included: boolean;
  score: number;
  k: string;
  text: string;
  text_hl: string;
  claimant_hl: string;
  title_hl: string;
  /** On the first page: matches by status, up to COUNT_CAP + 1 (searchPageSql). */
  counts: Partial<Record<ClaimStatus, number>> | null;
};

const START = '⟦';
const STOP = '⟧';

/** ts_headline's marked text as runs. */
export function toHighlight(marked: string): Highlight {
  const out: Highlight = [];
  for (const [i, part] of marked.split(new RegExp(`[${START}${STOP}]`)).entries()) if (part) out.push({ text: part, hit: i % 2 === 1 });
  return out;
}

/** The words of a search that no claim's document contains (each one a GIN index probe). */
async function unknownWords(terms: SearchTerm[]): Promise<string[]> {
  const words = [...new Set(terms.filter((t) => !t.not).flatMap((t) => t.text.split(/\s+/)))].filter((w) => w.length >= 3).slice(0, 10);
  if (!words.length) return [];
  const rows = await db.$queryRaw<{ w: string }[]>(Prisma.sql`
    SELECT w FROM unnest(${words}::text[]) w
    WHERE numnode(plainto_tsquery('english', w)) > 0
      AND NOT EXISTS (SELECT 1 FROM claim_search s WHERE s.document @@ plainto_tsquery('english', w))`);
  return rows.map((r) => r.w);
}

/**
 * For each unknown word, the closest word claims use, if any is close enough: among the words
 * trigram similarity finds (pg_trgm's `%`, on search_words' index), the fewest edits, then the
 * most similar, then the most common.
 */
async function corrections(unknown: string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ u: string; word: string }[]>(Prisma.sql`
    SELECT u, w.word FROM unnest(${unknown.map((u) => u.toLowerCase())}::text[]) u
    CROSS JOIN LATERAL (
      SELECT word FROM search_words WHERE word % u ORDER BY levenshtein(word, u), similarity(word, u) DESC, claims DESC, word LIMIT 1
    ) w`);
  return new Map(rows.map((r) => [r.u, r.word]));
}

/** The terms with each misspelled word replaced by its correction. */
function corrected(terms: SearchTerm[], fixes: Map<string, string>): SearchTerm[] {
  return terms.map((t) => ({ ...t, text: t.text.replace(/[\p{L}\p{N}'’-]+/gu, (w) => fixes.get(w.toLowerCase()) ?? w) }));
}

/** The page and (on the first page only) the counts, from one statement. */
async function runSearch(q: TSearchFilters, terms: SearchTerm[], actorId: string) {
  const rows = await db.$queryRaw<Row[]>(searchPageSql(q, terms, actorId));
  return { rows, counts: rows[0]?.counts ?? {} };
}

/** A search whose unknown words were corrected: the corrections, or why there are none. */
async function correctedSearch(terms: SearchTerm[]): Promise<{ terms: SearchTerm[]; fixes: { from: string; to: string }[] } | { notice: string }> {
  const unknown = await unknownWords(terms);
  if (unknown.length === 0) return { notice: '' };
  const fixes = await corrections(unknown);
  const missing = unknown.filter((u) => !fixes.has(u.toLowerCase()));
  if (missing.length) return { notice: `No claim uses ${missing.map((m) => `“${m}”`).join(' or ')}, nor a word spelled like it.` };
  return { terms: corrected(terms, fixes), fixes: unknown.map((u) => ({ from: u, to: fixes.get(u.toLowerCase())! })) };
}

export async function searchClaims(actorId: string | null, input: TSearchQuery): Promise<SearchPage> {
  const q = parseOrThrow(ZSearchQuerySchema, input);
  const actor = await authorize(actorId, 'workspace.read');
  const terms = parseSearch(q.q);
  const empty = (notice: string | null): SearchPage => ({
    query: q,
    mode: 'text',
    notice,
    corrections: [],
    results: [],
    nextCursor: null,
    counts: { total: 0, more: false, byStatus: {} },
  });
  if (terms.length === 0) return empty(q.q ? 'Search for at least one word.' : null);
  if (terms.every((t) => t.not)) return empty('Say what to look for as well as what to leave out.');

  // A later page of a corrected search is corrected again (its cursor says so).
  if (q.cursor?.mode === 'fuzzy') {
    const fixed = await correctedSearch(terms);
    if ('notice' in fixed) return empty(fixed.notice || null);
    const found = await runSearch(q, fixed.terms, actor.id);
    return toPage(q, 'fuzzy', fixed.fixes, found.rows, found.counts);
  }
  const found = await runSearch(q, terms, actor.id);
  if (found.rows.length > 0 || q.cursor) return toPage(q, 'text', [], found.rows, found.counts);
  const [lexemes] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT numnode(${tsquerySql(terms)}) AS n`);
  if (!lexemes?.n) return empty('Those words are all too common to search for: add a more specific one.');
  // Nothing matched: a word that is in no claim at all is probably misspelled.
  const fixed = await correctedSearch(terms);
  if ('notice' in fixed) return fixed.notice ? empty(fixed.notice) : toPage(q, 'text', [], found.rows, found.counts);
  const again = await runSearch(q, fixed.terms, actor.id);
  return toPage(q, 'fuzzy', fixed.fixes, again.rows, again.counts);
}

function toPage(
  q: TSearchFilters,
  mode: SearchMode,
  fixes: { from: string; to: string }[],
  rows: Row[],
  counts: Partial<Record<ClaimStatus, number>>,
): SearchPage {
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const base = publicBaseUrl();
  const byStatus: Partial<Record<ClaimStatus, number>> = {};
  let total = 0;
  for (const [status, n] of Object.entries(counts) as [ClaimStatus, number][]) {
    byStatus[status] = n;
    total += n;
  }
  return {
    query: q,
    mode,
    notice: null,
    corrections: fixes,
    results: page.map((r) => ({
      id: r.id,
      number: r.number,
      text: r.text,
      claimant: r.claimant,
      claimantId: r.claimant_id,
      status: r.status,
      rating: r.latest_rating ? clientRating(r.latest_rating) : null,
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
      article: { id: r.article_id, title: r.article_title, date: r.article_date.toISOString().slice(0, 10) },
      factCheckUrl: r.published && r.included && r.slug ? `${base}${claimPath(r.slug, r.number)}` : null,
      score: Math.round(r.score * 10000) / 10000,
      highlights: {
        text: toHighlight(r.text_hl),
        claimant: toHighlight(r.claimant_hl),
        title: toHighlight(r.title_hl),
      },
    })),
    nextCursor: rows.length > q.limit && last ? encodeSearchCursor({ score: Number(last.k), id: last.id, mode }) : null,
    counts: { total: Math.min(total, COUNT_CAP), more: total > COUNT_CAP, byStatus },
  };
}
