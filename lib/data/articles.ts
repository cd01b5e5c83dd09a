import 'server-only';
import { db, queryRows } from '@/lib/db';
import { Prisma, type Article, type ArticleLink, type Claim, type FactCheck, type User } from '@/lib/generated/prisma/client';
import { clientRating } from '@/lib/ratings';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';

export async function listRecentArticles(actorId: string | null, take = 50) {
  await authorize(actorId, 'workspace.read');
  return recentArticles(take);
}

/** An article of the articles list and the dashboard; claimCount leaves out dismissed claims. */
type RecentArticle = Pick<Article, 'id' | 'title' | 'publisher' | 'publishedAt' | 'createdAt'> & {
  importedBy: Pick<User, 'name'>;
  factCheck: Pick<FactCheck, 'status' | 'slug'> | null;
  claimCount: number;
};

/**
 * The newest articles first. No authorization here: callers (listRecentArticles, getDashboard)
 * authorize first. Sent by pg (queryRows): a page's read, where Prisma's handling costs more CPU
 * than the statement.
 */
export async function recentArticles(take: number) {
  return queryRows<RecentArticle>(Prisma.sql`
    SELECT a.id, a.title, a.publisher, a.published_at AS "publishedAt", a.created_at AS "createdAt",
           json_build_object('name', u.name) AS "importedBy",
           CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('status', f.status, 'slug', f.slug) END AS "factCheck",
           (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.status <> 'dismissed') AS "claimCount"
    FROM articles a JOIN users u ON u.id = a.imported_by_id LEFT JOIN fact_checks f ON f.article_id = a.id
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${take}`);
}

type WorkspaceArticle = Pick<Article, 'id' | 'title' | 'publisher' | 'url' | 'publishedAt' | 'plainText' | 'currentVersion'> & {
  importedBy: Pick<User, 'name'>;
  links: Pick<ArticleLink, 'id' | 'text' | 'href' | 'start' | 'end'>[];
  factCheck: Pick<FactCheck, 'id' | 'slug' | 'status'> | null;
};

type WorkspaceRow = Pick<
  Claim,
  | 'id'
  | 'number'
  | 'start'
  | 'end'
  | 'status'
  | 'score'
  | 'recommended'
  | 'version'
  | 'anchorStatus'
  | 'anchorPending'
  | 'needsRecheck'
  | 'latestVerdictKind'
> & { latestRating: string | null };

/**
 * Everything the article workspace page needs: the text, its links, and every claim in text order
 * with what marks, lists and the review of a new version need. The rest of a claim's facts are
 * read for the selected claim only (getClaimFacts), so a long article's page stays small.
 */
export async function getArticleWorkspace(actorId: string | null, id: string) {
  await authorize(actorId, 'workspace.read');
  const [[article], claims, anchored] = await Promise.all([
    // Sent by pg (queryRows) like the claims below: a model read through Prisma costs about three
    // times its CPU (`npm run bench:queries`).
    queryRows<WorkspaceArticle>(Prisma.sql`
      SELECT a.id, a.title, a.publisher, a.url, a.published_at AS "publishedAt", a.plain_text AS "plainText",
             a.current_version AS "currentVersion", json_build_object('name', u.name) AS "importedBy",
             COALESCE((SELECT json_agg(json_build_object('id', l.id, 'text', l.text, 'href', l.href, 'start', l.start, 'end', l."end")
                                ORDER BY l.start, l.id)
                       FROM article_links l WHERE l.article_id = a.id), '[]') AS links,
             CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('id', f.id, 'slug', f.slug, 'status', f.status) END AS "factCheck"
      FROM articles a JOIN users u ON u.id = a.imported_by_id LEFT JOIN fact_checks f ON f.article_id = a.id
      WHERE a.id = ${id}`),
    // The claims in text order, and the words of those a new version moved: sent by pg
    // (queryRows), since a long article has thousands and Prisma's handling of each row costs.
    queryRows<WorkspaceRow>(Prisma.sql`
      SELECT id, number, start, "end", status, score, recommended, version, anchor_status AS "anchorStatus",
             anchor_pending AS "anchorPending", needs_recheck AS "needsRecheck", latest_rating::text AS "latestRating",
             latest_verdict_kind AS "latestVerdictKind"
      FROM claims WHERE article_id = ${id} ORDER BY start`),
    // The words are the article's own between start and end, except where a new version moved
    // them away: only those claims' stored words (and the words before) are read.
    queryRows<Pick<Claim, 'id' | 'text' | 'textBefore' | 'anchorSimilarity'>>(Prisma.sql`
      SELECT id, text, text_before AS "textBefore", anchor_similarity AS "anchorSimilarity"
      FROM claims WHERE article_id = ${id} AND (anchor_pending OR anchor_status = 'orphaned')`),
  ]);
  if (!article) throw notFound('That article');
  const moved = new Map(anchored.map((c) => [c.id, c]));
  return {
    article,
    claims: claims.map(({ latestRating, latestVerdictKind, ...c }) => ({
      ...c,
      text: moved.get(c.id)?.text ?? article.plainText.slice(c.start, c.end),
      textBefore: moved.get(c.id)?.textBefore ?? null,
      anchorSimilarity: moved.get(c.id)?.anchorSimilarity ?? null,
      verdict: latestRating && latestVerdictKind ? { rating: clientRating(latestRating), kind: latestVerdictKind } : null,
    })),
  };
}
export type WorkspaceClaim = Awaited<ReturnType<typeof getArticleWorkspace>>['claims'][number];

/** The selected claim's facts in the workspace's side pane: attribution, the extractor's reading, research so far. */
export async function getClaimFacts(actorId: string | null, claimId: string) {
  await authorize(actorId, 'workspace.read');
  const c = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      version: true,
      claimant: true,
      claimantType: true,
      claimantRole: true,
      cue: true,
      kind: true,
      reasons: true,
      flagUnverified: true,
      flagDisputed: true,
      assignee: { select: { id: true, name: true } },
      _count: { select: { sources: true, notes: true, verdicts: true } },
    },
  });
  if (!c) throw notFound('That claim');
  const { _count, ...facts } = c;
  return { ...facts, research: _count };
}
export type ClaimFacts = Awaited<ReturnType<typeof getClaimFacts>>;
