import { z } from 'zod';

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address.' }).max(254));

export const ZSignInSchema = z.object({
  email: ZEmail,
  password: z.string().min(1, { error: 'Enter your password.' }).max(200),
});
