import 'server-only';
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
import { COUNT_CAP, FUZZY_THRESHOLD, searchCountSql, searchPageSql, tsquerySql } from '@/lib/data/search-sql';

// Search across every article's claims (/search, GET /api/claims/search). Full-text first:
// PostgreSQL's English stemming over one weighted document per claim (its words and claimant,
// its article's title and publisher, verdict explanations, sources, staff notes; kept by
// triggers, migration 20261202140000), phrases, prefixes, OR and left-out words. When that finds
// nothing, the words are probably misspelled: pg_trgm's word similarity against the claims'
// words and claimants finds "unemployement" and "Zelensky". Pages are keyset-paged on
// (score, id), so a page never repeats or skips a claim.

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
};

const CLIENT_RATING: Record<string, Rating> = { true: 'true_', false: 'false_' };
const START = '⟦';
const STOP = '⟧';

/** ts_headline's marked text as runs; in fuzzy mode, the words near the search's words are marked here instead. */
export function toHighlight(marked: string, fuzzyWords: string[] | null): Highlight {
  if (fuzzyWords) return fuzzyHighlight(marked, fuzzyWords);
  const out: Highlight = [];
  for (const [i, part] of marked.split(new RegExp(`[${START}${STOP}]`)).entries()) if (part) out.push({ text: part, hit: i % 2 === 1 });
  return out;
}

function trigramSet(w: string): Set<string> {
  const p = `  ${w} `;
  const s = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) s.add(p.slice(i, i + 3));
  return s;
}

function fuzzyHighlight(text: string, words: string[]): Highlight {
  const wanted = words.map((w) => trigramSet(w.toLowerCase()));
  const out: Highlight = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const t = trigramSet(part.toLowerCase());
    const hit =
      /[\p{L}\p{N}]/u.test(part) &&
      wanted.some((w) => {
        let shared = 0;
        for (const g of t) if (w.has(g)) shared++;
        // pg_trgm's word_similarity: the share of the search word's trigrams the text's word has.
        return shared / w.size >= FUZZY_THRESHOLD;
      });
    out.push({ text: part, hit });
  }
  return out;
}

/** The words a misspelled search is compared by: the terms it wants, without operators (at most 200 characters). */
const fuzzyText = (terms: SearchTerm[]) =>
  terms
    .filter((t) => !t.not)
    .map((t) => t.text)
    .join(' ');

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

async function runMode(mode: SearchMode, q: TSearchFilters, terms: SearchTerm[], actorId: string, fuzzy: string) {
  const filters = mode === 'fuzzy' ? { ...q, q: fuzzy } : q;
  return db.$transaction(async (tx) => {
    if (mode === 'fuzzy') await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`;
    const rows = await tx.$queryRaw<Row[]>(searchPageSql(mode, filters, terms, actorId));
    // The count is only needed on the first page.
    const counts = q.cursor ? [] : await tx.$queryRaw<{ status: ClaimStatus; n: number }[]>(searchCountSql(mode, filters, terms, actorId));
    return { rows, counts };
  });
}

export async function searchClaims(actorId: string | null, input: TSearchQuery): Promise<SearchPage> {
  const q = parseOrThrow(ZSearchQuerySchema, input);
  const actor = await authorize(actorId, 'workspace.read');
  const terms = parseSearch(q.q);
  const empty = (notice: string | null): SearchPage => ({
    query: q,
    mode: 'text',
    notice,
    results: [],
    nextCursor: null,
    counts: { total: 0, more: false, byStatus: {} },
  });
  if (terms.length === 0) return empty(q.q ? 'Search for at least one word.' : null);
  if (terms.every((t) => t.not)) return empty('Say what to look for as well as what to leave out.');

  // A later page stays in the mode its cursor came from.
  if (q.cursor) {
    const { mode } = q.cursor;
    const found = await runMode(mode, q, terms, actor.id, fuzzyText(terms));
    return toPage(q, mode, terms, found.rows, found.counts);
  }
  let mode: SearchMode = 'text';
  let found = await runMode('text', q, terms, actor.id, '');
  if (found.rows.length === 0) {
    const [lexemes] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT numnode(${tsquerySql(terms)}) AS n`);
    if (!lexemes?.n) return empty('Those words are all too common to search for: add a more specific one.');
    // Nothing matched: when some word is in no claim at all, it is probably misspelled.
    const unknown = await unknownWords(terms);
    if (unknown.length) {
      mode = 'fuzzy';
      found = await runMode('fuzzy', q, terms, actor.id, fuzzyText(terms));
    }
  }
  return toPage(q, mode, terms, found.rows, found.counts);
}

function toPage(q: TSearchFilters, mode: SearchMode, terms: SearchTerm[], rows: Row[], counts: { status: ClaimStatus; n: number }[]): SearchPage {
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const base = publicBaseUrl();
  const fuzzyWords = mode === 'fuzzy' ? terms.filter((t) => !t.not).flatMap((t) => t.text.split(/\s+/)) : null;
  const byStatus: Partial<Record<ClaimStatus, number>> = {};
  let total = 0;
  for (const c of counts) {
    byStatus[c.status] = c.n;
    total += c.n;
  }
  return {
    query: q,
    mode,
    notice: null,
    results: page.map((r) => ({
      id: r.id,
      number: r.number,
      text: r.text,
      claimant: r.claimant,
      claimantId: r.claimant_id,
      status: r.status,
      rating: r.latest_rating ? (CLIENT_RATING[r.latest_rating] ?? (r.latest_rating as Rating)) : null,
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
      article: { id: r.article_id, title: r.article_title, date: r.article_date.toISOString().slice(0, 10) },
      factCheckUrl: r.published && r.included && r.slug ? `${base}${claimPath(r.slug, r.number)}` : null,
      score: Math.round(r.score * 10000) / 10000,
      highlights: {
        text: toHighlight(r.text_hl, fuzzyWords),
        claimant: toHighlight(r.claimant_hl, fuzzyWords),
        title: toHighlight(r.title_hl, fuzzyWords),
      },
    })),
    nextCursor: rows.length > q.limit && last ? encodeSearchCursor({ score: Number(last.k), id: last.id, mode }) : null,
    counts: { total: Math.min(total, COUNT_CAP), more: total > COUNT_CAP, byStatus },
  };
}
