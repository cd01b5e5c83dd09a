import 'server-only';
import { AppError } from '@/lib/errors';
import { currentUserId } from '@/lib/auth/session';
import { userIdForToken } from '@/lib/data/api-tokens';

// Who a JSON API request acts as: the person of its `Authorization: Bearer <token>` (a personal
// API token, lib/data/api-tokens.ts), or else the session cookie's. A request that names a token
// is judged by the token alone: an unknown or revoked one is 401 even beside a valid cookie.
// Either way the id goes to lib/data, whose authorize() reads the role from the database.

export const badToken = () =>
  new AppError({ code: 'UNAUTHORIZED' }, 'That API token is not valid or was revoked: create one at /settings/tokens, or sign in.');

export async function requestActorId(req: Request): Promise<string | null> {
  const header = req.headers.get('authorization');
  if (header === null) return currentUserId();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const userId = bearer ? await userIdForToken(bearer[1]!) : null;
  if (!userId) throw badToken();
  return userId;
}
