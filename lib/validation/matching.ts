import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';

// "Checked before?" (lib/data/matching.ts, GET /api/claims/match).

export const ZMatchQuerySchema = z.object({
  text: zText({ error: 'Give the sentence to look for.' })
    .trim()
    .min(10, { error: 'Give a whole sentence (at least 10 characters).' })
    .max(2000, { error: 'Keep the sentence under 2000 characters.' }),
  limit: z.coerce.number({ error: 'limit must be a number from 1 to 20.' }).int().min(1).max(20).default(5),
  /** Leave out this article's own claims (the workspace asks about its own sentences). */
  excludeArticle: ZId.optional(),
});
export type TMatchQuery = z.input<typeof ZMatchQuerySchema>;
