import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/auth/session';
import { getTask } from '@/lib/data/tasks';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

const STATUS = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400 } as const;

/**
 * A background task the signed-in person started: `{ id, kind, status: queued|running|done|failed,
 * phase, result, error, createdAt, startedAt, finishedAt }`. The page that queued it polls this.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    return NextResponse.json(await getTask(await currentUserId(), id), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    const status = isAppError(e) ? (STATUS as Record<string, number>)[e.code] : undefined;
    if (!status) throw e;
    return NextResponse.json({ error: (e as Error).message }, { status, headers: { 'Cache-Control': 'no-store' } });
  }
}
