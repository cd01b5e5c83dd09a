import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { readerClaim } from '@/lib/data/public';
import { ZSnapshotClaim, ZSnapshotData } from '@/lib/data/snapshot-data';
import { encodeCursor, type ClaimCursor } from '@/lib/validation/claim-lists';
import { parseOrThrow } from '@/lib/validation/parse';
import { PUBLIC_PAGE_SIZE, ZPublicPageSchema, type TPublicPage } from '@/lib/validation/public-lists';
import type { TClaimReview } from '@/lib/claimreview/schema';

// The public lists (issue 15): the index, the home page, /api/fact-checks, the ClaimReview feed
// and the Atom feed, newest first, a page at a time. Like every reader-facing read (see
// lib/data/public.ts) they read only published snapshots, and only the columns copied out of them
// for lists (title, publisher, dates, summary) or the snapshot's claims: never an article's text.
// Each page is one keyset query on (first publication, id), so page 500 costs what page 1 does,
// however many fact-checks are published; scripts/server.mjs keeps the rendered pages in memory.

type Page = { after?: ClaimCursor; limit?: number };

const asDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** One page of published fact-checks with their latest snapshot's list columns, and with `claims` its claims. */
async function pageOfFactChecks({ after, limit = PUBLIC_PAGE_SIZE }: Page, claims: boolean) {
  type Row = {
    id: string;
    slug: string;
    publishedAt: Date;
    updatedAt: Date;
    title: string;
    publisher: string | null;
    articlePublishedAt: Date | null;
    summary: string;
    claims?: unknown;
    article?: unknown;
    bylines?: unknown;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT f.id, f.slug, f.published_at AS "publishedAt", s.published_at AS "updatedAt", s.title, s.publisher,
           s.article_published_at AS "articlePublishedAt", s.summary
           ${claims ? Prisma.sql`, s.data->'claims' AS claims, (s.data->'article') - 'plainText' - 'links' AS article, s.data->'bylines' AS bylines` : Prisma.empty}
    FROM fact_checks f
    CROSS JOIN LATERAL (
      SELECT published_at, title, publisher, article_published_at, summary ${claims ? Prisma.sql`, data` : Prisma.empty}
      FROM fact_check_snapshots WHERE fact_check_id = f.id ORDER BY number DESC LIMIT 1
    ) s
    WHERE f.status = 'published' AND f.published_at IS NOT NULL
      ${after ? Prisma.sql`AND (f.published_at, f.id) < (${after.v}::timestamp, ${after.id})` : Prisma.empty}
    ORDER BY f.published_at DESC, f.id DESC
    LIMIT ${limit + 1}`;
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { rows: rows.slice(0, limit), next: last ? encodeCursor({ v: last.publishedAt.toISOString(), id: last.id }) : null };
}

/** Published fact-checks, newest first, a page at a time; `next` is the cursor of the next page, or null. */
export async function listPublishedFactChecks(input: TPublicPage = {}) {
  const page = parseOrThrow(ZPublicPageSchema, input);
  const { rows, next } = await pageOfFactChecks(page, false);
  return {
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      publisher: r.publisher,
      articlePublishedAt: r.articlePublishedAt,
      summary: r.summary,
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
    })),
    next,
  };
}

export type PublicListItem = Awaited<ReturnType<typeof listPublishedFactChecks>>['items'][number];

const ZListArticle = ZSnapshotData.shape.article.omit({ plainText: true, links: true });
const bylines = ZSnapshotData.shape.bylines;

/**
 * The ClaimReview feed: every claim shown on a page of published fact-checks (newest first, claims
 * in text order), exactly as each claim's own page carries it. Three statements a page.
 */
export async function listPublishedClaimReviews(input: TPublicPage = {}): Promise<{ reviews: TClaimReview[]; next: string | null }> {
  const page = parseOrThrow(ZPublicPageSchema, input);
  const { rows, next } = await pageOfFactChecks(page, true);
  const ids = rows.map((r) => r.id);
  if (!ids.length) return { reviews: [], next };
  const [corrections, firsts] = await Promise.all([
    // Readers got a correction with the version that showed it, or when it was written if later.
    db.$queryRaw<{ factCheckId: string; claimId: string | null; date: Date }[]>`
      SELECT c.fact_check_id AS "factCheckId", c.claim_id AS "claimId", GREATEST(c.created_at, s.published_at) AS date
      FROM corrections c JOIN fact_check_snapshots s ON s.id = c.snapshot_id
      WHERE c.fact_check_id = ANY(${ids})`,
    db.$queryRaw<{ factCheckId: string; id: string; at: Date }[]>`
      SELECT s.fact_check_id AS "factCheckId", c->>'id' AS id, min(s.published_at) AS at
      FROM fact_check_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.data->'claims') AS c
      WHERE s.fact_check_id = ANY(${ids})
      GROUP BY 1, 2`,
  ]);
  const reviews = rows.flatMap((r) => {
    const a = ZListArticle.parse(r.article);
    const mine = corrections.filter((k) => k.factCheckId === r.id);
    const firstPublished = new Map(firstsOf(firsts, r.id));
    return z
      .array(ZSnapshotClaim)
      .parse(r.claims)
      .map(
        (c, i) =>
          readerClaim(c, i, {
            slug: r.slug,
            bylines: bylines.parse(r.bylines ?? undefined),
            publishedAt: r.publishedAt,
            article: { title: a.title, publisher: a.publisher, url: a.url, publishedAt: asDate(a.publishedAt) },
            language: a.language,
            firstPublished,
            nowInArticle: undefined,
            lastCorrection: (id) => latest(mine.filter((k) => k.claimId === null || k.claimId === id).map((k) => k.date)),
          }).claimReview,
      );
  });
  return { reviews, next };
}

const firstsOf = (rows: { factCheckId: string; id: string; at: Date }[], factCheckId: string) =>
  rows.filter((x) => x.factCheckId === factCheckId).map((x) => [x.id, x.at] as const);

const latest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null);
