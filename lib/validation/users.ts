import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { ZEmail } from '@/lib/validation/auth';
import { ZFormBoolean, ZId, zText } from '@/lib/validation/common';

const ZRole = z.enum(Role, { error: 'Choose a role.' });

export const ZCreateUserSchema = z.object({
  email: ZEmail,
  name: zText({ error: 'Enter a name.' }).trim().min(1, { error: 'Enter a name.' }).max(120, { error: 'Keep the name under 120 characters.' }),
  role: ZRole,
  password: z.string({ error: 'Use at least 8 characters.' }).min(8, { error: 'Use at least 8 characters.' }).max(200),
});
export type TCreateUser = z.input<typeof ZCreateUserSchema>;

export const ZChangeRoleSchema = z.object({ userId: ZId, role: ZRole });
export type TChangeRole = z.input<typeof ZChangeRoleSchema>;

export const ZSetActiveSchema = z.object({ userId: ZId, active: ZFormBoolean('Say whether the account is active.') });
export type TSetActive = z.input<typeof ZSetActiveSchema>;
