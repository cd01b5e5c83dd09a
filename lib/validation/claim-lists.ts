import { z } from 'zod';
import { isStorableText, zText } from '@/lib/validation/common';
import { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';

/** The orders the claims list offers (their words: lib/labels.ts CLAIM_SORT_LABELS). */
export const CLAIM_SORTS = ['updated', 'score'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const PAGE_SIZE = 50;

/** Opaque page cursor: the last row's sort value and id, base64url JSON (the public lists use it too). */
export type ClaimCursor = { v: string | number; id: string };

export function encodeCursor(c: ClaimCursor): string {
  return Buffer.from(JSON.stringify([c.v, c.id]), 'utf8').toString('base64url');
}

export const BROKEN_CURSOR = 'That page link is broken: start from the first page.';
// Exactly what encodeCursor writes for the "updated" sort (to_char in lib/data/claim-lists.ts):
// anything looser (Date.parse takes "1" or "Tue") reached PostgreSQL's ::timestamp and failed there.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const ZCursor = zText()
  .max(400)
  .transform((s, ctx): ClaimCursor => {
    try {
      const [v, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown[];
      if ((typeof v === 'string' || typeof v === 'number') && typeof id === 'string' && id.length <= 64 && isStorableText(id)) return { v, id };
    } catch {
      /* fall through to the issue below */
    }
    ctx.addIssue({ code: 'custom', message: BROKEN_CURSOR });
    return z.NEVER;
  });

/** Empty strings from a GET form mean "any". */
export const blank = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

export const ZClaimListQuerySchema = z
  .object({
    status: blank(z.enum(ClaimStatus, { error: 'Unknown status.' })),
    /** A user id, "me" or "none". */
    assignee: blank(zText().trim().max(64)),
    rating: blank(z.enum(Rating, { error: 'Unknown rating.' })),
    article: blank(zText().trim().max(64)),
    sort: blank(z.enum(CLAIM_SORTS, { error: 'Unknown sort.' })).transform((v): ClaimSort => v ?? 'updated'),
    after: blank(ZCursor),
  })
  .refine((q) => !q.after || cursorFits(q.sort, q.after), { error: BROKEN_CURSOR, path: ['after'] });
export type TClaimListQuery = z.input<typeof ZClaimListQuerySchema>;

/** The cursor's sort value must match the sort it was made for. */
export function cursorFits(sort: ClaimSort, c: ClaimCursor): boolean {
  if (sort === 'score') return typeof c.v === 'number' && Number.isFinite(c.v);
  if (typeof c.v !== 'string' || !CURSOR_TIME.test(c.v)) return false;
  const t = new Date(c.v);
  return !Number.isNaN(t.getTime()) && t.toISOString() === c.v && c.v >= '1000';
}
