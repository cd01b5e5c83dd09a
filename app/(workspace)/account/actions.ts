'use server';

import { formAction } from '@/lib/actions';
import { currentSessionId } from '@/lib/auth/session';
import { changeOwnPassword, updateOwnName } from '@/lib/data/account';
import { ZChangeOwnPasswordSchema, ZUpdateOwnNameSchema } from '@/lib/validation/account';

// The whole workspace shows the name (header) or, after a required change, opens up again.
const everywhere = () => ['/account', '/dashboard'];

export const updateOwnNameAction = formAction({
  schema: ZUpdateOwnNameSchema,
  run: updateOwnName,
  success: (a) => `Your name is now ${a.name}.`,
  refresh: everywhere,
});

export const changeOwnPasswordAction = formAction({
  schema: ZChangeOwnPasswordSchema,
  // The session making the change stays signed in; the id comes from its cookie, never the form.
  run: async (actorId, input) => changeOwnPassword(actorId, input, { keepSessionId: await currentSessionId() }),
  success: (r) =>
    r.wasRequired ? 'Your password is changed. The whole workspace is open again.' : 'Your password is changed. Your other sessions are signed out.',
  data: (r) => ({ wasRequired: r.wasRequired }),
  refresh: everywhere,
  keepOut: ['current', 'next', 'confirm'], // passwords are never echoed back into the page
});
