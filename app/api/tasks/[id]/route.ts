import { NextResponse } from 'next/server';
import { requestActorId } from '@/lib/auth/api-auth';
import { answer, NO_STORE } from '@/lib/api/respond';
import { getTask } from '@/lib/data/tasks';

export const dynamic = 'force-dynamic';

/**
 * A background task the signed-in person started: `{ id, kind, status: queued|running|done|failed,
 * phase, result, error, createdAt, startedAt, finishedAt }`. The page that queued it polls this.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answer(async () => NextResponse.json(await getTask(await requestActorId(req), id), { headers: NO_STORE }));
}
