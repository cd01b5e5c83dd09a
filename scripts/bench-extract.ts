/**
 * Usage: npm run bench:extract [-- --json] [-- --against <dir>]
 * Measures the extraction engine on one corpus in one run: full-extraction throughput, the
 * seed article's median time, bare Intl.Segmenter sentence splitting over the same
 * paragraphs as a reference, and how cost grows from 1x to 10x input.
 *
 * "Worst shapes" (issue 9 item 1): inputs that once made extraction quadratic or worse (unclosed
 * tags, runs of punctuation or spaces, …), each 1,000,000 characters long, beside a plain article
 * of the same size timed in the same run; ratio = shape median / plain median.
 *
 * --against <dir> also times another copy of the engine (a directory like lib/extraction, for
 * instance with one optimisation taken out), alternating with this one run by run in the same
 * process, so that whatever else loads the machine weighs on both alike. It reports both
 * medians and the median of the per-run ratios: the figure that says whether an optimisation
 * earns its keep (docs/benchmarks.md keeps those above 10%).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle, EXTRACTOR_VERSION } from '../lib/extraction';

const FIXTURES = path.join(__dirname, '..', 'tests', 'unit', 'extraction', 'fixtures');
const SEED = '000_7be9921b059e64ef.txt';
// Plain-text house styles only: mixing in HTML would switch the whole corpus to HTML rules.
const CORPUS_PARTS = [SEED, 'wire.txt', 'quotes.txt'];
const MIN_CORPUS_BYTES = 2 * 1024 * 1024;

const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
};
function time(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function medianTime(runs: number, f: () => void): number {
  return median(Array.from({ length: runs }, () => time(f)));
}

function buildCorpus(minBytes: number): string {
  // Drop the importer's date header: one header per article, not one per repetition.
  const unit = CORPUS_PARTS.map((n) =>
    read(n)
      .replace(/^\s*date\s+\S+\s+/, '')
      .trim(),
  ).join('\n\n');
  const copies = Math.ceil(minBytes / bytes(unit));
  return Array.from({ length: copies }, () => unit).join('\n\n');
}

const SHAPE_CHARS = 1_000_000;
const SHAPE_RUNS = 5;
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** The worst input shapes found for issue 9 (tests/unit/extraction/linearity.test.ts has them all). */
const WORST_SHAPES: Record<string, (n: number) => string> = {
  "'<b>' x N, never closed": (n) => fill('<b>', n),
  "'<span>Word ' x N": (n) => fill('<span>Word ', n),
  "'<div>' x N, then text": (n) => fill('<div>', n / 2) + fill('Prices rose. ', n / 2),
  '\'<a href="/x"><b>Word \' x N': (n) => fill('<a href="/x"><b>Word ', n),
  "'<' x N": (n) => fill('<', n),
  "'.!?' x N, then a letter": (n) => `${fill('.!?', n - 1)}x`,
  "' ' x N, then a letter": (n) => `${fill(' ', n - 1)}x`,
  "'abcdefghij' x N (no whitespace)": (n) => fill('abcdefghij', n),
  "'1,' x N": (n) => fill('1,', n),
  "'A.\\n\\n' x N (tiny paragraphs)": (n) => fill('A.\n\n', n),
};

type Spread = { medianMs: number; minMs: number; maxMs: number };
function spread(runs: number, f: () => void): Spread {
  const ts = Array.from({ length: runs }, () => time(f));
  return { medianMs: round(median(ts)), minMs: round(Math.min(...ts)), maxMs: round(Math.max(...ts)) };
}

/** Each worst shape at SHAPE_CHARS beside a plain article of the same size, all in this run. */
function worstShapes(corpus: string): { chars: number; runs: number; plain: Spread; shapes: ({ shape: string; ratio: number } & Spread)[] } {
  const plainText = corpus.slice(0, SHAPE_CHARS); // the corpus is 2 MB of plain articles
  extractArticle(plainText);
  const plain = spread(SHAPE_RUNS, () => extractArticle(plainText));
  const shapes = Object.entries(WORST_SHAPES).map(([shape, make]) => {
    const raw = make(SHAPE_CHARS);
    extractArticle(raw); // warm-up
    const s = spread(SHAPE_RUNS, () => extractArticle(raw));
    return { shape, ...s, ratio: round(s.medianMs / plain.medianMs) };
  });
  return { chars: SHAPE_CHARS, runs: SHAPE_RUNS, plain, shapes };
}

type Engine = { extractArticle: typeof extractArticle };

