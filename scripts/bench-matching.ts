/**
 * Usage: npx tsx scripts/bench-matching.ts [--runs 15]
 * Times the "Checked before?" re-ranking (lib/matching) as the article workspace uses it: an
 * article of 30 sentences, each ranked against 200 candidates (what the database's trigram
 * prefilter would hand over). Prints min/median/max over the runs for:
 *   prepare   reading the features of 30 sentences and 6,000 candidates;
 *   rank      rankMatches of 30 sentences × 200 prepared candidates (the re-ranking itself);
 *   cold      both, from raw text (no features kept between calls);
 *   baseline  trigram similarity alone (what pg_trgm's similarity() computes) over the same 6,000
 *             pairs, in the same run: the cost of the cheapest ranking there is, for comparison.
 * Sentences and candidates come from templates with varied speakers, subjects, numbers and
 * years, so that many candidates share words, names or figures with the sentence.
 */
import os from 'node:os';
import { type MatchCandidate, prepare, rankMatches, trigramSimilarity } from '../lib/matching';

const SENTENCES = 30;
const CANDIDATES = 200;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const SPEAKERS = [
  'The minister',
  'Senator Mara Quist',
  'Mayor Ines Valdor',
  'The health agency',
  'Chief Constable Rowan Pike',
  'The Bank of England',
];
const SUBJECTS = [
  'unemployment',
  'inflation',
  'knife crime in London',
  'hospital waiting lists',
  'turnout',
  'carbon emissions',
  'average rents',
  'burglaries',
];
const VERBS = ['fell to', 'rose to', 'dropped to', 'increased to', 'reached', 'stood at'];
const UNITS = ['per cent', '%', ' million', ' people', ' billion euros'];
const WHEN = ['in March', 'last year', 'in 2023', 'in 2024', 'since 2019', 'in the year to June'];

let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pick = <T>(list: readonly T[]): T => list[rand(list.length)] as T;

function sentence(): string {
  const figure = `${rand(90) + 1}.${rand(10)}`;
  const unit = pick(UNITS);
  const amount = unit.startsWith(' ') ? `${figure}${unit}` : `${figure}${unit === '%' ? '%' : ` ${unit}`}`;
  const subject = pick(SUBJECTS);
  return rand(2) === 0
    ? `${pick(SPEAKERS)} said ${subject} ${pick(VERBS)} ${amount} ${pick(WHEN)}.`
    : `${subject[0]?.toUpperCase()}${subject.slice(1)} ${pick(VERBS)} ${amount} ${pick(WHEN)}, according to ${pick(SPEAKERS).toLowerCase()}.`;
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)] ?? 0;
  return `min ${(s[0] ?? 0).toFixed(1)} ms  median ${median.toFixed(1)} ms  max ${(s[s.length - 1] ?? 0).toFixed(1)} ms`;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const queries = Array.from({ length: SENTENCES }, sentence);
const pools: MatchCandidate[][] = queries.map((_, i) =>
  Array.from({ length: CANDIDATES }, (_, j) => ({ id: `${i}-${j}`, text: sentence(), ruled: rand(3) === 0 })),
);

let sink = 0;
const prepareMs: number[] = [];
const rankMs: number[] = [];
const coldMs: number[] = [];
const baselineMs: number[] = [];
// Run 0 warms the JIT and is not counted.
for (let run = -1; run < RUNS; run++) {
  let preparedQueries: ReturnType<typeof prepare>[] = [];
  let preparedPools: MatchCandidate[][] = [];
  const p = time(() => {
    preparedQueries = queries.map(prepare);
    preparedPools = pools.map((pool) => pool.map((c) => ({ ...c, prepared: prepare(c.text) })));
  });
  const r = time(() => {
    preparedQueries.forEach((q, i) => (sink += rankMatches(q, preparedPools[i] ?? [], { limit: 5 }).length));
  });
  const c = time(() => {
    queries.forEach((q, i) => (sink += rankMatches(q, pools[i] ?? [], { limit: 5 }).length));
  });
  const b = time(() => {
    queries.forEach((q, i) => (pools[i] ?? []).forEach((cand) => (sink += trigramSimilarity(q, cand.text) > 0.3 ? 1 : 0)));
  });
  if (run < 0) continue;
  baselineMs.push(b);
  prepareMs.push(p);
  rankMs.push(r);
  coldMs.push(c);
}

console.log(`bench-matching: ${SENTENCES} sentences × ${CANDIDATES} candidates, ${RUNS} runs, node ${process.version}, ${os.cpus().length} CPUs`);
console.log(
  `  loadavg ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(`  prepare (30 + 6,000 texts)   ${stats(prepareMs)}`);
console.log(`  rank (prepared, 6,000 pairs) ${stats(rankMs)}`);
console.log(`  cold (raw text, 6,000 pairs) ${stats(coldMs)}`);
console.log(`  baseline: trigrams only     ${stats(baselineMs)}`);
console.log(`  (matches returned: ${sink})`);
