import { z } from 'zod';
import { blank, BROKEN_CURSOR, cursorFits, ZCursor } from '@/lib/validation/claim-lists';

// The public lists' page parameters (/fact-checks, /api/fact-checks, /api/claim-reviews): newest
// first, a keyset cursor on (first publication, id) so a deep page costs what the first does.

export const PUBLIC_PAGE_SIZE = 20;
export const PUBLIC_PAGE_MAX = 100;

export const ZPublicPageSchema = z.object({
  after: blank(ZCursor).refine((c) => !c || cursorFits('updated', c), { error: BROKEN_CURSOR }),
  limit: blank(
    z.coerce
      .number({ error: 'The limit is a number.' })
      .int()
      .min(1)
      .max(PUBLIC_PAGE_MAX, { error: `At most ${PUBLIC_PAGE_MAX} a page.` }),
  ),
});
export type TPublicPage = z.input<typeof ZPublicPageSchema>;
