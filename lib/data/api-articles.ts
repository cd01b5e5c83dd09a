import 'server-only';
import { queryRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
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
  // Sent by pg (queryRows): a long article has thousands of claims, and Prisma's handling of each
  // row costs CPU and memory on the server's thread right after the import's own.
  const claims = await queryRows<TApiArticleResponse['claims'][number]>(Prisma.sql`
    SELECT id, text, start, "end", score, recommended AS suggested, claimant AS speaker, status
    FROM claims WHERE article_id = ${article.id} ORDER BY start, id`);
  return { id: article.id, title: article.title, claims };
}
