/**
 * Usage: npm run bench:anchor [-- --runs 7] [-- --json]
 * Times the re-anchoring engine (lib/anchoring) on a generated ~1,000,000-character article
 * with 5,000 claims (whole sentences and runs of a few words) against three new versions:
 *   edited     realistic edits: sentences changed, removed, inserted and duplicated, words
 *              inserted and deleted, paragraphs moved;
 *   identical  the same text (the fast path);
 *   repeated   an article made of 40 sentences repeated over and over, edited the same way,
 *              so that almost no word is unique and most claims have hundreds of exact
 *              occurrences to weigh;
 *   rewritten  the worst case found: a new version that is another article altogether, so that
 *              every claim goes through every step (exact search, window, rare-word search) and
 *              ends orphaned.
 * Baselines timed in the same run: extractArticle on the old version, and a bare indexOf of
 * every claim's text in the new version (what a naive re-anchorer costs). Prints /proc/loadavg.
 * The generator is the property tests' (tests/unit/anchoring/generate.ts), so the benchmark's
 * articles are the kind whose answers the tests check.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { reanchor, type Anchor } from '../lib/anchoring';
import { extractArticle } from '../lib/extraction';
import { applyEdit, cloneDoc, type Doc, type EditKind, Generator, render, rng, spanOf, pickClaims } from '../tests/unit/anchoring/generate';

const TARGET_CHARS = 1_000_000;
const CLAIMS = 5000;

type Case = { name: string; oldText: string; newText: string; anchors: Anchor[] };

function grow(doc: Doc, make: () => Doc): void {
  while (render(doc).text.length < TARGET_CHARS) doc.push(...make());
}

/** Edits in the proportions of a heavily revised story: 1 in ~25 sentences touched. */
function edit(g: Generator, doc: Doc, claims: ReturnType<typeof pickClaims>): Doc {
  const next = cloneDoc(doc);
  const plan: [EditKind, number][] = [
    ['edit-number', 150],
    ['insert-word', 100],
    ['delete-word', 100],
    ['delete-sentence', 100],
    ['insert-sentence', 100],
    ['duplicate-sentence', 20],
    ['move-paragraph', 40],
  ];
  for (const [kind, n] of plan) for (let i = 0; i < n; i++) applyEdit(g, next, claims, kind);
  return next;
}

function buildCase(name: string, seed: number, make: (g: Generator) => Doc, editIt: boolean): Case {
  const g = new Generator(rng(seed));
  const doc = make(g);
  grow(doc, () => make(g));
  const all = pickClaims(g, doc, 0.3);
  const step = all.length / CLAIMS;
  const claims = Array.from({ length: CLAIMS }, (_, i) => all[Math.floor(i * step)] as (typeof all)[number]);
  const before = render(doc);
  const anchors = claims.map((c) => spanOf(before, c));
  const newText = editIt ? render(edit(g, doc, all)).text : before.text;
  return { name, oldText: before.text, newText, anchors };
}

function repeated(g: Generator): Doc {
  const pool = Array.from({ length: 40 }, () => g.sentence());
  return Array.from({ length: 200 }, () => Array.from({ length: 1 + g.int(4) }, () => g.copy(pool[g.int(pool.length)] as (typeof pool)[number])));
}

function time(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function stats(xs: number[]): { min: number; median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] as number, median: s[(s.length - 1) >> 1] as number, max: s[s.length - 1] as number };
}

const fmt = (x: { min: number; median: number; max: number }): string => `${x.min.toFixed(0)}–${x.median.toFixed(0)}–${x.max.toFixed(0)} ms`;

function main(argv: string[]): void {
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 7;
  const json = argv.includes('--json');
  const edited = buildCase('edited', 11, (g) => g.article(400), true);
  const rewritten = buildCase('rewritten', 13, (g) => g.article(400), false);
  const cases = [
    edited,
    { ...edited, name: 'identical', newText: edited.oldText },
    buildCase('repeated', 12, repeated, true),
    { ...edited, name: 'rewritten', newText: rewritten.oldText },
  ];
  const results: Record<string, unknown> = {};
  for (const c of cases) {
    const out = reanchor(c.oldText, c.newText, c.anchors); // warm-up, and the statuses to report
    const statuses: Record<string, number> = {};
    for (const r of out) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const ms = stats(Array.from({ length: runs }, () => time(() => reanchor(c.oldText, c.newText, c.anchors))));
    results[c.name] = { oldChars: c.oldText.length, newChars: c.newText.length, claims: c.anchors.length, ms, statuses };
  }
  extractArticle(edited.oldText);
  const extract = stats(Array.from({ length: runs }, () => time(() => extractArticle(edited.oldText))));
  const exacts = edited.anchors.map((a) => edited.oldText.slice(a.start, a.end));
  const naive = stats(Array.from({ length: Math.min(runs, 3) }, () => time(() => exacts.forEach((x) => edited.newText.indexOf(x)))));
  const load = readFileSync('/proc/loadavg', 'utf8').trim();
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cpus: os.cpus().length,
    runs,
    results,
    extract,
    naive,
    load,
  };
  if (json) return void console.log(JSON.stringify(report, null, 2));
  console.log(`re-anchoring, ${runs} runs each (min–median–max); ${report.cpu}, ${report.cpus} CPUs, Node ${report.node}, ${report.date}`);
  for (const [name, r] of Object.entries(results) as [
    string,
    { oldChars: number; claims: number; ms: ReturnType<typeof stats>; statuses: object },
  ][]) {
    const ratio = (r.ms.median / extract.median).toFixed(2);
    console.log(
      `  ${name.padEnd(10)} ${fmt(r.ms).padEnd(20)} ${r.oldChars} chars, ${r.claims} claims, ${ratio}x extraction  ${JSON.stringify(r.statuses)}`,
    );
  }
  console.log(`  baseline: extractArticle on the old version ${fmt(extract)}; bare indexOf of every claim ${fmt(naive)}`);
  console.log(`  /proc/loadavg: ${load}`);
}

main(process.argv.slice(2));
