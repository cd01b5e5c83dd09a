/**
 * Part of step 6, caveats: a rebuttal by figures. "The union said the line had failed four times.
 * The operator said it had failed once." A later sentence from someone else that gives a different
 * value for the same kind of quantity, about the same thing, disputes the earlier claim. Kept
 * conservative: a wrong "disputed" on a real claim costs more than a missed one.
 */
import type { Attribution } from './attribution';
import { COST_WORDS, FIGURE_STOP_WORDS, FREQUENCY_WORDS, LAST_PERIODS, MONTH_PATTERN, NUMBER_WORDS, SCALE_WORDS, THIS_PERIODS } from './lexicon';
import { anyOf } from './regex';
import type { Span } from './html';
import type { ExtractedQuantity } from './types';

/** How far back a rebuttal looks, in sentences; the claim must also be in its paragraph or the one before. */
const LOOK_BACK = 3;
/** How many words either side of a figure say what it counts. */
const NEAR = 6;

interface Figure {
  /** What is counted: "money:£", "percent", "number:office", "number:time". */
  unit: string;
  value: number;
  /** Stems of the content words just before and just after the figure. */
  before: Set<string>;
  after: Set<string>;
  /** Capitalised words near the figure other than the speaker's: where or whom it is about ("in Ashby"). */
  names: Set<string>;
}

interface Reading {
  figures: Figure[];
  /** Years, months and "last year"-style periods the sentence names, lower-cased. */
  periods: Set<string>;
}

const YEAR_RE = /^(?:1[5-9]\d\d|20\d\d)s?,?$/;
const PERIOD_RE = new RegExp(
  `\\b(?:(?:last|this|next|previous)\\s+(?:${anyOf([...LAST_PERIODS, ...THIS_PERIODS, 'quarter', 'decade'])})` +
    `|(?:first|second|third|fourth)\\s+quarter)\\b`,
  'gi',
);
// Years and months, case-sensitive: "May", not "may".
const DATE_RE = new RegExp(`\\b(?:(?:1[5-9]\\d\\d|20\\d\\d)s?|${MONTH_PATTERN})\\b`, 'g');
const FREQUENCY_RE = new RegExp(`\\b(?:${anyOf(Object.keys(FREQUENCY_WORDS))})\\b`, 'gi');
const WORD_RE = /[\p{L}'’]+/gu;
// A sentence with none of these has no figure with a value (read() would find none): most
// sentences, which are then never read. The same outcome, a fraction of the work.
const MAY_COUNT = new RegExp(
  `\\d|\\b(?:${anyOf([...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(FREQUENCY_WORDS)])})\\b`,
  'i',
);
// Words after a number that do not name what it counts ("four of the", "30 and").
const UNIT_BREAKS = new Set(['and', 'the', 'for', 'per', 'but', 'out', 'who', 'was', 'are', 'had', 'has', 'not']);

/** "changed", "change" and "changes" share a stem; so do all the words that name a cost. */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return COST_WORDS.has(w) ? 'cost' : w.replace(/s$/, '').slice(0, 5);
}

const PERIOD_WORDS = new Set([...LAST_PERIODS, ...THIS_PERIODS].flatMap((w) => [w, `${w}s`]).concat(['last', 'next', 'previous']));
const isContent = (w: string): boolean => w.length >= 4 && /^\p{Ll}/u.test(w) && !FIGURE_STOP_WORDS.has(w) && !PERIOD_WORDS.has(w);

/** Content-word stems and names within NEAR words either side of [start, end) in `s`, not reaching past `from` or `to`. */
function nearStems(s: string, from: number, start: number, end: number, to: number, speaker: Set<string>): Omit<Figure, 'unit' | 'value'> {
  const stems = (ws: string[]): Set<string> => new Set(ws.filter((w) => isContent(w) && !speaker.has(w)).map(stem));
  const words = s.slice(from, start).match(WORD_RE) ?? [];
  // The sentence's first word is capitalised as such ("Fares rose 12%"), not as a name; a label ("OKAFOR:") ends before it.
  if (/^\W*(?:\p{Lu}+:\s*)?$/u.test(s.slice(0, from)) && words[0]) words[0] = words[0].toLowerCase();
  const before = words.slice(-NEAR);
  const after = (s.slice(end, to).match(WORD_RE) ?? []).slice(0, NEAR);
  const names = [...before, ...after].filter((w) => /^\p{Lu}/u.test(w) && !speaker.has(w.toLowerCase()));
  return { before: stems(before), after: stems(after), names: new Set(names) };
}

/** What a figure counts: its currency, per cent, or the word after it ("30 offices"); null when unclear. */
function unitOf(q: ExtractedQuantity, s: string): string | null {
  // Money in one currency: "£", "US$", or the name after the figure ("300 million euros").
  if (q.kind === 'money') return `money:${q.text.replace(/[\d.,\s].*$/, '') || stem(q.text.split(/\s+/).pop() ?? '')}`;
  if (q.kind === 'percent') return 'percent';
  if (q.kind !== 'number' || q.value === null || YEAR_RE.test(q.text)) return null;
  const next = /^\s+(\p{Ll}{3,})/u.exec(s.slice(q.end))?.[1];
  return next && !FIGURE_STOP_WORDS.has(next) && !UNIT_BREAKS.has(next) ? `number:${stem(next)}` : null;
}

