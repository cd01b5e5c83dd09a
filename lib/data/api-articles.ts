import 'server-only';
import { db } from '@/lib/db';
import { importArticle, previewImport } from '@/lib/data/import';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZApiArticleRequest, type TApiArticleRequest, type TApiArticleResponse } from '@/lib/api/schemas';

/** What an article is called when neither the request nor the page gives a title. */
const UNTITLED = 'Untitled article';

/**
 * POST /api/articles: the import page's save, for integrations (a CMS pushing its articles). Same
 * validation, limits, permission and duplicate rule as the page (importArticle); without a title
 * the page's own title is read first (one more extraction of the text). Answers with the claims
 * the extractor found.
 */
export async function importArticleFromApi(actorId: string | null, input: TApiArticleRequest): Promise<TApiArticleResponse> {
  const data = parseOrThrow(ZApiArticleRequest, input);
  const title = data.title || ((await previewImport(actorId, { raw: data.raw })).meta.title?.trim().slice(0, 300) ?? '') || UNTITLED;
  const article = await importArticle(actorId, { ...(input as object), raw: data.raw, title } as Parameters<typeof importArticle>[1]);
  const claims = await db.claim.findMany({
    where: { articleId: article.id },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: { id: true, text: true, start: true, end: true, score: true, recommended: true, claimant: true, status: true },
  });
  return {
    id: article.id,
    title: article.title,
    claims: claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      score: c.score,
      suggested: c.recommended,
      speaker: c.claimant,
      status: c.status,
    })),
  };
}
