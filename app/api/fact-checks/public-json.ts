import { NextResponse } from 'next/server';
import { RATING_LABELS } from '@/lib/labels';
import { factCheckPath } from '@/lib/claimreview';
import { publicBaseUrl } from '@/lib/config';
import type { PublicFactCheck, Retraction } from '@/lib/data/public';
import { isAppError } from '@/lib/errors';
import type { TPublicPage } from '@/lib/validation/public-lists';

// Shared by the public JSON routes. Shared caches (CDNs, proxies) may keep a copy but must ask
// again every time: only the app knows when a fact-check was corrected or unpublished, and its
// own cache is expired at that moment (lib/public-cache.ts).
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL, 'Access-Control-Allow-Origin': '*', ...headers } });

/** A public list's page parameters from the query string; a broken cursor or limit is a 400 with the fields. */
export function pageParams(req: Request): TPublicPage {
  const q = new URL(req.url).searchParams;
  return { after: q.get('after') ?? undefined, limit: q.get('limit') ?? undefined } as TPublicPage;
}

/** A page of a public list: the body with `next` (the next page's address, or null), also as a Link header. */
export function pageJson(req: Request, body: Record<string, unknown>, next: string | null) {
  const url = new URL(req.url);
  const nextUrl = next ? `${publicBaseUrl()}${url.pathname}?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), after: next })}` : null;
  return json({ ...body, next: nextUrl }, 200, nextUrl ? { Link: `<${nextUrl}>; rel="next"` } : {});
}

/** A refused list request: 400 with what was wrong. */
export async function publicList(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (isAppError(e) && e.info.code === 'INVALID') return json({ error: 'invalid', message: e.message, fields: e.info.fieldErrors }, 400);
    throw e;
  }
}

export const notFoundJson = () => json({ error: 'not_found', message: 'No published fact-check has that address.' }, 404);

/** 410 Gone: the fact-check was published, then retracted by an editor, who said why. */
export const retractedJson = (r: Retraction) =>
  json({ error: 'retracted', title: r.title, publishedAt: r.publishedAt, retractedAt: r.retractedAt, reason: r.reason }, 410);

/** The public JSON of one fact-check: exactly what its page shows, nothing internal. */
export function factCheckJson(fc: PublicFactCheck) {
  const base = publicBaseUrl();
  return {
    slug: fc.slug,
    url: `${base}${factCheckPath(fc.slug)}`,
    /** The published version: 1, then one more for each update or correction. */
    version: fc.version,
    summary: fc.summary,
    publishedAt: fc.publishedAt,
    updatedAt: fc.correctedAt ?? fc.publishedAt,
    /** The publisher changed the article after this fact-check (null if not). */
    articleUpdatedAt: fc.articleUpdatedAt,
    article: { title: fc.article.title, publisher: fc.article.publisher, url: fc.article.url, publishedAt: fc.article.publishedAt },
    claims: fc.claims.map((c) => ({
      id: c.id,
      /** The claim's stable number in its article, and its own page. */
      number: c.n,
      url: `${base}${c.path}`,
      summary: c.summary,
      datePublished: c.datePublished,
      text: c.text,
      start: c.start,
      end: c.end,
      claimant: c.claimant,
      claimantType: c.claimantType,
      claimantRole: c.claimantRole,
      /** Present when the article's words changed after we checked them: what it says now, or null if removed. */
      ...(c.nowInArticle !== undefined ? { nowInArticle: c.nowInArticle } : {}),
      verdict: { rating: RATING_LABELS[c.verdict.rating], explanation: c.verdict.explanation, attributionConfirmed: c.verdict.attributionConfirmed },
      sources: c.sources.map(({ id: _id, ...s }) => s),
      claimReview: c.claimReview,
    })),
    corrections: fc.corrections.map((k) => ({ date: k.date, kind: k.kind, whatChanged: k.whatChanged, reason: k.reason })),
  };
}
