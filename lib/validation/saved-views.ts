import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';
import { ZClaimListQuerySchema } from '@/lib/validation/claim-lists';

// Saved views of /claims (lib/data/saved-views.ts).

/** The list's filters a view keeps: everything but the page position. */
export const VIEW_KEYS = ['status', 'assignee', 'rating', 'article', 'sort'] as const;

export const ZSaveViewSchema = z
  .object({
    name: zText({ error: 'Name the view.' }).trim().min(1, { error: 'Name the view.' }).max(80, { error: 'Keep the name under 80 characters.' }),
    /** The list's query string, as in its address (without "?"). */
    query: zText().max(2000, { error: 'Those filters are too long to save.' }).default(''),
  })
  .transform((v, ctx) => {
    const params = new URLSearchParams(v.query);
    const kept = Object.fromEntries(VIEW_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
    // A view keeps only filters the list accepts, so opening it never shows an error.
    if (!ZClaimListQuerySchema.safeParse(kept).success) ctx.addIssue({ code: 'custom', path: ['query'], message: 'Those filters are not valid.' });
    return { name: v.name, path: '/claims' as const, query: new URLSearchParams(kept).toString() };
  });
export type TSaveView = z.input<typeof ZSaveViewSchema>;

export const ZDeleteViewSchema = z.object({ id: ZId });
export type TDeleteView = z.input<typeof ZDeleteViewSchema>;
