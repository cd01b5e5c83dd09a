import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { claimSummarySelect } from '@/lib/data/claims';

export async function listRecentArticles(userId: string | null, take = 50) {
  await authorize(userId, 'workspace.read');
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

export async function getArticle(userId: string | null, id: string) {
  await authorize(userId, 'workspace.read');
  const article = await db.article.findUnique({
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
      importedBy: { select: { name: true } },
      links: { select: { id: true, text: true, href: true, start: true, end: true }, orderBy: { start: 'asc' } },
      factCheck: { select: { id: true, slug: true, status: true } },
    },
  });
  if (!article) throw notFound('That article');
  return article;
}

/**
 * Everything the article workspace shows: the text, its links, and every claim in text order with
 * what the side list and highlights need (whether the extractor recommended it, its latest verdict).
 */
export async function getArticleWorkspace(userId: string | null, id: string) {
  // Authorize (inside getArticle) before reading any claim.
  const article = await getArticle(userId, id);
  const claims = await db.claim.findMany({
    where: { articleId: id },
    orderBy: { start: 'asc' },
    select: {
      ...claimSummarySelect,
      recommended: true,
      verdicts: { orderBy: { createdAt: 'desc' }, take: 1, select: { rating: true, kind: true } },
      _count: { select: { sources: true, notes: true, verdicts: true } },
    },
  });
  return {
    article,
    claims: claims.map(({ verdicts, _count, ...c }) => ({ ...c, verdict: verdicts[0] ?? null, research: _count })),
  };
}
export type WorkspaceClaim = Awaited<ReturnType<typeof getArticleWorkspace>>['claims'][number];
