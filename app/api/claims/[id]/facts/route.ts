import { NextResponse } from 'next/server';
import { currentUserId } from '@/lib/auth/session';
import { getClaimFacts } from '@/lib/data/articles';
import { isAppError } from '@/lib/errors';
import { isId } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

const STATUS = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400 } as const;

/** The article workspace's side pane reads the selected claim's facts here (lib/workspace-marks.ts says why). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isId(id)) return NextResponse.json({ error: 'That claim was not found.' }, { status: 404 });
  try {
    const facts = await getClaimFacts(await currentUserId(), id);
    return NextResponse.json(facts, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    const status = isAppError(e) ? (STATUS as Record<string, number>)[e.code] : undefined;
    if (status) return NextResponse.json({ error: (e as Error).message }, { status });
    throw e;
  }
}
