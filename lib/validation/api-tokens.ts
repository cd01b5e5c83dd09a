import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';

// Personal API tokens (lib/data/api-tokens.ts, /settings/tokens).

export const ZCreateTokenSchema = z.object({
  name: zText({ error: 'Name the token after what uses it.' })
    .trim()
    .min(1, { error: 'Name the token after what uses it.' })
    .max(100, { error: 'Keep the name under 100 characters.' }),
});
export type TCreateToken = z.input<typeof ZCreateTokenSchema>;

export const ZRevokeTokenSchema = z.object({ id: ZId });
export type TRevokeToken = z.input<typeof ZRevokeTokenSchema>;
