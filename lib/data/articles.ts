import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';

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
 * Everything the article workspace page needs: the text, its links, and every claim in text order
 * with what marks, lists and the review of a new version need. The rest of a claim's facts are
 * read for the selected claim only (getClaimFacts), so a long article's page stays small.
 */
export async function getArticleWorkspace(actorId: string | null, id: string) {
  await authorize(actorId, 'workspace.read');
  const [article, claims, anchored] = await Promise.all([
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
        id: true,
        number: true,
        start: true,
        end: true,
        status: true,
        score: true,
        recommended: true,
        version: true,
        anchorStatus: true,
        anchorPending: true,
        needsRecheck: true,
        latestRating: true,
        latestVerdictKind: true,
      },
    }),
    // The words are the article's own between start and end, except where a new version moved
    // them away: only those claims' stored words (and the words before) are read.
    db.claim.findMany({
      where: { articleId: id, OR: [{ anchorPending: true }, { anchorStatus: 'orphaned' }] },
      select: { id: true, text: true, textBefore: true, anchorSimilarity: true },
    }),
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
      verdict: latestRating && latestVerdictKind ? { rating: latestRating, kind: latestVerdictKind } : null,
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
