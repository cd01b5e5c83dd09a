import { z } from 'zod';
import { ZId, zText } from '@/lib/validation/common';
import { blank, BROKEN_CURSOR } from '@/lib/validation/claim-lists';
import { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';

// Search (/search, GET /api/claims/search; lib/data/search.ts).

export const SEARCH_PAGE_SIZE = 20;

const ZDay = zText()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return v >= '1000-01-01' && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { error: 'That is not a real date.' },
  );

/** Which search made a page: full text, or the misspelling fallback (its scores are not comparable). */
export type SearchMode = 'text' | 'fuzzy';
/** Opaque page cursor: the last row's score and id, and the mode, base64url JSON. */
export type SearchCursor = { score: number; id: string; mode: SearchMode };

export const encodeSearchCursor = (c: SearchCursor) => Buffer.from(JSON.stringify([c.score, c.id, c.mode]), 'utf8').toString('base64url');

const ZSearchCursor = zText()
  .max(400)
  .transform((s, ctx): SearchCursor => {
    try {
      const [score, id, mode] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown[];
      if (typeof score === 'number' && Number.isFinite(score) && ZId.safeParse(id).success && (mode === 'text' || mode === 'fuzzy'))
        return { score, id: id as string, mode };
    } catch {
      /* fall through to the issue below */
    }
    ctx.addIssue({ code: 'custom', message: BROKEN_CURSOR });
    return z.NEVER;
  });

export const ZSearchQuerySchema = z
  .object({
    /** Words (stemmed: "rose" finds "rising"), "a phrase", word* for a prefix, -word to leave out, OR between alternatives. */
    q: blank(zText().trim().max(200, { error: 'Keep the search under 200 characters.' })).transform((v) => v ?? ''),
    status: blank(z.enum(ClaimStatus, { error: 'Unknown status.' })),
    rating: blank(z.enum(Rating, { error: 'Unknown rating.' })),
    /** A claimant record's id. */
    claimant: blank(ZId),
    article: blank(ZId),
    /** A user id, "me" or "none". */
    assignee: blank(zText().trim().max(64)),
    /** The article's date (its publication date, else the day it was imported), inclusive. */
    from: blank(ZDay),
    to: blank(ZDay),
    cursor: blank(ZSearchCursor),
    limit: blank(z.coerce.number({ error: 'limit must be a number from 1 to 50.' }).int().min(1).max(50)).transform((v) => v ?? SEARCH_PAGE_SIZE),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'The start date is after the end date.', path: ['to'] });
export type TSearchQuery = z.input<typeof ZSearchQuerySchema>;
export type TSearchFilters = z.output<typeof ZSearchQuerySchema>;

/** One part of a search: a word, a word's prefix, or a phrase; `not` leaves its matches out; `or` joins it to the one before. */
export type SearchTerm = { kind: 'word' | 'prefix' | 'phrase'; text: string; not: boolean; or: boolean };

/**
 * The search box's little language, read without ever handing PostgreSQL raw query syntax: every
 * term reaches it as a parameter of plainto_tsquery / phraseto_tsquery / a quoted prefix lexeme.
 */
export function parseSearch(q: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  let or = false;
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    if (m[3] === 'OR') {
      or = out.length > 0;
      continue;
    }
    const not = m[1] === '-' || (m[3]?.startsWith('-') ?? false);
    const raw = m[2] ?? m[3]!.replace(/^-/, '');
    const isPhrase = m[2] !== undefined;
    const prefix = !isPhrase && /\*$/.test(raw);
    const text = raw
      .replace(/\*+$/, '')
      .replace(/[^\p{L}\p{N}.,'’%$£€-]+/gu, ' ')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    out.push({ kind: isPhrase ? 'phrase' : prefix ? 'prefix' : 'word', text, not, or: or && !not });
    or = false;
  }
  return out;
}
