import { z } from 'zod';

// Building blocks shared by the operation schemas. Every schema accepts what a form sends
// (strings) and what code sends (numbers, booleans), and nothing else: an array or an object
// where a value belongs is INVALID, never quietly coerced.

export const ZId = z.string().trim().min(1).max(64);

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

export const ZHttpUrl = z
  .string()
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

export const ZPastDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'That is not a real date.' })
  .refine((v) => v <= todayUtc(), { error: 'The date cannot be in the future.' });

/** An optional text field: empty or missing becomes null, anything else is trimmed and length-checked. */
export const ZOptionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep the ${label} under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));
