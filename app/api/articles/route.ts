import { NextResponse } from 'next/server';
import { requestActorId } from '@/lib/auth/api-auth';
import { answer, NO_STORE } from '@/lib/api/respond';
import { importArticleFromApi } from '@/lib/data/api-articles';
import type { TApiArticleRequest } from '@/lib/api/schemas';
import { invalid, isAppError } from '@/lib/errors';
import { BODY_TOO_LARGE, MAX_ACTION_BODY_BYTES } from '@/lib/validation/limits';

export const dynamic = 'force-dynamic';

/**
 * Imports an article: `{ raw, title?, url?, publisher?, byline?, publishedAt?, language?, allowDuplicate? }`
 * → 201 `{ id, title, claims: [{ id, text, start, end, score, suggested, speaker, status }] }`;
 * 409 `{ error, id }` when the text was imported before (unless allowDuplicate). JSON only: a
 * form cannot post JSON across sites without CORS, so a session cookie cannot be ridden here.
 */
export async function POST(req: Request) {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
    return NextResponse.json({ error: 'Send the article as JSON (Content-Type: application/json).' }, { status: 415, headers: NO_STORE });
  }
  if (Number(req.headers.get('content-length') ?? 0) > MAX_ACTION_BODY_BYTES) {
    return NextResponse.json({ error: BODY_TOO_LARGE }, { status: 413, headers: NO_STORE });
  }
  return answer(async () => {
    const actorId = await requestActorId(req);
    const body = await readJson(req);
    try {
      // The data function parses the body with the API's schema: it is the trust boundary.
      return NextResponse.json(await importArticleFromApi(actorId, body as TApiArticleRequest), { status: 201, headers: NO_STORE });
    } catch (e) {
      if (isAppError(e) && e.info.code === 'CONFLICT' && e.info.current.entity === 'article') {
        return NextResponse.json({ error: e.message, id: e.info.current.id, current: e.info.current }, { status: 409, headers: NO_STORE });
      }
      throw e;
    }
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (text.length > MAX_ACTION_BODY_BYTES) throw invalid(BODY_TOO_LARGE, { raw: [BODY_TOO_LARGE] });
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* below */
  }
  throw invalid('The body is not a JSON object.', { _form: ['The body is not a JSON object.'] });
}