// A clause ends at a comma, colon, dash or bracket, or before "but", "and", "while".
const BREAK_ONE_RE = /[,;:()–—]|\s(?:but|and|while|whereas)\s/;
const BREAK_RE = new RegExp(BREAK_ONE_RE.source, 'g');
/** Where the clause holding `end` starts, not before `from`. */
function lastBreak(s: string, from: number, end: number): number {
  let at = from;
  for (const m of s.slice(from, end).matchAll(BREAK_RE)) at = from + m.index + m[0].length;
  return at;
}
/** Where the clause holding `start` ends, not after `to`. */
function firstBreak(s: string, start: number, to: number): number {
  const at = s.slice(start, to).search(BREAK_ONE_RE);
  return at < 0 ? to : start + at;
}

/** The figures of a sentence with what they count, and the periods it names; `speaker` holds the words naming who said it. */
function read(s: string, speaker: Set<string>, quantities: ExtractedQuantity[]): Reading {
  const periods = new Set([...(s.match(PERIOD_RE) ?? []), ...(s.match(DATE_RE) ?? [])].map((p) => p.toLowerCase().replace(/\s+/g, ' ')));
  const found: { q: ExtractedQuantity; unit: string | null }[] = quantities.map((q) => ({ q, unit: unitOf(q, s) }));
  // "once", "twice": counts of times that the quantity step does not read.
  for (const m of s.matchAll(FREQUENCY_RE)) {
    const q: ExtractedQuantity = {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      kind: 'number',
      value: FREQUENCY_WORDS[m[0].toLowerCase()] ?? null,
    };
    found.push({ q, unit: `number:${stem('times')}` });
  }
  found.sort((a, b) => a.q.start - b.q.start);
  const figures: Figure[] = [];
  // Each figure's words stay in its clause and stop at its neighbours: "spent £2m on salaries but £640,000 on …".
  found.forEach(({ q, unit }, k) => {
    if (unit === null || q.value === null) return;
    const from = lastBreak(s, found[k - 1]?.q.end ?? 0, q.start);
    const to = firstBreak(s, q.end, found[k + 1]?.q.start ?? s.length);
    figures.push({ unit, value: q.value, ...nearStems(s, from, q.start, q.end, to, speaker) });
  });
  return { figures, periods };
}

/** How one side of two figures compares: a shared word; each with a word the other lacks; or neither. */
function compareSide(x: Set<string>, y: Set<string>, unitStem: string | undefined): 'shared' | 'clash' | 'none' {
  const xs = [...x].filter((w) => w !== unitStem);
  const ys = [...y].filter((w) => w !== unitStem);
  if (xs.some((w) => !y.has(w)) && ys.some((w) => !x.has(w))) return 'clash';
  return xs.some((w) => y.has(w)) ? 'shared' : 'none';
}

/**
 * Two figures count the same thing about the same subject: the same unit, a word they share on the
 * same side ("failed four times" … "failed once"; "cost £40m" … "the overrun is £26m"), and on
 * neither side words that differ ("the bridge closed six times" … "the tunnel closed twice").
 */
function sameThing(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false;
  // "40 homes flooded in Ashby" … "25 homes flooded in Corran": named places or people that differ are different things.
  if (a.names.size && b.names.size && ![...a.names].some((n) => b.names.has(n))) return false;
  const unitStem = a.unit.split(':')[1];
  const sides = [compareSide(a.before, b.before, unitStem), compareSide(a.after, b.after, unitStem)];
  return sides.includes('shared') && !sides.includes('clash');
}

/** `later` gives a different figure for what `earlier` counts, for the same period, and agrees on none. */
function contradicts(earlier: Reading, later: Reading): boolean {
  if (earlier.periods.size && later.periods.size && ![...earlier.periods].some((p) => later.periods.has(p))) return false;
  let differs = false;
  for (const a of earlier.figures) {
    for (const b of later.figures) {
      if (!sameThing(a, b)) continue;
      if (a.value === b.value) return false;
      differs = true;
    }
  }
  return differs;
}

/** The words that name who said a sentence, lower-cased: they say nothing about what a figure counts. */
const speakerWords = (a: Attribution | undefined): Set<string> =>
  new Set(`${a?.speaker ?? ''} ${a?.mention ?? ''}`.toLowerCase().match(WORD_RE) ?? []);

/**
 * For each sentence, the index of the earlier claim whose figure it contradicts, or -1. Only
 * attributed, non-question sentences by two different speakers count, close together.
 */
export function figureDisputes(input: {
  sentences: string[];
  attrs: Attribution[];
  paras: number[];
  meta: boolean[];
  spans: Span[];
  /** Each sentence's quantities (step 7), with offsets into the article's text. */
  quantities: ExtractedQuantity[][];
}): number[] {
  const { sentences, attrs, paras, meta, spans, quantities } = input;
  const readings = new Map<number, Reading>();
  const readingOf = (i: number): Reading => {
    let r = readings.get(i);
    if (!r) {
      const at = spans[i]?.start ?? 0;
      const own = (quantities[i] ?? []).map((q) => ({ ...q, start: q.start - at, end: q.end - at }));
      readings.set(i, (r = read(sentences[i] ?? '', speakerWords(attrs[i]), own)));
    }
    return r;
  };
  const eligible = (i: number): boolean =>
    !meta[i] && !!attrs[i]?.speaker && !/\?\W*$/.test(sentences[i] ?? '') && MAY_COUNT.test(sentences[i] ?? '');
  return sentences.map((_, i) => {
    if (!eligible(i)) return -1;
    const speaker = attrs[i]?.speaker?.toLowerCase();
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK && (paras[j] ?? 0) >= (paras[i] ?? 0) - 1; j--) {
      if (!eligible(j) || attrs[j]?.speaker?.toLowerCase() === speaker) continue;
      if (contradicts(readingOf(j), readingOf(i))) return j;
    }
    return -1;
  });
}
