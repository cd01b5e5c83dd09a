import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { claimSummarySelect } from '@/lib/data/claims';

export async function listRecentArticles(actorId: string | null, take = 50) {
  await authorize(actorId, 'workspace.read');
  return recentArticles(take);
}

/** No authorization here: callers (listRecentArticles, getDashboard) authorize first. */
export async function recentArticles(take: number) {
  const articles = await db.article.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedAt: true,
      createdAt: true,
      importedBy: { select: { name: true } },
      factCheck: { select: { status: true, slug: true } },
      _count: { select: { claims: { where: { status: { not: 'dismissed' } } } } },
    },
  });
  return articles.map(({ _count, ...a }) => ({ ...a, claimCount: _count.claims }));
}

/**
 * Everything the article workspace shows: the text, its links, and every claim in text order with
 * what the side list and highlights need (whether the extractor recommended it, its latest verdict).
 */
export async function getArticleWorkspace(actorId: string | null, id: string) {
  await authorize(actorId, 'workspace.read');
  const [article, claims] = await Promise.all([
    db.article.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        publisher: true,
        url: true,
        publishedAt: true,
        plainText: true,
        createdAt: true,
        extractorVersion: true,
        currentVersion: true,
        importedBy: { select: { name: true } },
        links: { select: { id: true, text: true, href: true, start: true, end: true }, orderBy: { start: 'asc' } },
        factCheck: { select: { id: true, slug: true, status: true } },
      },
    }),
    db.claim.findMany({
      where: { articleId: id },
      orderBy: { start: 'asc' },
      select: {
        ...claimSummarySelect,
        recommended: true,
        anchorStatus: true,
        anchorPending: true,
        anchorSimilarity: true,
        textBefore: true,
        needsRecheck: true,
        latestRating: true,
        latestVerdictKind: true,
        _count: { select: { sources: true, notes: true, verdicts: true } },
      },
    }),
  ]);
  if (!article) throw notFound('That article');
  return {
    article,
    claims: claims.map(({ latestRating, latestVerdictKind, _count, ...c }) => ({
      ...c,
      verdict: latestRating && latestVerdictKind ? { rating: latestRating, kind: latestVerdictKind } : null,
      research: _count,
    })),
  };
}
export type WorkspaceClaim = Awaited<ReturnType<typeof getArticleWorkspace>>['claims'][number];
