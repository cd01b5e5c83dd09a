import { z } from 'zod';

// Building blocks shared by the operation schemas. Every schema accepts what a form sends
// (strings) and what code sends (numbers, booleans), and nothing else: an array or an object
// where a value belongs is INVALID, never quietly coerced.

// A lone surrogate (half of an emoji's UTF-16 pair) cannot be encoded as UTF-8; a NUL byte cannot
// be stored in PostgreSQL text. Either would reach the database and fail there as a 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the string exactly as typed. */
export const isStorableText = (v: string) => !v.includes('\u0000') && !LONE_SURROGATE.test(v);

export const UNSTORABLE_TEXT = 'That text contains a character that cannot be saved (a NUL byte or half of an emoji). Remove it and try again.';

/**
 * The one string schema for every text field (ids, names, notes, URLs, filters): a string that
 * can be stored as typed. Chain `.trim().min().max()` on it as on z.string().
 */
export const zText = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, { error: UNSTORABLE_TEXT });

export const ZId = zText().trim().min(1).max(64);

/**
 * A number from a form field (digits, trimmed) or from code. Unlike z.coerce, it refuses '',
 * true and [5], which Number() would turn into 0, 1 and 5.
 */
export const ZFormNumber = (error: string) =>
  z.union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^-?\d+(\.\d+)?$/)
        .transform(Number),
    ],
    { error },
  );

/** The optimistic-lock version the form was loaded with (claims and sources start at 1). */
export const ZVersion = ZFormNumber('Missing version.').pipe(z.number().int({ error: 'Missing version.' }).min(1, { error: 'Missing version.' }));

/** A yes/no from a hidden field ("true"/"false") or from code. */
export const ZFormBoolean = (error: string) => z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], { error });

export const ZHttpUrl = zText()
  .trim()
  .max(2000, { error: 'That URL is too long.' })
  .refine(
    (v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'Enter a full web address starting with http:// or https://.' },
  );

const todayUtc = () => new Date().toISOString().slice(0, 10);
const EARLIEST_DATE = '1000-01-01';
const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const ZPastDate = zText()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  // Round-trips, so 2025-02-30 (which Date would roll over to March) is refused.
  .refine((v) => isRealDate(v), { error: 'That is not a real date.' })
  // PostgreSQL has no year 0 and JavaScript's years before 1000 print oddly: 0000-01-01 failed as a 500.
  .refine((v) => v >= EARLIEST_DATE, { error: 'Enter a date after the year 1000.' })
  .refine((v) => v <= todayUtc(), { error: 'The date cannot be in the future.' });

/** An optional text field: empty or missing becomes null, anything else is trimmed and length-checked. */
export const ZOptionalText = (max: number, label: string) =>
  zText()
    .trim()
    .max(max, { error: `Keep the ${label} under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));

/** Whether a path segment can be an id at all: a page answers 404 at once for anything else. */
export const isId = (v: unknown): v is string => ZId.safeParse(v).success;
