/**
 * Usage: npm run --silent bench:quality [-- --write] [-- --json]
 * Measures how well the extraction engine reads articles it was not written against: the
 * labelled set in tests/extraction-eval (articles/ and one labels/<article>.json each).
 *
 * Per article and overall:
 * - precision and recall of `suggested` against tier 'check' (a 'maybe' sentence counts in
 *   neither: suggesting it is not wrong, leaving it out is not a miss);
 * - ranking AUC: the chance that a random 'check' sentence scores above a random 'no' one
 *   (ties count half);
 * - speaker accuracy over every labelled sentence (the label is a canonical speaker or null);
 *   names compare after normalising both sides (see normaliseSpeaker): case, punctuation, a
 *   leading article and leading titles or honorifics are ignored, nothing else, so "Mr Xi"
 *   does not match "Xi Jinping": coreference has to give the canonical name;
 * - flag recall: of the labelled unverified and disputed flags, the share the engine sets
 *   (flag precision is printed beside it, as false flags matter too).
 *
 * --write replaces the section of docs/benchmarks.md between <!-- quality:start --> and
 * <!-- quality:end --> with the figures ("after"), keeping the "before" table already there.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle, EXTRACTOR_VERSION, type ExtractedClaim } from '../lib/extraction';

const ROOT = path.join(__dirname, '..');
const EVAL = path.join(ROOT, 'tests', 'extraction-eval');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const START = '<!-- quality:start -->';
const END = '<!-- quality:end -->';
const BEFORE_START = '<!-- quality:before:start -->';
const BEFORE_END = '<!-- quality:before:end -->';

type Tier = 'check' | 'maybe' | 'no';
type Label = { find: string; tier: Tier; speaker: string | null; unverified: boolean; disputed: boolean };
/** heldOut: written and labelled after the first set (14–15 after extractor 2.0.0, 16–18 before the 2.2.0 changes), to see how rules carry over. */
type LabelFile = { article: string; heldOut?: boolean; sentences: Label[] };

/** One labelled sentence beside what the engine made of it (null: no claim covers it). */
type Pair = { label: Label; claim: ExtractedClaim | null };

type Counts = {
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
  checkScores: number[];
  noScores: number[];
  speakerRight: number;
  flagsLabelled: number;
  flagsFound: number;
  flagsSet: number;
  flagsSetRight: number;
  misses: string[];
};

// Leading words that say who someone is rather than which one: dropped before comparing.
const TITLE_WORDS = new Set(
  'the a an mr mrs ms miss dr prof professor sir dame lord lady sen senator rep gov governor councillor state city'.split(' '),
);

/** Lower case, no punctuation, no leading article, title or honorific; "Prof. Ian Moss" → "ian moss". */
export function normaliseSpeaker(s: string | null): string | null {
  if (s === null) return null;
  const words = s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && TITLE_WORDS.has(words[0] ?? '')) words.shift();
  return words.join(' ') || null;
}

function pairUp(file: LabelFile): Pair[] {
  const raw = readFileSync(path.join(EVAL, 'articles', file.article), 'utf8');
  const result = extractArticle(raw);
  return file.sentences.map((label) => {
    const at = result.text.indexOf(label.find);
    if (at < 0) throw new Error(`${file.article}: "${label.find}" is not in the extracted text`);
    if (result.text.indexOf(label.find, at + 1) >= 0) throw new Error(`${file.article}: "${label.find}" is not unique`);
    const claim = result.claims.find((c) => c.start <= at && at < c.end) ?? null;
    return { label, claim };
  });
}