/** This tree's engine and the other one, alternating which goes first; medians and per-run ratio. */
function compare(corpus: string, other: Engine, runs: number): { thisMs: number; otherMs: number; ratio: number } {
  // The other engine gets as warm as this one is by now: JIT tiers and regex compilation.
  for (let i = 0; i < 5; i++) other.extractArticle(corpus);
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) mine.push(time(() => extractArticle(corpus)));
    theirs.push(time(() => other.extractArticle(corpus)));
    if (!(i % 2)) mine.push(time(() => extractArticle(corpus)));
  }
  return { thisMs: median(mine), otherMs: median(theirs), ratio: median(mine.map((t, i) => t / (theirs[i] as number))) };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const againstDir = process.argv[process.argv.indexOf('--against') + 1];
  const against = process.argv.includes('--against') && againstDir ? againstDir : null;
  const corpus = buildCorpus(MIN_CORPUS_BYTES);
  const corpusBytes = bytes(corpus);

  extractArticle(corpus); // warm-up: JIT and regex compilation
  let claims = 0;
  let text = '';
  const extractMs = medianTime(5, () => {
    const r = extractArticle(corpus);
    claims = r.claims.length;
    text = r.text;
  });

  const paragraphs = text.split('\n\n');
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let segments = 0;
  const segment = (): void => {
    segments = 0;
    for (const p of paragraphs) for (const _ of segmenter.segment(p)) segments++;
  };
  segment();
  const segmentMs = medianTime(5, segment);

  const seed = read(SEED);
  for (let i = 0; i < 50; i++) extractArticle(seed);
  const seedRuns = Array.from({ length: 500 }, () => time(() => extractArticle(seed)));

  const small = buildCorpus(MIN_CORPUS_BYTES / 8);
  const large = Array.from({ length: 10 }, () => small).join('\n\n');
  extractArticle(small);
  const smallMs = medianTime(5, () => extractArticle(small));
  const largeMs = medianTime(3, () => extractArticle(large));
  const worst = worstShapes(corpus);
  const vs = against ? { engine: against, runs: 21, ...compare(corpus, (await import(path.resolve(against, 'index.ts'))) as Engine, 21) } : null;

  const mb = corpusBytes / 1e6;
  const out = {
    extractorVersion: EXTRACTOR_VERSION,
    machine: `${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}, Node ${process.version}`,
    corpus: { bytes: corpusBytes, sentences: claims, intlSegments: segments },
    extraction: { ms: round(extractMs), sentencesPerSec: Math.round(claims / (extractMs / 1000)), mbPerSec: round(mb / (extractMs / 1000)) },
    intlSegmenter: { ms: round(segmentMs), sentencesPerSec: Math.round(segments / (segmentMs / 1000)), mbPerSec: round(mb / (segmentMs / 1000)) },
    extractionVsSegmenter: round(segmentMs / extractMs, 3),
    seedArticle: { bytes: bytes(seed), medianMs: round(median(seedRuns), 3), p95Ms: round(percentile(seedRuns, 0.95), 3) },
    linearity: {
      smallBytes: bytes(small),
      smallMs: round(smallMs),
      largeBytes: bytes(large),
      largeMs: round(largeMs),
      ratio: round(largeMs / smallMs),
    },
    worstShapes: worst,
    against: vs && { engine: vs.engine, runs: vs.runs, thisMs: round(vs.thisMs), otherMs: round(vs.otherMs), medianRatio: round(vs.ratio, 3) },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = [
    `extractor ${out.extractorVersion} on ${out.machine}`,
    `corpus: ${(corpusBytes / 1e6).toFixed(2)} MB, ${claims} sentences extracted (Intl.Segmenter: ${segments})`,
    `full extraction: ${out.extraction.ms} ms -> ${out.extraction.sentencesPerSec} sentences/s, ${out.extraction.mbPerSec} MB/s`,
    `bare Intl.Segmenter (same paragraphs): ${out.intlSegmenter.ms} ms -> ${out.intlSegmenter.sentencesPerSec} sentences/s, ${out.intlSegmenter.mbPerSec} MB/s`,
    `extraction throughput / segmenter throughput: ${out.extractionVsSegmenter} (target >= 0.1)`,
    `seed article (${out.seedArticle.bytes} B): median ${out.seedArticle.medianMs} ms, p95 ${out.seedArticle.p95Ms} ms over 500 runs (target < 2 ms)`,
    `linearity: ${out.linearity.smallBytes} B in ${out.linearity.smallMs} ms, 10x (${out.linearity.largeBytes} B) in ${out.linearity.largeMs} ms -> ${out.linearity.ratio}x (target <= ~10x)`,
  ];
  const ms = (x: Spread): string => `${x.minMs}-${x.medianMs}-${x.maxMs} ms`;
  lines.push(`worst shapes at ${worst.chars} chars, min-median-max of ${worst.runs} runs; plain article: ${ms(worst.plain)}`);
  for (const w of worst.shapes) lines.push(`  ${w.shape.padEnd(36)} ${ms(w).padEnd(26)} ${w.ratio}x plain`);
  if (out.against) {
    const a = out.against;
    lines.push(`this tree vs ${a.engine}, alternating over ${a.runs} runs: ${a.thisMs} ms vs ${a.otherMs} ms, median ratio ${a.medianRatio}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
