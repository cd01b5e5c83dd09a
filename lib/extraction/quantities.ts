import type { ExtractedQuantity, QuantityKind } from './types';
import type { Span } from './html';

/** Numbers, money, percentages, ordinals and dates: the parts of a sentence a checker can look up. */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';
const SCALE = '(?:\\s?(?:bn|mn|tn|m|k)\\b|\\s(?:thousand|million|billion|trillion)\\b)';
const UNIT_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions';

const PATTERNS: [QuantityKind, RegExp][] = [
  ['money', new RegExp(`(?:US|A|C|HK)?[$£€¥₹]\\s?${NUM}${SCALE}?|\\b${NUM}${SCALE}?\\s(?:dollars|euros|pounds|yuan|roubles|rubles|rupees|yen|dirhams|francs)\\b`, 'gi')],
  ['percent', new RegExp(`\\b${NUM}\\s?(?:%|per ?cent\\b|percent\\b|percentage points?\\b)`, 'gi')],
  ['date', new RegExp(`\\b${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s\\d{4}\\b)?|\\b\\d{1,2}\\s${MONTH}\\b(?:\\s\\d{4}\\b)?|\\b${MONTH}\\s\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b(?![\\d,.]*\\s?(?:%|people|troops|soldiers|km|miles|tonnes))|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\\b`, 'g')],
  ['ordinal', /\b\d+(?:st|nd|rd|th)\b/gi],
  ['number', new RegExp(`\\b${NUM}${SCALE}?|\\b(?:${UNIT_WORDS})(?:[\\s-](?:and\\s)?(?:${UNIT_WORDS}))*\\b`, 'gi')],
];

const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
};

export function findQuantities(text: string, span: Span): ExtractedQuantity[] {
  const s = text.slice(span.start, span.end);
  const found: ExtractedQuantity[] = [];
  const digits = /\d/.test(s);
  const dayName = s.includes('day');
  for (let k = 0; k < PATTERNS.length; k++) {
    const [kind, re] = PATTERNS[k] as [QuantityKind, RegExp];
    // Skip scans that cannot match: all but word numbers and weekdays need a digit.
    if (!digits && kind !== 'number' && !(kind === 'date' && dayName)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const q = m[0].replace(/\s+$/, '');
      // "the two leaders": a number word after "the" points back to actors already counted.
      if (kind === 'number' && /^[a-z]+$/i.test(q) && /\b(?:the|these|those|both)\s$/i.test(s.slice(Math.max(0, m.index - 7), m.index))) continue;
      found.push({ text: q, start: span.start + m.index, end: span.start + m.index + q.length, kind, value: valueOf(kind, q) });
    }
  }
  if (found.length < 2) return found;
  // Earlier patterns are more specific, so among overlapping matches keep the longest, then the first listed.
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
    const unit = WORD_VALUES[w];
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