function count(pairs: Pair[]): Counts {
  const c: Counts = {
    sentences: pairs.length,
    tp: 0,
    fp: 0,
    fn: 0,
    checkScores: [],
    noScores: [],
    speakerRight: 0,
    flagsLabelled: 0,
    flagsFound: 0,
    flagsSet: 0,
    flagsSetRight: 0,
    misses: [],
  };
  for (const { label, claim } of pairs) {
    const suggested = claim?.suggested ?? false;
    const score = claim?.score ?? 0;
    if (label.tier === 'check') {
      c.checkScores.push(score);
      if (suggested) c.tp++;
      else c.fn++;
    } else if (label.tier === 'no') {
      c.noScores.push(score);
      if (suggested) c.fp++;
    }
    const got = normaliseSpeaker(claim?.speaker ?? null);
    if (got === normaliseSpeaker(label.speaker)) c.speakerRight++;
    else c.misses.push(`speaker: "${label.find}" want ${label.speaker} got ${claim?.speaker ?? null}`);
    for (const flag of ['unverified', 'disputed'] as const) {
      const set = claim?.flags[flag] ?? false;
      if (label[flag]) c.flagsLabelled++;
      if (label[flag] && set) c.flagsFound++;
      if (set) c.flagsSet++;
      if (set && label[flag]) c.flagsSetRight++;
      if (label[flag] !== set) c.misses.push(`${flag}: "${label.find}" want ${label[flag]} got ${set}`);
    }
  }
  return c;
}

function merge(all: Counts[]): Counts {
  const out = count([]);
  for (const c of all) {
    for (const k of ['sentences', 'tp', 'fp', 'fn', 'speakerRight', 'flagsLabelled', 'flagsFound', 'flagsSet', 'flagsSetRight'] as const)
      out[k] += c[k];
    out.checkScores.push(...c.checkScores);
    out.noScores.push(...c.noScores);
    out.misses.push(...c.misses);
  }
  return out;
}

/** Mann–Whitney AUC; O(n·m), fine for a few hundred sentences. */
function auc(pos: number[], neg: number[]): number | null {
  if (!pos.length || !neg.length) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const ratio = (a: number, b: number): number | null => (b ? a / b : null);
const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(2));

function row(name: string, c: Counts): string {
  const cells = [
    name,
    String(c.sentences),
    fmt(ratio(c.tp, c.tp + c.fp)),
    fmt(ratio(c.tp, c.tp + c.fn)),
    fmt(auc(c.checkScores, c.noScores)),
    fmt(ratio(c.speakerRight, c.sentences)),
    `${fmt(ratio(c.flagsFound, c.flagsLabelled))} (${c.flagsFound}/${c.flagsLabelled})`,
    fmt(ratio(c.flagsSetRight, c.flagsSet)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(rows: [string, Counts][]): string {
  const head = '| article | sentences | precision | recall | AUC | speaker acc. | flag recall | flag precision |';
  return [head, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows.map(([n, c]) => row(n, c))].join('\n');
}

function writeDoc(report: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md has no ${START} … ${END} section`);
  const inside = doc.slice(a + START.length, b);
  const bs = inside.indexOf(BEFORE_START);
  const be = inside.indexOf(BEFORE_END);
  const before = bs >= 0 && be > bs ? inside.slice(bs, be + BEFORE_END.length) : '';
  const body = `\n${report}\n${before ? `\n${before}\n` : ''}`;
  writeFileSync(DOC, doc.slice(0, a + START.length) + body + doc.slice(b));
}

function main(argv: string[]): void {
  const files = readdirSync(path.join(EVAL, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const labelled = files.map((f) => JSON.parse(readFileSync(path.join(EVAL, 'labels', f), 'utf8')) as LabelFile);
  const rows: [string, Counts][] = labelled.map((l) => [l.heldOut ? `${l.article} (held out)` : l.article, count(pairUp(l))]);
  const overall = merge(rows.map(([, c]) => c));
  const heldOut = rows.filter((_, i) => labelled[i]?.heldOut);
  const summary: [string, Counts][] = [['**overall**', overall]];
  if (heldOut.length) {
    summary.push(['set written first', merge(rows.filter((_, i) => !labelled[i]?.heldOut).map(([, c]) => c))]);
    summary.push([
      `held out (${heldOut.length} articles written after the first set, each before the engine changes it was written to test)`,
      merge(heldOut.map(([, c]) => c)),
    ]);
  }
  const report = [
    `After (\`npm run bench:quality\`, ${EXTRACTOR_VERSION}, ${files.length} articles, ${overall.sentences} labelled sentences):`,
    '',
    table([...rows, ...summary]),
  ].join('\n');
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ overall, rows }, null, 2)}\n`);
  else process.stdout.write(`${report}\n`);
  if (argv.includes('--misses')) process.stdout.write(`\n${overall.misses.join('\n')}\n`);
  if (argv.includes('--write')) writeDoc(report);
}

main(process.argv.slice(2));
