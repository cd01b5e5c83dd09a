import { NextResponse } from 'next/server';
import { requestActorId } from '@/lib/auth/api-auth';
import { answer, NO_STORE } from '@/lib/api/respond';
import type { TSearchResponse } from '@/lib/api/schemas';
import { searchClaims } from '@/lib/data/search';
import type { TSearchQuery } from '@/lib/validation/search';

export const dynamic = 'force-dynamic';

/**
 * Search across every article's claims: `?q=&status=&rating=&claimant=&article=&assignee=&from=&to=&cursor=&limit=`
 * → `{ "results": [{ "id", "text", "claimant", "status", "rating", "article": { "id", "title" }, "factCheckUrl", "score" }], "nextCursor" }`.
 */
export async function GET(req: Request) {
  return answer(async () => {
    const q = Object.fromEntries(new URL(req.url).searchParams);
    const page = await searchClaims(await requestActorId(req), q as TSearchQuery);
    const body: TSearchResponse = {
      results: page.results.map((r) => ({
        id: r.id,
        text: r.text,
        claimant: r.claimant,
        claimantId: r.claimantId,
        status: r.status,
        rating: r.rating,
        article: { id: r.article.id, title: r.article.title },
        factCheckUrl: r.factCheckUrl,
        score: r.score,
      })),
      nextCursor: page.nextCursor,
      mode: page.mode,
      corrections: page.corrections,
      ...(q.cursor ? {} : { total: page.counts.total, more: page.counts.more }),
      ...(page.notice ? { notice: page.notice } : {}),
    };
    return NextResponse.json(body, { headers: NO_STORE });
  });
}
