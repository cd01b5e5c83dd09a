import { currentUserId } from '@/lib/auth/session';
import { exportResponse } from '@/app/api/export/respond';

export const dynamic = 'force-dynamic';

/** The /claims list as JSON (`{"claims":[…]}`), same filters as the page, streamed. */
export async function GET(req: Request) {
  return exportResponse(req, 'json', await currentUserId());
}
