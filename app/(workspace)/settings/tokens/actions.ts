'use server';

import { formAction } from '@/lib/actions';
import { createToken, revokeToken } from '@/lib/data/api-tokens';
import { ZCreateTokenSchema, ZRevokeTokenSchema } from '@/lib/validation/api-tokens';

export const createTokenAction = formAction({
  schema: ZCreateTokenSchema,
  run: createToken,
  success: (t) => `Token “${t.name}” created. Copy it now: it is not shown again.`,
  // The token itself goes back to the page once, in the action's answer; it is never stored.
  data: (t) => ({ token: t.token }),
  refresh: () => ['/settings/tokens'],
});

export const revokeTokenAction = formAction({
  schema: ZRevokeTokenSchema,
  run: revokeToken,
  success: 'Revoked: requests with that token are refused from now on.',
  refresh: () => ['/settings/tokens'],
});
