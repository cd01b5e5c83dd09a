import { NextResponse } from 'next/server';
import { requestActorId } from '@/lib/auth/api-auth';
import { answer, NO_STORE } from '@/lib/api/respond';
import type { TMatchResponse } from '@/lib/api/schemas';
import { matchClaims } from '@/lib/data/matching';
import type { TMatchQuery } from '@/lib/validation/matching';

export const dynamic = 'force-dynamic';

/**
 * "Checked before?" for one sentence: `?text=…&limit=5` → `{ "matches": [{ "id", "text", "claimant",
 * "rating", "ruledAt", "factCheckUrl", "similarity", "numbersDiffer", "sharedEntities" }] }`, best first,
 * over every article's claims the desk has taken up.
 */
export async function GET(req: Request) {
  return answer(async () => {
    const q = Object.fromEntries(new URL(req.url).searchParams);
    // matchClaims parses the query with its schema (400 with the field when text is missing).
    const body: TMatchResponse = await matchClaims(await requestActorId(req), q as TMatchQuery);
    return NextResponse.json(body, { headers: NO_STORE });
  });
}
