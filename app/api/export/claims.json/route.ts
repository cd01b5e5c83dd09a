import { requestActorId } from '@/lib/auth/api-auth';
import { answer } from '@/lib/api/respond';
import { exportResponse } from '@/app/api/export/respond';

export const dynamic = 'force-dynamic';

/** The /claims list as JSON (`{"claims":[…]}`), same filters as the page, streamed. */
export async function GET(req: Request) {
  return answer(async () => exportResponse(req, 'json', await requestActorId(req)));
}
