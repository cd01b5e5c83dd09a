import { z } from 'zod';
import { ZId } from '@/lib/validation/common';
import { ZCreateUserSchema } from '@/lib/validation/users';

// One's own account (/account) and an admin's password reset (lib/data/account.ts).

/** The length asked of the first admin's password (prisma/seed.ts): the rule for any password a person chooses. */
export const PASSWORD_MIN = 12;
/** bcrypt reads only the first 72 bytes of a password: anything longer would be cut short without a word. */
export const PASSWORD_MAX_BYTES = 72;

const TOO_SHORT = `Use at least ${PASSWORD_MIN} characters.`;
const TOO_LONG = `Use at most ${PASSWORD_MAX_BYTES} characters (fewer with accented letters or emoji): longer passwords are cut short when stored.`;

/** A new password someone chooses for themselves. */
export const ZNewPassword = z
  .string({ error: TOO_SHORT })
  .min(PASSWORD_MIN, { error: TOO_SHORT })
  .refine((v) => new TextEncoder().encode(v).length <= PASSWORD_MAX_BYTES, { error: TOO_LONG });

export const ZChangeOwnPasswordSchema = z
  .object({
    current: z.string({ error: 'Enter your current password.' }).min(1, { error: 'Enter your current password.' }).max(200),
    next: ZNewPassword,
    confirm: z.string({ error: 'Type the new password again.' }).min(1, { error: 'Type the new password again.' }),
  })
  // An empty box has its own message above: these speak only of what was typed.
  .refine((v) => !v.confirm || v.confirm === v.next, { path: ['confirm'], error: 'The two new passwords are not the same.' })
  .refine((v) => !v.next || v.next !== v.current, { path: ['next'], error: 'Choose a password different from the current one.' });
export type TChangeOwnPassword = z.input<typeof ZChangeOwnPasswordSchema>;

export const ZUpdateOwnNameSchema = z.object({ name: ZCreateUserSchema.shape.name });
export type TUpdateOwnName = z.input<typeof ZUpdateOwnNameSchema>;

export const ZResetPasswordSchema = z.object({ userId: ZId });
export type TResetPassword = z.input<typeof ZResetPasswordSchema>;
