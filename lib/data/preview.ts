import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { buildSnapshotData, latestSnapshot } from '@/lib/data/snapshots';
import { claimsFirstPublished, readerArticleSelect, readerCorrections, readerCorrectionSelect, readerView } from '@/lib/data/public';

/**
 * The reader's page as publishing now would make it: the snapshot publishing would store
 * (buildSnapshotData, the one place that decides what becomes public) drawn by the same code as
 * the published page. For editors, who publish; readers never reach it (it is not a snapshot).
 */
export async function getReaderPreview(actorId: string | null, articleId: string) {
  await authorize(actorId, 'factcheck.publish');
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      ...readerArticleSelect,
      factCheck: {
        select: {
          id: true,
          slug: true,
          publishedAt: true,
          corrections: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: readerCorrectionSelect },
        },
      },
    },
  });
  if (!article) throw notFound('That article');
  const fc = article.factCheck;
  const now = new Date();
  const [data, latest, firstPublished] = await Promise.all([
    buildSnapshotData(db, articleId),
    fc ? latestSnapshot(db, fc.id) : null,
    fc ? claimsFirstPublished(fc.id) : new Map<string, Date>(),
  ]);
  return {
    published: !!fc?.publishedAt,
    view: readerView({
      slug: fc?.slug ?? 'preview',
      snapshotNumber: (latest?.number ?? 0) + 1,
      data,
      publishedAt: fc?.publishedAt ?? now,
      article,
      // Corrections not yet shown go out with the next version: dated now, as publishing would.
      corrections: readerCorrections(fc?.corrections ?? [], now),
      firstPublished,
    }),
  };
}
