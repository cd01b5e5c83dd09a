import { currentUserId } from '@/lib/auth/session';
import { exportResponse } from '@/app/api/export/respond';

export const dynamic = 'force-dynamic';

/** The /claims list as CSV, same filters (`?status=…&assignee=…&rating=…&article=…&sort=…`), streamed. */
export async function GET(req: Request) {
  return exportResponse(req, 'csv', await currentUserId());
}
