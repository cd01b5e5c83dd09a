import { requestActorId } from '@/lib/auth/api-auth';
import { answer } from '@/lib/api/respond';
import { exportResponse } from '@/app/api/export/respond';

export const dynamic = 'force-dynamic';

/** The /claims list as CSV, same filters (`?status=…&assignee=…&rating=…&article=…&sort=…`), streamed. */
export async function GET(req: Request) {
  return answer(async () => exportResponse(req, 'csv', await requestActorId(req)));
}
