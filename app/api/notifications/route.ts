import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/auth/session';
import { listNotifications } from '@/lib/data/notifications';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

const STATUS = { UNAUTHORIZED: 401, FORBIDDEN: 403, INVALID: 400 } as const;

/**
 * The signed-in person's notifications, newest first:
 * `{ "notifications": [{ "id", "kind", "text", "url", "createdAt", "read" }], "unread": n, "nextBefore": id | null }`.
 * Query: limit (1–100, 30), before (an id: the page after it), unreadOnly. The header's badge polls it.
 */
export async function GET(req: Request) {
  const q = Object.fromEntries(new URL(req.url).searchParams);
  try {
    const body = await listNotifications(await currentUserId(), q);
    return NextResponse.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    const status = isAppError(e) ? (STATUS as Record<string, number>)[e.code] : undefined;
    if (!status || !isAppError(e)) throw e;
    const body = e.info.code === 'INVALID' ? { error: e.message, fieldErrors: e.info.fieldErrors } : { error: e.message };
    return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
  }
}
