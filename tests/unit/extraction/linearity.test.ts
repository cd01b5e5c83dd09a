import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extraction';
import { checkInvariants, readFixture, REFERENCE } from './helpers';

/**
 * Issue 9 item 1: extraction is linear in input size for every input shape, not only for
 * articles. Each pathological shape below is extracted at S and 4S characters; a linear engine
 * takes about 4x as long at 4S, a quadratic one 16x (unclosed '<b>' tags took 23x with the
 * HTML parser used before). The test allows 8x, and at 4S no shape may take more than 6x as
 * long as a plain article of the same size (tiny paragraphs excepted, see there).
 *
 * The issue asks for this guarantee, so it is a test and not only a benchmark. It measures CPU
 * time (process.cpuUsage), not wall time, and keeps the fastest of five runs: on a shared
 * machine other processes take the CPU away for a while, which inflates wall time and single
 * runs but not the minimum CPU time. Only ratios between minima measured in this one process
 * are compared, never absolute times, so a slower machine does not fail it. S is large enough
 * that both sizes pay for garbage collection alike (at 100,000 characters ratios up to 7.5x
 * came from that alone), and the code is warmed up before anything is timed.
 */
const S = 200_000;
const GROWTH = 4;
const MAX_GROWTH_RATIO = 8;
const MAX_VS_PLAIN = 6;
const RUNS = 5; // five, not three: one slow collection in the large run must not decide the ratio on a busy machine
/** Below this, the clock's resolution and a stray interrupt matter. */
const MIN_TIMED_MS = 20;

/** `unit` repeated to exactly n characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const PLAIN_UNIT = `${readFixture(REFERENCE).replace(/^\s*date \S+ /, '')}\n\n`;

/** Pieces of the shapes below, for the random mix. */
const MIX_PIECES = [
  '<b>',
  '<div>',
  '<span>Word ',
  '<',
  'abcdefghij',
  ' ',
  '.!?',
  'A.\n\n',
  '1,',
  '&amp;',
  '<p a=b a=b>',
  '<!-- x -->',
  '"',
  'Mr Aa Bb said ',
];

/** Small deterministic PRNG, so the mix is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs of randomly chosen pieces; the 4S input continues the S input's sequence. */
function randomMix(n: number): string {
  const next = rng(9);
  let out = '';
  while (out.length < n) {
    const piece = MIX_PIECES[Math.floor(next() * MIX_PIECES.length)] ?? '';
    out += piece.repeat(1 + Math.floor(next() * 3000));
  }
  return out.slice(0, n);
}

/** Each shape, made n characters long, and how many times a plain article's time it may take at 4S. */
const SHAPES: Record<string, { make: (n: number) => string; vsPlain?: number }> = {
  'unclosed inline tags': { make: (n) => fill('<b>', n) },
  'unclosed tags with text': { make: (n) => fill('<span>Word ', n) },
  'deeply nested block tags, then text': { make: (n) => fill('<div>', n / 2) + fill('Prices rose. ', n / 2) },
  'links inside unclosed tags': { make: (n) => fill('<a href="/x"><b>Word ', n) },
  "stray '<'": { make: (n) => fill('<', n) },
  'no whitespace at all': { make: (n) => fill('abcdefghij', n) },
  'a run of spaces': { make: (n) => `${fill(' ', n - 1)}x` },
  'one sentence as long as the input': { make: (n) => fill('the minister said prices rose 5 per cent and ', n) },
  'a run of punctuation, then a letter': { make: (n) => `${fill('.!?', n - 1)}x` },
  'a run of quotes': { make: (n) => fill('"', n) },
  // One claim per four characters: 40 times as many as in a plain article, each cheaper to
  // make, and 14 times as much output. Bounded by output, not by a bad rule.
  'many tiny paragraphs': { make: (n) => fill('A.\n\n', n), vsPlain: 25 },
  'a run of digits and commas': { make: (n) => fill('1,', n) },
  'a run of capitalised words': { make: (n) => fill('Aa ', n) },
  'a run of entities': { make: (n) => fill('&amp;', n) },
  'an unclosed comment': { make: (n) => `<!--${fill('- x ', n - 4)}` },
  'one tag with a long attribute list': { make: (n) => `<p${fill(' a=b', n - 2)}` },
  'a seeded random mix of these': { make: randomMix },
};

// V8's collector, callable without restarting the worker with --expose-gc.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * CPU milliseconds of `reps` extractions of raw, from a collected heap: otherwise a run may pay
 * for the garbage the run before it left (in one CI run the nested-tags shape measured 31.7 ms at
 * S and 311.8 ms at 4S, x9.8, where it measures x4.2–5.6 here).
 */
function cpuMs(raw: string, reps: number): number {
  collect();
  const t0 = process.cpuUsage();
  for (let j = 0; j < reps; j++) extractArticle(raw);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/**
 * The fastest of RUNS timings of one extraction at S and at 4S. The two sizes alternate, so
 * that both see the same JIT state; a shape that takes under MIN_TIMED_MS is timed several
 * times over. Its output is checked first, which also warms up the code it takes.
 */
function timeBothSizes(small: string, large: string): { smallMs: number; largeMs: number } {
  checkInvariants(extractArticle(small));
  const reps = Math.min(20, Math.max(1, Math.ceil(MIN_TIMED_MS / cpuMs(small, 1))));
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < RUNS; i++) {
    smallMs = Math.min(smallMs, cpuMs(small, reps) / reps);
    largeMs = Math.min(largeMs, cpuMs(large, reps) / reps);
  }
  return { smallMs, largeMs };
}

describe('extraction time grows linearly with input size, whatever the input', () => {
  let plain = { smallMs: 0, largeMs: 0 };

  beforeAll(() => {
    // Warm-up: until the JIT has compiled the pipeline, the first runs are several times slower.
    for (let i = 0; i < 5; i++) extractArticle(fill(PLAIN_UNIT, S));
    plain = timeBothSizes(fill(PLAIN_UNIT, S), fill(PLAIN_UNIT, GROWTH * S));
  }, 60_000);

  it('plain article: 4x the text takes at most 8x the time', () => {
    expect(plain.largeMs / plain.smallMs, `${plain.smallMs.toFixed(1)} ms, then ${plain.largeMs.toFixed(1)} ms`).toBeLessThanOrEqual(
      MAX_GROWTH_RATIO,
    );
  });

  for (const [shape, { make, vsPlain: maxVsPlain = MAX_VS_PLAIN }] of Object.entries(SHAPES)) {
    it(`${shape}: valid output, linear growth, within ${maxVsPlain}x of a plain article`, () => {
      const small = make(S);
      const large = make(GROWTH * S);
      expect(small.length).toBe(S);
      expect(large.length).toBe(GROWTH * S);
      const { smallMs, largeMs } = timeBothSizes(small, large);
      const growth = largeMs / smallMs;
      const vsPlain = largeMs / plain.largeMs;
      const figures = `${S} chars: ${smallMs.toFixed(1)} ms, ${GROWTH * S}: ${largeMs.toFixed(1)} ms (x${growth.toFixed(1)}); plain ${GROWTH * S}: ${plain.largeMs.toFixed(1)} ms (x${vsPlain.toFixed(1)})`;
      expect(growth, figures).toBeLessThanOrEqual(MAX_GROWTH_RATIO);
      expect(vsPlain, figures).toBeLessThanOrEqual(maxVsPlain);
    }, 60_000);
  }
});
