import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import type { SavedRecord } from '@/lib/errors';
import { recordEvent, type ArticleDetails } from '@/lib/data/events';
import { updateVersioned } from '@/lib/data/versioned';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZUpdateArticleDetailsSchema, type TUpdateArticleDetails } from '@/lib/validation/articles';

// An article's details: title, publisher, byline, address and date. Set at import, corrected here (the
// publish page's "Article details"); the publishing checklist needs the last three. Readers see a
// change only with the next version an editor publishes (it is in the snapshot, lib/data/snapshots.ts).

const detailsSelect = {
  id: true,
  title: true,
  publisher: true,
  byline: true,
  url: true,
  publishedAt: true,
  language: true,
  detailsVersion: true,
} as const;
type Row = {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
  detailsVersion: number;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const details = (a: Row): ArticleDetails => ({
  title: a.title,
  publisher: a.publisher,
  byline: a.byline,
  url: a.url,
  publishedAt: day(a.publishedAt),
  language: a.language,
});
const saved = (a: Row): SavedRecord => ({ entity: 'articleDetails', id: a.id, version: a.detailsVersion, ...details(a) });

/** Saves the details the form shows, if nobody changed them since it was loaded (else CONFLICT with theirs). */
export async function updateArticleDetails(actorId: string | null, input: TUpdateArticleDetails) {
  const data = parseOrThrow(ZUpdateArticleDetailsSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'article.import', tx);
    const read = () => tx.article.findUnique({ where: { id: data.articleId }, select: detailsSelect });
    const before = await read();
    const fields = {
      title: data.title,
      publisher: data.publisher,
      url: data.url,
      publishedAt: data.publishedAt ? new Date(`${data.publishedAt}T00:00:00Z`) : null,
      ...(data.language ? { language: data.language } : {}),
      // Absent (a form without the field): left as it is; empty clears it.
      ...(data.byline !== undefined ? { byline: data.byline } : {}),
    };
    const after = await updateVersioned(
      { id: data.articleId, version: data.version },
      {
        write: ({ id, version }) =>
          tx.article.updateMany({ where: { id, detailsVersion: version }, data: { ...fields, detailsVersion: { increment: 1 } } }),
        read,
        saved,
        what: 'this article’s details',
        missing: 'That article',
      },
    );
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'article_details',
      entityId: after.id,
      articleId: after.id,
      before: details(before ?? after),
      after: details(after),
    });
    return after;
  });
}
