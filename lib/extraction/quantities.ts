/**
 * Step 7, quantities: numbers, money, percentages, ordinals and dates, the parts of a sentence
 * a checker can look up. Values are filled in only where they can be read unambiguously.
 */
import type { Span } from './html';
import {
  BACK_POINTERS,
  COUNTED_UNITS,
  CURRENCY_NAMES,
  CURRENCY_PREFIXES,
  CURRENCY_SYMBOLS,
  MONTH_PATTERN,
  NUMBER_WORDS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './lexicon';
import { allMatches, anyOf } from './regex';
import type { ExtractedQuantity, QuantityKind } from './types';

const MULTIPLIERS: Readonly<Record<string, number>> = { ...SCALE_WORDS, ...SCALE_ABBREVIATIONS };
const LARGE_SCALES = Object.keys(SCALE_WORDS).filter((w) => (SCALE_WORDS[w] ?? 0) >= 1000);
const COUNT_WORD = anyOf([...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...VAGUE_COUNTS]);

const MONTH = `(?:${MONTH_PATTERN})`;
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';
// Where a figure that needs a word after it may start: a digit at a word boundary, but not one
// that follows such a digit of the same run ("1,000" is tried once, from the 1). A later start
// could only fail where the first one failed, and trying them all re-read a run like '1,1,1,…'
// from each of its digits: quadratic in the length of the sentence.
const FIGURE_START = '\\b(?<!(?:^|\\W)\\d+,+)';
// "3.5bn", "2 million": a scale right after a figure.
const SCALE = `(?:\\s?${anyOf(Object.keys(SCALE_ABBREVIATIONS))}\\b|\\s${anyOf(LARGE_SCALES)}\\b)`;
const MONEY = [
  `${anyOf(CURRENCY_PREFIXES)}?${anyOf(CURRENCY_SYMBOLS)}\\s?${NUM}${SCALE}?`, // US$3.5bn, £40 million
  `${FIGURE_START}${NUM}${SCALE}?\\s${anyOf(CURRENCY_NAMES)}\\b`, // 300 million euros
].join('|');
const PERCENT = `${FIGURE_START}${NUM}\\s?(?:%|per ?cent\\b|percent\\b|percentage points?\\b)`;
const DATE = [
  `\\b${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s\\d{4}\\b)?`, // Jan. 14, 2024
  `\\b\\d{1,2}\\s${MONTH}\\b(?:\\s\\d{4}\\b)?`, // 14 January 2024
  `\\b${MONTH}\\s\\d{4}\\b`, // March 2024
  '\\b\\d{4}-\\d{2}-\\d{2}\\b', // 2024-01-14
  // A year or decade, unless what follows shows it is a count ("1500 troops").
  `\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b(?![\\d,.]*\\s?(?:%|${anyOf(COUNTED_UNITS)}))`,
  `\\b${anyOf(WEEKDAYS)}(?:'s)?\\b`,
].join('|');
const NUMBER = `\\b${NUM}${SCALE}?|\\b${COUNT_WORD}(?:[\\s-](?:and\\s)?${COUNT_WORD})*\\b`;

// Earlier patterns are more specific: among overlapping matches the first listed wins a tie.
const PATTERNS: [QuantityKind, RegExp][] = [
  ['money', new RegExp(MONEY, 'gi')],
  ['percent', new RegExp(PERCENT, 'gi')],
  ['date', new RegExp(DATE, 'g')],
  ['ordinal', /\b\d+(?:st|nd|rd|th)\b/gi],
  ['number', new RegExp(NUMBER, 'gi')],
];
const BACK_POINTER_RE = new RegExp(`\\b${anyOf(BACK_POINTERS)}\\s$`, 'i');

export function findQuantities(text: string, span: Span): ExtractedQuantity[] {
  const s = text.slice(span.start, span.end);
  const found: ExtractedQuantity[] = [];
  const digits = /\d/.test(s);
  const dayName = s.includes('day');
  for (const [kind, re] of PATTERNS) {
    // Skip scans that cannot match: all but word numbers and weekdays need a digit.
    if (!digits && kind !== 'number' && !(kind === 'date' && dayName)) continue;
    for (const m of allMatches(re, s)) {
      const q = m[0].replace(/\s+$/, '');
      if (kind === 'number' && /^[a-z]+$/i.test(q) && BACK_POINTER_RE.test(s.slice(Math.max(0, m.index - 7), m.index))) continue;
      found.push({ text: q, start: span.start + m.index, end: span.start + m.index + q.length, kind, value: valueOf(kind, q) });
    }
  }
  // Among overlapping matches keep the longest, then the first listed (sort is stable).
  found.sort(byPosition);
  const out: ExtractedQuantity[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}

const byPosition = (a: ExtractedQuantity, b: ExtractedQuantity): number => a.start - b.start || b.end - a.end;

function valueOf(kind: QuantityKind, q: string): number | null {
  if (kind === 'date') return null;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(q);
  const words = q.toLowerCase().match(/[a-z]+/g) ?? [];
  if (digits) {
    const n = Number(digits[0].replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    const scale = words.map((w) => MULTIPLIERS[w]).find((x) => x !== undefined);
    return kind === 'ordinal' || kind === 'percent' || !scale ? n : n * scale;
  }
  // Plural scale words ("dozens", "millions") are vague on purpose; give them no value.
  if (words.some((w) => /s$/.test(w) && MULTIPLIERS[w.slice(0, -1)] !== undefined)) return null;
  let total = 0;
  let current = 0;
  for (const w of words) {
    const unit = NUMBER_WORDS[w];
    const mult = MULTIPLIERS[w];
    if (unit !== undefined) current += unit;
    else if (mult !== undefined) {
      current = (current || 1) * mult;
      if (mult >= 1000) {
        total += current;
        current = 0;
      }
    }
  }
  const v = total + current;
  return v > 0 ? v : null;
}
