import { z } from 'zod';
import { ZEmail } from '@/lib/validation/auth';

export const ZRole = z.enum(['journalist', 'editor', 'admin'], { error: 'Choose a role.' });

export const ZCreateUserSchema = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, { error: 'Enter a name.' }).max(120, { error: 'Keep the name under 120 characters.' }),
  role: ZRole,
  password: z.string().min(8, { error: 'Use at least 8 characters.' }).max(200),
});
export type TCreateUser = z.infer<typeof ZCreateUserSchema>;

export const ZChangeRoleSchema = z.object({ userId: z.string().min(1), role: ZRole });
export const ZSetActiveSchema = z.object({ userId: z.string().min(1), active: z.boolean() });
