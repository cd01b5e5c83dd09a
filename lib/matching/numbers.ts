/**
 * Quantities of a claim, read by the extractor's own findQuantities and put in a form two
 * sentences can compare: "4.1 per cent" and "4.1%" are the percent 4.1, "20 million" and
 * "20,000,000" the number 20,000,000, "£3bn" the money GBP 3e9, "March 2023" the date y2023 m3.
 *
 * Two quantities are the same number when kind, value (relative tolerance 1e-9) and, for money,
 * a known currency agree; dates agree when every part both give (year, month, day, weekday) is
 * equal. They are plausibly the same quantity (so a different value means "numbers differ")
 * when they have the same kind and either share a content word near them ("unemployment fell
 * to 4.1%" / "unemployment rose to 5.1%") or, when the two texts are related at all, are each the
 * only one of that kind in their sentence; plain counts must share a nearby word ("300 nurses" / "500 nurses"), since a sentence often
 * holds unrelated counts.
 */
import { findQuantities } from '@/lib/extraction/quantities';
import { MONTHS } from '@/lib/extraction/lexicon';
import type { QuantityKind } from '@/lib/extraction/types';
import { contentStems, normalize, words } from './text';

export type Quantity = {
  /** As written in the sentence. */
  text: string;
  kind: QuantityKind;
  value: number | null;
  /** Money: ISO-like code when the symbol or name says it, else null. */
  currency: string | null;
  /** Dates: the parts the text gives. */
  date: DateParts | null;
  /** Content stems within a few words before and after: what the number is a number of. */
  context: ReadonlySet<string>;
};

type DateParts = { year: number | null; month: number | null; day: number | null; weekday: string | null };

const CURRENCIES: readonly [RegExp, string][] = [
  [/\$|dollars?\b/i, 'USD'],
  [/£|pounds?\b/i, 'GBP'],
  [/€|euros?\b/i, 'EUR'],
  [/¥|\byen\b/i, 'JPY'],
  [/\byuan\b/i, 'CNY'],
  [/₹|rupees?\b/i, 'INR'],
  [/rou?bles?\b/i, 'RUB'],
];
const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;
const YEAR_RE = /\b(1[5-9]\d\d|20\d\d)s?\b/;
const ISO_DATE_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WEEKDAY_RE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH_WORD_RE = /\b([a-z]+)\.?\b/gi;
const DAY_RE = /\b(\d{1,2})(?:st|nd|rd|th)?\b/;

const TRAILING_PUNCTUATION_RE = /[,.]+$/;
const BARE_YEAR_RE = /^(?:1[5-9]\d\d|20\d\d)$/;

const ASCII_RE = /^[\x00-\x7f]*$/;

export function readQuantities(text: string): Quantity[] {
  if (text === '') return [];
  const found = findQuantities(text, { start: 0, end: text.length });
  if (found.length === 0) return [];
  // normalize() of ASCII text is its lower case, character for character: lowered once, its
  // slices need no normalizing. Other text is normalized slice by slice (NFKD may change lengths).
  const lower = ASCII_RE.test(text) ? text.toLowerCase() : null;
  const around = (from: number, to: number) => (lower ? lower.slice(from, to) : normalize(text.slice(from, to)));
  return found.map((q, i) => {
    const shown = q.text.replace(TRAILING_PUNCTUATION_RE, '');
    // The extractor reads "in 2022, the…" as the number "2022," (its figure pattern takes the
    // comma); "in 2022." is a date. Both are the year.
    const kind = q.kind === 'number' && BARE_YEAR_RE.test(shown) ? 'date' : q.kind;
    // A quantity's context stops at its neighbours: in "400 patients and 20 nurses", "patients"
    // belongs to 400, not to 20.
    const from = Math.max(q.start - 80, found[i - 1]?.end ?? 0);
    const to = Math.min(q.end + 60, found[i + 1]?.start ?? text.length);
    return {
      text: shown,
      kind,
      value: kind === 'date' ? null : q.value,
      currency: kind === 'money' ? currencyOf(shown) : null,
      date: kind === 'date' ? dateParts(shown) : null,
      context: contextOf(around(from, q.start), around(q.end, to)),
    };
  });
}

function currencyOf(q: string): string | null {
  for (const [re, code] of CURRENCIES) if (re.test(q)) return code;
  return null;
}

function dateParts(q: string): DateParts {
  const iso = ISO_DATE_RE.exec(q);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), weekday: null };
  const year = YEAR_RE.exec(q);
  let month: number | null = null;
  for (const m of q.matchAll(MONTH_WORD_RE)) month ??= MONTHS[(m[1] as string).toLowerCase()] ?? null;
  const rest = year ? q.replace(year[0], ' ') : q;
  const day = month !== null ? DAY_RE.exec(rest) : null;
  const weekday = WEEKDAY_RE.exec(q);
  return {
    year: year ? Number(year[1]) : null,
    month,
    day: day ? Number(day[1]) : null,
    weekday: weekday ? (weekday[1] as string).toLowerCase() : null,
  };
}

/** The content stems nearest a quantity, from the normalized text before and after it. */
function contextOf(before: string, after: string): Set<string> {
  const context = new Set(contentStems(words(before)).slice(-CONTEXT_BEFORE));
  for (const s of contentStems(words(after)).slice(0, CONTEXT_AFTER)) context.add(s);
  return context;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function sameDate(a: DateParts, b: DateParts): boolean {
  let shared = 0;
  for (const key of ['year', 'month', 'day', 'weekday'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}

/** Same kind and same number (or date); null when either value is unknown and nothing can be said. */
export function sameNumber(a: Quantity, b: Quantity): boolean | null {
  if (a.kind !== b.kind) return null;
  if (a.kind === 'date') return a.date && b.date ? sameDate(a.date, b.date) : null;
  if (a.value === null || b.value === null) return null;
  if (a.kind === 'money' && a.currency && b.currency && a.currency !== b.currency) return false;
  return sameValue(a.value, b.value);
}

function sharesContext(a: Quantity, b: Quantity): boolean {
  for (const s of a.context) if (b.context.has(s)) return true;
  return false;
}

export type NumberComparison = { sameNumbers: string[]; numbersDiffer: boolean };

/**
 * Pairs the query's quantities with the candidate's; see the header for the rules. `related`:
 * the texts are close enough that the only percent (or sum, or date) of each is likely the same
 * quantity; without it only a shared nearby word makes two quantities comparable.
 */
export function compareQuantities(query: readonly Quantity[], candidate: readonly Quantity[], related: boolean): NumberComparison {
  const sameNumbers: string[] = [];
  const matched = new Set<Quantity>();
  const unmatched: Quantity[] = [];
  for (const q of query) {
    const twin = candidate.find((c) => !matched.has(c) && sameNumber(q, c) === true);
    if (twin) {
      matched.add(twin);
      if (!sameNumbers.includes(q.text)) sameNumbers.push(q.text);
    } else unmatched.push(q);
  }
  const rest = candidate.filter((c) => !matched.has(c));
  const numbersDiffer = unmatched.some((q) => rest.some((c) => sameNumber(q, c) === false && plausiblySame(q, c, query, candidate, related)));
  return { sameNumbers, numbersDiffer };
}

function plausiblySame(q: Quantity, c: Quantity, query: readonly Quantity[], candidate: readonly Quantity[], related: boolean): boolean {
  if (sharesContext(q, c)) return true;
  if (!related || q.kind === 'number' || q.kind === 'ordinal') return false;
  const only = (list: readonly Quantity[]) => list.filter((x) => x.kind === q.kind).length === 1;
  return only(query) && only(candidate);
}
