import { NextResponse } from 'next/server';
import { requestActorId } from '@/lib/auth/api-auth';
import { answer, NO_STORE } from '@/lib/api/respond';
import type { TNotificationsResponse } from '@/lib/api/schemas';
import { listNotifications } from '@/lib/data/notifications';

export const dynamic = 'force-dynamic';

/**
 * The signed-in person's notifications (session or API token), newest first:
 * `{ "notifications": [{ "id", "kind", "text", "url", "createdAt", "read" }], "unread": n, "nextBefore": id | null }`.
 * Query: limit (1–100, 30), before (an id: the page after it), unreadOnly. The header's badge polls it.
 */
export async function GET(req: Request) {
  return answer(async () => {
    const body: TNotificationsResponse = await listNotifications(await requestActorId(req), Object.fromEntries(new URL(req.url).searchParams));
    return NextResponse.json(body, { headers: NO_STORE });
  });
}
