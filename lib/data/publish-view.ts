import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { factCheckSelect } from '@/lib/data/factcheck-record';
import { checklist, loadPublishClaims } from '@/lib/data/publish-checklist';
import { unpublishedChanges } from '@/lib/data/snapshots';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import type { Prisma } from '@/lib/generated/prisma/client';

// The publish page's one read: the article, its fact-check with the corrections log and the
// published versions, the claims with the checklist, and what publishing now would change for
// readers (lib/data/snapshot-data.ts describeChanges).

/** Everything the publish page shows. Staff may look; only editors may act (see the mutations). */
export async function getPublishView(actorId: string | null, articleId: string) {
  await authorize(actorId, 'workspace.read');
  const [article, claims] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        id: true,
        title: true,
        detailsVersion: true,
        publisher: true,
        byline: true,
        publishedAt: true,
        url: true,
        language: true,
        factCheck: {
          select: {
            ...factCheckSelect,
            corrections: {
              orderBy: { createdAt: 'desc' },
              select: {
                id: true,
                createdAt: true,
                kind: true,
                whatChanged: true,
                reason: true,
                claimId: true,
                by: { select: { name: true } },
                snapshot: { select: { number: true } },
              },
            },
            snapshots: {
              orderBy: { number: 'desc' },
              select: { number: true, kind: true, note: true, publishedAt: true, by: { select: { name: true } } },
            },
          },
        },
      },
    }),
    loadPublishClaims(db, articleId),
  ]);
  // Who worked on the claims readers will see: the bylines' suggestion until an editor writes them.
  const shown = { articleId, included: true, status: { in: [...ACTIVE_STATUSES] } } satisfies Prisma.ClaimWhereInput;
  const workers = await db.user.findMany({
    where: { OR: [{ assignedClaims: { some: shown } }, { verdicts: { some: { kind: 'proposed', claim: shown } } }] },
    orderBy: { name: 'asc' },
    select: { name: true },
  });
  if (!article) throw notFound('That article');
  const { factCheck, ...rest } = article;
  // What readers would see change if an editor published now (null: never published).
  const changes = factCheck ? await unpublishedChanges(db, factCheck) : null;
  return {
    article: rest,
    factCheck: factCheck && { ...factCheck, changes },
    claims,
    checklist: checklist(factCheck?.summary, claims, rest),
    suggestedCheckers: workers.map((w) => w.name),
  };
}
