import 'server-only';
import { db } from '@/lib/db';

// Reader-facing reads. No permission is needed, so the one rule that matters lives here:
// REVIEWERS: every query in this file must filter on `status: 'published'`; readers must never
// see drafts, unpublished fact-checks, notes, assignees or anything else internal.
const published = { status: 'published' } as const;

export async function listPublishedFactChecks() {
  const rows = await db.factCheck.findMany({
    where: published,
    orderBy: { publishedAt: 'desc' },
    select: {
      slug: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      article: { select: { title: true, publisher: true, publishedAt: true } },
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.article.title,
    publisher: r.article.publisher,
    articlePublishedAt: r.article.publishedAt,
    summary: r.summary,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
  }));
}
