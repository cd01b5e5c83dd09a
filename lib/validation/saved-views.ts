import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';
import { ZClaimListQuerySchema } from '@/lib/validation/claim-lists';
import { ZSearchQuerySchema } from '@/lib/validation/search';

// Saved views of /claims and /search (lib/data/saved-views.ts).

/** What a view of each page keeps: its filters, never the page position; and the schema that must accept them. */
const VIEWS = {
  '/claims': { keys: ['status', 'assignee', 'rating', 'article', 'sort'], schema: ZClaimListQuerySchema },
  '/search': { keys: ['q', 'status', 'rating', 'claimant', 'article', 'assignee', 'from', 'to'], schema: ZSearchQuerySchema },
} as const;
export type ViewPath = keyof typeof VIEWS;

export const ZSaveViewSchema = z
  .object({
    name: zText({ error: 'Name the view.' }).trim().min(1, { error: 'Name the view.' }).max(80, { error: 'Keep the name under 80 characters.' }),
    /** The list's query string, as in its address (without "?"). */
    query: zText().max(2000, { error: 'Those filters are too long to save.' }).default(''),
    path: z.enum(Object.keys(VIEWS) as ViewPath[], { error: 'Views are of the claims list or of a search.' }).default('/claims'),
  })
  .transform((v, ctx) => {
    const params = new URLSearchParams(v.query);
    const { keys, schema } = VIEWS[v.path];
    const kept = Object.fromEntries(keys.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
    // A view keeps only filters the page accepts, so opening it never shows an error.
    if (!schema.safeParse(kept).success) ctx.addIssue({ code: 'custom', path: ['query'], message: 'Those filters are not valid.' });
    return { name: v.name, path: v.path, query: new URLSearchParams(kept).toString() };
  });
export type TSaveView = z.input<typeof ZSaveViewSchema>;

export const ZDeleteViewSchema = z.object({ id: ZId });
export type TDeleteView = z.input<typeof ZDeleteViewSchema>;
