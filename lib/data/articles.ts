import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';

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
