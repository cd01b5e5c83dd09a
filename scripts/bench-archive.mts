// `npm run bench:archive`: search and "checked before?" at a million claims (issue 10).
// A throwaway embedded PostgreSQL gets BENCH_CLAIMS claims (default 1,000,000) in articles of 32
// (31,250 at a million), written in SQL from templates: ~60 subjects, ~40 verbs, figures with
// units, 300 places, months and years, ~3,300 people ("Firstname Lastname") and ~40 organisations
// as speakers, each list drawn with a skew so a few words are common and most are rare. Statuses
// in the mix imports leave (as bench:claims); proposals and rulings with explanations on the claims
// in review or ruled, a source on each ruled claim, notes on a few. The database's own triggers
// fill claim_search (per insert statement, in batches) and link claimants; the speakers' records
// are resolved once per name with the trigger's function (claimant_resolve) in order of first
// appearance and handed to the inserts, so the per-row trigger does not search them again.
// Then, BENCH_RUNS runs (default 30) after 2 warm-ups, min / median / p95 / max, each beside the
// same statement sent bare through the driver in the same run:
//  1. search (searchClaims): ~10 kinds of query, one with a second page;
//  2. match one sentence (matchClaims), 20 sentences; baseline: the candidate query alone;
//  3. "checked before?" for a 30-sentence article (matchSentences); baseline: the same;
//  4. table and index sizes.
// A case whose warm-up is slow gets fewer runs (BENCH_BUDGET_MS per case, default 60000); the
// tables say how many.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain .mjs helpers without type declarations
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
// @ts-expect-error plain .mjs helpers without type declarations
import { migrateDeploy } from './migrate.mjs';
import { loadLine, stats, type Stats } from './bench-stats.mts';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1000000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 60000);
const PER_ARTICLE = 32;
const ARTICLES = Math.ceil(CLAIMS / PER_ARTICLE);
const BATCH = 100000;
const PEOPLE = ['u_ed', 'u_j1', 'u_j2', 'u_j3', 'u_j4', 'u_j5', 'u_j6'];

export const SUBJECTS = [
  'unemployment', 'inflation', 'bus fares', 'hospital waiting lists', 'violent crime', 'house prices', 'carbon emissions',
  'troop numbers', 'exports', 'the national debt', 'child poverty', 'rents', 'energy bills', 'petrol prices', 'teacher numbers',
  'police numbers', 'GP appointments', 'knife crime', 'net migration', 'wages', 'the minimum wage', 'tax revenue', 'council tax',
  'business rates', 'food bank use', 'homelessness', 'rough sleeping', 'school funding', 'university fees', 'rail fares',
  'train cancellations', 'pothole repairs', 'recycling rates', 'air pollution', 'road deaths', 'ambulance response times',
  'cancer survival rates', 'life expectancy', 'obesity rates', 'youth unemployment', 'interest rates', 'mortgage rates',
  'the deficit', 'defence spending', 'foreign aid', 'wind power output', 'solar capacity', 'coal imports', 'gas imports',
  'broadband coverage', 'housebuilding', 'social housing waiting lists', 'prison numbers', 'reoffending rates', 'drug deaths',
  'apprenticeships', 'nurse vacancies', 'water leaks', 'sewage spills', 'fuel duty',
]; // prettier-ignore
export const VERBS = [
  'rose by', 'fell by', 'doubled to', 'halved to', 'reached', 'dropped to', 'climbed to', 'increased by', 'decreased by',
  'went up by', 'went down by', 'tripled to', 'hit a record', 'stood at', 'grew by', 'shrank by', 'jumped by', 'plunged by',
  'soared to', 'slumped to', 'was cut by', 'was raised by', 'peaked at', 'bottomed out at', 'more than doubled to',
  'nearly halved to', 'rose sharply to', 'fell sharply to', 'edged up to', 'edged down to', 'remained at', 'recovered to',
  'surged by', 'slipped to', 'totalled', 'exceeded', 'topped', 'fell below', 'rose above', 'was',
]; // prettier-ignore
const UNITS = ['per cent', 'million', 'billion', 'people', 'thousand', 'million pounds', 'cases', 'a year'];
const PLACE_START = [
  'Ash', 'Brook', 'Elm', 'Oak', 'Stone', 'Wood', 'Market', 'King', 'Queen', 'Bridge', 'Mill', 'Church', 'Castle', 'North', 'South',
  'East', 'West', 'Red', 'Black', 'White', 'Green', 'Long', 'High', 'Far', 'New', 'Old', 'Fair', 'Bright', 'Cold', 'Wells',
]; // prettier-ignore
const PLACE_END = ['ford', 'ton', 'ham', 'bury', 'field', 'wick', 'mouth', 'dale', 'port', 'ley'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Sarah', 'William', 'Karen', 'Richard',
  'Nancy', 'Joseph', 'Lisa', 'Thomas', 'Margaret', 'Daniel', 'Sandra', 'Paul', 'Ashley', 'Mark', 'Emily', 'Steven', 'Michelle',
  'Andrew', 'Amanda', 'Kenneth', 'Melissa', 'Kevin', 'Rebecca', 'Brian', 'Laura', 'Omar', 'Aisha', 'Rajesh', 'Priya', 'Wei',
  'Mei', 'Kwame', 'Ama', 'Luca', 'Giulia', 'Mateo', 'Sofia', 'Olga', 'Ivan', 'Fatima', 'Yusuf', 'Ingrid', 'Lars', 'Chloe',
  'Hugo', 'Zainab', 'Tariq', 'Niamh', 'Declan', 'Rhiannon', 'Callum',
]; // prettier-ignore
const LAST = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson',
  'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Khan', 'Ahmed', 'Singh', 'Nowak',
  'Kowalski', 'Rossi', 'Garcia', 'Martinez', 'Okafor', 'Mensah', 'Chen', 'Wang', 'Kim', 'Nguyen', 'Murphy', 'Kelly', 'Byrne',
  'Campbell', 'Stewart', 'MacDonald', 'Hughes', 'Lloyd', 'Price', 'Morgan', 'Fischer', 'Schmidt', 'Dubois', 'Moreau', 'Larsen',
  'Hansen', 'Silva', 'Santos', 'Ivanova', 'Haddad',
]; // prettier-ignore
const ORGS = [
  'the Ministry of Health', 'the Treasury', 'the Home Office', 'the Office for National Statistics', 'the Bank of England',
  'the Department for Education', 'the Ministry of Defence', 'the Department for Transport', 'the Environment Agency',
  'the Met Office', 'the National Audit Office', 'the Institute for Fiscal Studies', 'the Resolution Foundation',
  'the Trussell Trust', 'Shelter', 'the Royal College of Nursing', 'the British Medical Association', 'the Police Federation',
  'the Confederation of British Industry', 'the Trades Union Congress', 'the Federation of Small Businesses',
  'the Local Government Association', 'the Green Party', 'the Labour Party', 'the Conservative Party', 'the Liberal Democrats',
  'Reform UK', 'Greenpeace', 'Friends of the Earth', 'Oxfam', 'Save the Children', 'the Taxpayers Alliance', 'Full Fact',
  'the Office for Budget Responsibility', 'the Climate Change Committee', 'Ofgem', 'Ofwat', 'Ofsted', 'NHS England',
  'the Care Quality Commission',
]; // prettier-ignore
const PUBLISHERS = [
  'The Daily Courier',
  'Morning Post',
  'The Evening Standard-Bearer',
  'Northern Echo Online',
  'City Herald',
  'The Observer Weekly',
  'Radio Five News',
  'The Gazette',
  'Channel 9 News',
  'The Chronicle',
  'Westminster Bulletin',
  'Local Democracy Wire',
];

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
/** 1-based index into a list of n, skewed towards its start (power > 1: a few common, most rare). */
const skew = (n: number, power: number) => `(1 + floor(${n} * power(random(), ${power})))::int`;

export async function seed(db: PrismaClient) {
  const step = async (label: string, sql: string) => {
    const s = Date.now();
    const n = await db.$executeRawUnsafe(sql);
    console.log(`  ${label}: ${n} rows, ${((Date.now() - s) / 1000).toFixed(1)} s`);
  };
  await db.$executeRawUnsafe(`INSERT INTO users (id, email, name, role, password_hash, updated_at)
    SELECT id, id || '@bench', 'Person ' || id, (CASE WHEN id = 'u_ed' THEN 'editor' ELSE 'journalist' END)::"Role", 'x', now()
    FROM unnest(${arr(PEOPLE)}) id`);
  const place = (i: string) =>
    `(${arr(PLACE_START)})[1 + (${i} - 1) % ${PLACE_START.length}] || (${arr(PLACE_END)})[1 + ((${i} - 1) / ${PLACE_START.length}) % ${PLACE_END.length}]`;
  const cap = (s: string) => `upper(left(${s}, 1)) || substr(${s}, 2)`;
  const places = PLACE_START.length * PLACE_END.length;
  // Every claim's words, picked in SQL; the article's text is its claims' sentences in order.
  await step(
    'templates → bench_gen',
    `CREATE UNLOGGED TABLE bench_gen AS
    WITH r AS (
      SELECT g, (g - 1) / ${PER_ARTICLE} + 1 AS art, (g - 1) % ${PER_ARTICLE} + 1 AS num,
        (${arr(SUBJECTS)})[${skew(SUBJECTS.length, 2)}] AS subj,
        (${arr(VERBS)})[${skew(VERBS.length, 1.5)}] AS verb,
        ${skew(places, 2.5)} AS pi, ${skew(places, 1.2)} AS pi2,
        (${arr(UNITS)})[1 + floor(random() * ${UNITS.length})::int] AS unit,
        (${arr(MONTHS)})[1 + floor(random() * 12)::int] AS month,
        2008 + floor(random() * 19)::int AS yr, 2 + floor(random() * 12)::int AS span,
        1 + floor(random() * 8)::int AS tpl, random() AS sp,
        (${arr(FIRST)})[${skew(FIRST.length, 1.6)}] || ' ' || (${arr(LAST)})[${skew(LAST.length, 1.4)}] AS person,
        (${arr(ORGS)})[${skew(ORGS.length, 2)}] AS org,
        CASE WHEN random() < 0.5 THEN floor(random() * 100)::text ELSE round((random() * 20)::numeric, 1)::text END AS x,
        (10 + floor(random() * 990))::int AS x2, random() AS st
      FROM generate_series(1, ${CLAIMS}) g
    ), s AS (
      SELECT r.*, ${place('pi')} AS place, ${place('pi2')} AS place2,
        CASE WHEN sp < 0.6 THEN person WHEN sp < 0.85 THEN org END AS claimant,
        CASE WHEN sp < 0.6 THEN 'person' WHEN sp < 0.85 THEN 'organisation' END::"ClaimantType" AS claimant_type
      FROM r
    )
    SELECT g, art, num, subj, place, claimant, claimant_type, st,
      CASE tpl
        WHEN 1 THEN ${cap('subj')} || ' in ' || place || ' ' || verb || ' ' || x || ' ' || unit || ' in ' || yr || '.'
        WHEN 2 THEN coalesce(claimant, 'Officials') || ' said ' || subj || ' ' || verb || ' ' || x || ' ' || unit || ' between ' || (yr - span) || ' and ' || yr || '.'
        WHEN 3 THEN 'Since ' || month || ' ' || yr || ', ' || subj || ' in ' || place || ' ' || verb || ' ' || x || ' ' || unit || '.'
        WHEN 4 THEN 'According to ' || coalesce(claimant, 'officials') || ', ' || subj || ' ' || verb || ' ' || x || ' ' || unit || ' last year, the highest since ' || yr || '.'
        WHEN 5 THEN place || ' spent ' || x2 || ' million pounds on ' || subj || ' in ' || yr || ', ' || coalesce(claimant, 'the council') || ' claimed.'
        WHEN 6 THEN ${cap("coalesce(claimant, 'a spokesman')")} || ' told reporters in ' || place || ' that ' || subj || ' ' || verb || ' ' || x || ' ' || unit || ' in ' || month || '.'
        WHEN 7 THEN 'There are now ' || x2 || ' thousand people affected by ' || subj || ' in ' || place || ', up from ' || (x2 / 2) || ' thousand in ' || yr || '.'
        ELSE ${cap('subj')} || ' ' || verb || ' ' || x || ' ' || unit || ' across ' || place || ' and ' || place2 || ' over the past ' || span || ' years.'
      END AS text
    FROM s`,
  );
  await db.$executeRawUnsafe(`ALTER TABLE bench_gen ADD PRIMARY KEY (g)`);
  // Offsets: the article's text is its sentences joined by one space, so claims never overlap.
  await step(
    'offsets',
    `CREATE UNLOGGED TABLE bench_pos AS
     SELECT g, (sum(char_length(text) + 1) OVER (PARTITION BY art ORDER BY num) - char_length(text) - 1)::int AS start FROM bench_gen`,
  );
  await db.$executeRawUnsafe(`ALTER TABLE bench_pos ADD PRIMARY KEY (g)`);
  await step(
    'articles',
    `INSERT INTO articles (id, title, publisher, published_at, raw_input, plain_text, text_hash, imported_by_id, claim_seq, created_at, updated_at)
    SELECT 'a' || art, ${cap('min(subj)')} || ' in ' || min(place) || ': ' || (ARRAY['what the figures say','the claims checked','fact or fiction?','the numbers behind the row','a closer look'])[1 + art % 5],
      (${arr(PUBLISHERS)})[1 + floor(random() * ${PUBLISHERS.length})::int], date '2012-01-01' + (random() * 5400)::int,
      'x', string_agg(text, ' ' ORDER BY num), md5(string_agg(text, ' ' ORDER BY num)), 'u_j' || (1 + art % 6), max(num), now(), now()
    FROM bench_gen GROUP BY art`,
  );
  // Speakers resolved once per name, in order of first appearance, by the trigger's own function.
  await step(
    'claimants (claimant_resolve per distinct name)',
    `CREATE UNLOGGED TABLE bench_names AS
     SELECT claimant, claimant_type, claimant_resolve(claimant, claimant_type, NULL) AS claimant_id
     FROM (SELECT claimant, claimant_type, min(g) AS first FROM bench_gen WHERE claimant IS NOT NULL GROUP BY 1, 2 ORDER BY first) f`,
  );
  // Status mix as bench:claims: 60% suggested, 15% dismissed, 10% open, 7% researching, 3% in review, 5% ruled.
  for (let lo = 1; lo <= CLAIMS; lo += BATCH) {
    const hi = Math.min(CLAIMS, lo + BATCH - 1);
    await step(
      `claims ${lo}–${hi} (claim_search by the insert trigger)`,
      `INSERT INTO claims (id, article_id, number, start, "end", text, claimant, claimant_type, claimant_id, score, status, assignee_id, recommended, updated_at, created_at)
      SELECT 'c' || g.g, 'a' || g.art, g.num, p.start, p.start + char_length(g.text), g.text, g.claimant, g.claimant_type, n.claimant_id, random(),
        (CASE WHEN st < 0.60 THEN 'suggested' WHEN st < 0.75 THEN 'dismissed' WHEN st < 0.85 THEN 'open'
              WHEN st < 0.92 THEN 'researching' WHEN st < 0.95 THEN 'in_review' ELSE 'ruled' END)::"ClaimStatus",
        CASE WHEN st >= 0.85 THEN (${arr(PEOPLE)})[1 + floor(random() * ${PEOPLE.length})::int] END, random() < 0.5,
        now() - (random() * interval '365 days'), now()
      FROM bench_gen g JOIN bench_pos p ON p.g = g.g LEFT JOIN bench_names n ON n.claimant = g.claimant AND n.claimant_type = g.claimant_type
      WHERE g.g BETWEEN ${lo} AND ${hi}`,
    );
  }
  const RATINGS = `(ARRAY['true','mostly_true','mixed','misleading','mostly_false','false','unverified'])[1 + floor(random() * 7)::int]::"Rating"`;
  const explanation = `(ARRAY['The official figures','Data from the statistics office','The council''s own accounts','Published records','The latest survey'])[1 + floor(random() * 5)::int]
    || ' for ' || g.place || ' show ' || g.subj || ' ' || (ARRAY['did not change much','moved the other way','changed by far less','changed by about that much','are measured differently'])[1 + floor(random() * 5)::int]
    || ' over the period ' || coalesce(g.claimant, 'the speaker') || ' described.'`;
  // The verdict triggers keep claims.latest_* and the claim's search document in step, per row.
  await step(
    'proposals (in review, ruled)',
    `INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id, created_at)
    SELECT 'vp' || c.id, c.id, 'proposed', ${RATINGS}, ${explanation}, true, c.assignee_id, now() - interval '1 hour'
    FROM claims c JOIN bench_gen g ON 'c' || g.g = c.id WHERE c.status IN ('in_review', 'ruled')`,
  );
  await step(
    'rulings',
    `INSERT INTO verdicts (id, claim_id, kind, rating, explanation, attribution_confirmed, by_id)
    SELECT 'vr' || c.id, c.id, 'ruled', ${RATINGS}, ${explanation}, true, 'u_ed'
    FROM claims c JOIN bench_gen g ON 'c' || g.g = c.id WHERE c.status = 'ruled'`,
  );
  await step(
    'sources (one per ruled claim)',
    `INSERT INTO sources (id, claim_id, url, title, publisher, type, stance, excerpt, added_by_id, updated_at)
    SELECT 's' || c.id, c.id, 'https://stats.example.org/' || replace(g.subj, ' ', '-') || '/' || g.g,
      ${cap('g.subj')} || ' in ' || g.place || ', annual tables', (${arr(ORGS.slice(0, 12))})[1 + floor(random() * 12)::int],
      'dataset', (ARRAY['supports','contradicts','context'])[1 + floor(random() * 3)::int]::"Stance",
      'Table 4: ' || g.subj || ' by area and year', c.assignee_id, now()
    FROM claims c JOIN bench_gen g ON 'c' || g.g = c.id WHERE c.status = 'ruled'`,
  );
  await step(
    'notes (a third of the claims in the workflow)',
    `INSERT INTO notes (id, claim_id, author_id, body)
    SELECT 'n' || c.id, c.id, c.assignee_id,
      (ARRAY['Asked the press office for the underlying figures.','Check the base year: the series was revised.','Rang the council; waiting to hear back.','The speaker may mean the national figure, not the local one.'])[1 + floor(random() * 4)::int]
    FROM claims c WHERE c.assignee_id IS NOT NULL AND random() < 0.33`,
  );
  await db.$executeRawUnsafe('DROP TABLE bench_pos');
  const s = Date.now();
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  console.log(`  VACUUM ANALYZE: ${((Date.now() - s) / 1000).toFixed(1)} s`);
}

/** The trigger's work, checked on a sample: documents recomputed by claim_search_refresh and claimant links by alias key. */
async function checkSample(db: PrismaClient) {
  const [doc] = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE bench_before ON COMMIT DROP AS SELECT claim_id, document FROM claim_search WHERE claim_id IN (SELECT claim_id FROM claim_search TABLESAMPLE SYSTEM (1) LIMIT 1000)`,
    );
    await tx.$executeRawUnsafe(`SELECT claim_search_refresh(ARRAY(SELECT claim_id FROM bench_before))`);
    return tx.$queryRawUnsafe<{ n: number; same: number }[]>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE b.document = s.document)::int AS same FROM bench_before b JOIN claim_search s USING (claim_id)`,
    );
  }, LONG);
  const [missing] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_search s WHERE s.claim_id = c.id)`,
  );
  const [link] = await db.$queryRawUnsafe<{ n: number; same: number }[]>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE c.claimant_id IS NOT DISTINCT FROM
       (SELECT a.claimant_id FROM claimant_aliases a WHERE a.key = claimant_key(c.claimant, coalesce(c.claimant_type, 'person') = 'person')))::int AS same
     FROM (SELECT * FROM claims TABLESAMPLE SYSTEM (1) LIMIT 1000) c`,
  );
  console.log(
    `check: claim_search documents equal to claim_search_refresh's on ${doc?.same}/${doc?.n} sampled claims; ` +
      `claims without a document: ${missing?.n}; claimant links equal to the alias lookup on ${link?.same}/${link?.n} sampled claims`,
  );
}

/** The first error of a case, with how long the failing call took: the case stops there. */
type Failure = { ms: number; message: string };
let failure: Failure | null = null;

/**
 * RUNS runs after 2 warm-ups (1 when the first takes over a second); fewer (at least 3, or 1 when
 * a call takes over 30 s) when they would take more than BUDGET_MS. A call that throws ends the case: `failure` says why.
 */
async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  failure = null;
  const call = async () => {
    const s = performance.now();
    try {
      await fn();
    } catch (e) {
      failure = {
        ms: performance.now() - s,
        message:
          String((e as Error).message ?? e)
            .split('\n')
            .filter(Boolean)
            .pop() ?? '',
      };
      return null;
    }
    return performance.now() - s;
  };
  const first = await call();
  if (first === null) return [];
  let each = first;
  if (first < 1000) {
    const second = await call();
    if (second === null) return [];
    each = (first + second) / 2;
  }
  const n = Math.max(each > 30000 ? 1 : 3, Math.min(runs, Math.floor(BUDGET_MS / Math.max(each, 1))));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const ms = await call();
    if (ms === null) break;
    out.push(ms);
  }
  return out;
}

const fmt = (s: Stats) => `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}`;
/** The figures of a case, or how it failed (after how many good runs). */
const show = (xs: number[], f: Failure | null = failure) =>
  (xs.length ? fmt(stats(xs)) : '') + (f ? `${xs.length ? '; then ' : ''}**fails** after ${f.ms.toFixed(0)} ms: ${f.message.slice(0, 160)}` : '');
/** Long statements outside the data layer get time to finish (Prisma's default is 5 s). */
const LONG = { timeout: 600000, maxWait: 60000 };
const pick = <T,>(xs: readonly T[], i: number) => xs[((i % xs.length) + xs.length) % xs.length]!;

/** A small deterministic generator, so the sentences are the same in every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Paraphrase a claim: other words for the verbs and the attribution, the same figures. */
function paraphrase(t: string) {
  return t
    .replace(/\brose by\b/, 'increased by')
    .replace(/\bfell by\b/, 'went down by')
    .replace(/\bsaid\b/, 'claimed that')
    .replace(/^According to ([^,]+), (.*)\.$/, '$2, $1 said.')
    .replace(/\bin (\d{4})\b/, 'during $1')
    .replace(/\bThere are now\b/, 'Today there are')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Change the first figure of a sentence. */
const otherNumber = (t: string) => t.replace(/\b(?!(?:19|20)\d\d\b)\d+(\.\d)?\b/, (m) => String(Math.round(Number(m) * 1.7 + 3)));

function freshSentence(r: () => number) {
  const subj = pick(SUBJECTS, Math.floor(SUBJECTS.length * r() ** 2));
  const place = pick(PLACE_START, Math.floor(r() * 30)) + pick(PLACE_END, Math.floor(r() * 10));
  const speaker = `${pick(FIRST, Math.floor(r() * FIRST.length))} ${pick(LAST, Math.floor(r() * LAST.length))}`;
  const verb = pick(VERBS, Math.floor(r() * VERBS.length));
  const year = 2008 + Math.floor(r() * 19);
  return r() < 0.5
    ? `${speaker} said ${subj} in ${place} ${verb} ${Math.floor(r() * 100)} ${pick(UNITS, Math.floor(r() * UNITS.length))} in ${year}.`
    : `The council in ${place} says ${subj} ${verb} ${Math.floor(r() * 100)} per cent since ${year}, more than anywhere else.`;
}

/** Sentences to look up: claims the desk took up (as they are, paraphrased, with another figure) and new ones. */
function sentences(claims: string[], n: number, seed: number) {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = claims[i % claims.length]!;
    out.push([c, paraphrase(c), otherNumber(c), freshSentence(r)][i % 4]!);
  }
  return out;
}

/** lib/data/matching.ts's candidate statement, copied: what matchClaims/matchSentences send, without the re-ranking. */
const TAKEN_UP = ['open', 'researching', 'in_review', 'ruled'];
function candidateSql(texts: string[]) {
  return Prisma.sql`
    SELECT q.i, c.*
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS q(t, i)
    CROSS JOIN LATERAL (
      SELECT c.id, c.text, c.claimant, c.number, a.id AS article_id, a.title AS article_title, c.latest_rating::text AS latest_rating,
             (SELECT max(v.created_at) FROM verdicts v WHERE v.claim_id = c.id AND v.kind = 'ruled') AS ruled_at,
             f.slug, (f.status = 'published') AS published, c.included
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN fact_checks f ON f.article_id = a.id
      WHERE c.text % q.t
        AND c.status IN (${Prisma.join(TAKEN_UP.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
      ORDER BY similarity(c.text, q.t) DESC, c.id
      LIMIT 200
    ) c`;
}

async function main() {
  let port = 54400;
  while (await portInUse(port)) port++;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-archive-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, persistent: false, quiet: true });
  try {
    await pg.createDatabase('bench');
    process.env.DATABASE_URL = pg.url('bench');
    await migrateDeploy(process.env.DATABASE_URL);
    const { db } = await import('@/lib/db');
    const { searchClaims } = await import('@/lib/data/search');
    const { searchPageSql, searchCountSql } = await import('@/lib/data/search-sql');
    const { ZSearchQuerySchema, parseSearch } = await import('@/lib/validation/search');
    const { matchClaims, matchSentences } = await import('@/lib/data/matching');

    console.log(`bench:archive: ${CLAIMS} claims in ${ARTICLES} articles of ${PER_ARTICLE}; ${loadLine()}`);
    const t0 = Date.now();
    await seed(db);
    const genSeconds = (Date.now() - t0) / 1000;
    const [counts] = await db.$queryRawUnsafe<Record<string, number>[]>(`SELECT
      (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM claim_search) AS documents, (SELECT count(*)::int FROM claimants) AS claimants,
      (SELECT count(*)::int FROM verdicts) AS verdicts, (SELECT count(*)::int FROM sources) AS sources, (SELECT count(*)::int FROM notes) AS notes,
      (SELECT count(DISTINCT claimant)::int FROM claims) AS speakers`);
    console.log(`generated in ${genSeconds.toFixed(0)} s: ${JSON.stringify(counts)}; ${loadLine()}`);
    await checkSample(db);

    // The speaker with the most claims, for the claimant search and filter.
    const [top] = await db.$queryRawUnsafe<{ id: string; name: string; n: number }[]>(
      `SELECT r.id, r.name, count(*)::int AS n FROM claims c JOIN claimants r ON r.id = c.claimant_id WHERE r.type = 'person' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    const [rare] = await db.$queryRawUnsafe<{ place: string }[]>(`SELECT place FROM bench_gen GROUP BY place ORDER BY count(*), place LIMIT 1`);
    const actor = 'u_j1';
    type Q = { label: string; input: Record<string, string> };
    const queries: Q[] = [
      { label: 'common word (~12% of claims): said', input: { q: 'said' } },
      { label: '~14% of claims: unemployment', input: { q: 'unemployment' } },
      { label: `rare word (rarest place): ${rare?.place}`, input: { q: rare?.place ?? 'Wellsley' } },
      { label: 'two words: inflation Ashford', input: { q: 'inflation Ashford' } },
      { label: 'phrase: "hospital waiting lists"', input: { q: '"hospital waiting lists"' } },
      { label: 'prefix: infla*', input: { q: 'infla*' } },
      { label: `claimant's name: ${top?.name}`, input: { q: top?.name ?? 'James Smith' } },
      { label: 'inflation + status=ruled + rating=false', input: { q: 'inflation', status: 'ruled', rating: 'false_' } },
      { label: `rates + claimant filter (${top?.name})`, input: { q: 'rates', claimant: top?.id ?? '' } },
      { label: 'exports OR imports -coal', input: { q: 'exports OR imports -coal' } },
      { label: 'misspelled: hosiptal (fuzzy)', input: { q: 'hosiptal' } },
      { label: 'misspelled name: Jonhson (fuzzy)', input: { q: 'Jonhson' } },
    ];

    // 1. Search.
    console.log(`\n### Search (searchClaims), ${RUNS} runs after 2 warm-ups, ms min / median / p95 / max; ${loadLine()}`);
    console.log('| query | matches | mode | n | `searchClaims` | page SQL, bare | count SQL, bare |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const all: number[] = [];
    const bareAll: number[] = [];
    let slowest: { label: string; p95: number; sql: Prisma.Sql; fuzzy: boolean } | null = null;
    const cases: (Q & { page2?: boolean })[] = [...queries, { label: 'page 2 (cursor) of: unemployment', input: { q: 'unemployment' }, page2: true }];
    for (const c of cases) {
      let input: Record<string, string> = c.input;
      if (c.page2) {
        const first = await searchClaims(actor, c.input);
        input = { ...c.input, cursor: first.nextCursor ?? '' };
      }
      const page = await searchClaims(actor, input);
      const times = await time(() => searchClaims(actor, input));
      const failed = failure;
      const q = ZSearchQuerySchema.parse(input);
      const terms = parseSearch(q.q);
      const fuzzy = page.mode === 'fuzzy';
      const filters = fuzzy
        ? {
            ...q,
            q: terms
              .filter((t) => !t.not)
              .map((t) => t.text)
              .join(' '),
          }
        : q;
      const pageSql = searchPageSql(page.mode, filters, terms, actor);
      const countSql = searchCountSql(page.mode, filters, terms, actor);
      // Fuzzy statements need their similarity threshold, as the data layer sets it.
      const bare = (sql: Prisma.Sql) => () =>
        fuzzy
          ? db.$transaction(async (tx) => {
              await tx.$executeRawUnsafe(`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
              return tx.$queryRaw(sql);
            }, LONG)
          : db.$queryRaw(sql);
      const bp = await time(bare(pageSql));
      const bpFailed = failure;
      const bc = c.page2 ? null : await time(bare(countSql));
      const bcFailed = failure;
      const st = times.length ? stats(times) : { min: 0, median: 0, p95: Infinity, max: 0 };
      if (!c.page2) {
        all.push(...times);
        bareAll.push(...bp);
      }
      if (!slowest || st.p95 > slowest.p95) slowest = { label: c.label, p95: st.p95, sql: pageSql, fuzzy };
      const matches = page.counts.more ? `> ${page.counts.total}` : String(page.counts.total);
      console.log(
        `| ${c.label} | ${c.page2 ? '—' : matches} | ${page.mode} | ${times.length} | ${show(times, failed)} | ${show(bp, bpFailed)} | ${bc ? show(bc, bcFailed) : '—'} |`,
      );
    }
    const sa = all.length ? stats(all) : { min: 0, median: Infinity, p95: Infinity, max: 0 };
    console.log(`| **all first pages** | | | ${all.length} | ${fmt(sa)} | ${show(bareAll, null)} | |`);
    console.log(
      `search overall: p50 ${sa.median.toFixed(1)} ms, p95 ${sa.p95.toFixed(1)} ms (goal p95 < 100 ms: ${sa.p95 < 100 ? 'met' : 'NOT met'})`,
    );
    const [share] = await db.$queryRawUnsafe<{ said: number; unemployment: number; n: number }[]>(
      `SELECT count(*) FILTER (WHERE document @@ plainto_tsquery('english', 'said'))::int AS said,
              count(*) FILTER (WHERE document @@ plainto_tsquery('english', 'unemployment'))::int AS unemployment, count(*)::int AS n FROM claim_search`,
    );
    console.log(`documents matching: said ${share?.said}, unemployment ${share?.unemployment} of ${share?.n}`);

    // 2 and 3. "Checked before?"
    const taken = await db.$queryRawUnsafe<{ text: string }[]>(
      `SELECT text FROM claims WHERE status IN ('open', 'researching', 'in_review', 'ruled') ORDER BY md5(id) LIMIT 40`,
    );
    const one = sentences(
      taken.map((t) => t.text),
      20,
      7,
    );
    const candidates = (texts: string[]) =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)`);
        return tx.$queryRaw<unknown[]>(candidateSql(texts));
      }, LONG);
    console.log(`\n### Match one sentence (matchClaims), ms min / median / p95 / max; ${loadLine()}`);
    console.log('| sentence | candidates | matches | n | `matchClaims` | candidate SQL, bare |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const oneAll: number[] = [];
    const oneBare: number[] = [];
    let slowOne = { text: '', p95: 0 };
    for (const [i, text] of one.entries()) {
      const m = await matchClaims(actor, { text }).catch(() => null);
      const cand = (await candidates([text])).length;
      const times = await time(() => matchClaims(actor, { text }));
      const failed = failure;
      const bare = await time(() => candidates([text]));
      oneAll.push(...times);
      oneBare.push(...bare);
      const p95 = failed ? Infinity : stats(times).p95;
      if (p95 > slowOne.p95) slowOne = { text, p95 };
      const kind = ['as claimed', 'paraphrased', 'other figure', 'new'][i % 4];
      console.log(`| ${kind}: ${text} | ${cand} | ${m ? m.matches.length : '—'} | ${times.length} | ${show(times, failed)} | ${show(bare)} |`);
    }
    if (oneAll.length) {
      const so = stats(oneAll);
      console.log(`| **all** | | | ${oneAll.length} | ${fmt(so)} | ${show(oneBare, null)} |`);
      console.log(
        `match one sentence: p50 ${so.median.toFixed(1)} ms, p95 ${so.p95.toFixed(1)} ms (goal p95 < 50 ms: ${so.p95 < 50 ? 'met' : 'NOT met'})`,
      );
    } else console.log('match one sentence: every call failed (goal p95 < 50 ms: NOT met)');

    const article = sentences(taken.map((t) => t.text).reverse(), 30, 11);
    const res = await matchSentences(actor, article, null).catch(() => null);
    const whole = await time(() => matchSentences(actor, article, null));
    const wholeFailed = failure;
    const wholeBare = await time(() => candidates(article));
    const sw = whole.length ? stats(whole) : { min: 0, median: Infinity, p95: Infinity, max: 0 };
    console.log(`\n### "Checked before?" for a 30-sentence article (matchSentences), ms min / median / p95 / max; ${loadLine()}`);
    console.log('| article | sentences with a match | n | `matchSentences` | candidate SQL, bare |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(
      `| 30 sentences | ${res ? res.filter((r) => r.length > 0).length : '—'} | ${whole.length} | ${show(whole, wholeFailed)} | ${show(wholeBare)} |`,
    );
    console.log(
      wholeFailed
        ? `checked before, 30 sentences: fails (goal p95 < 300 ms: NOT met)`
        : `checked before, 30 sentences: p50 ${sw.median.toFixed(1)} ms, p95 ${sw.p95.toFixed(1)} ms (goal p95 < 300 ms: ${sw.p95 < 300 ? 'met' : 'NOT met'})`,
    );

    // 4. Sizes.
    const tables = await db.$queryRawUnsafe<{ name: string; heap: string; indexes: string; total: string }[]>(
      `SELECT relname AS name, pg_size_pretty(pg_relation_size(relid)) AS heap, pg_size_pretty(pg_indexes_size(relid)) AS indexes,
              pg_size_pretty(pg_total_relation_size(relid)) AS total
       FROM pg_stat_user_tables WHERE relname IN ('claims', 'claim_search', 'claimants', 'claimant_aliases', 'articles', 'verdicts', 'sources', 'notes')
       ORDER BY pg_total_relation_size(relid) DESC`,
    );
    console.log(`\n### Sizes\n| table | heap | indexes | total (with TOAST) |\n| --- | --- | --- | --- |`);
    for (const t of tables) console.log(`| ${t.name} | ${t.heap} | ${t.indexes} | ${t.total} |`);
    const idx = await db.$queryRawUnsafe<{ tbl: string; name: string; size: string }[]>(
      `SELECT relname AS tbl, indexrelname AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size FROM pg_stat_user_indexes
       WHERE relname IN ('claims', 'claim_search', 'claimants', 'claimant_aliases') ORDER BY relname, pg_relation_size(indexrelid) DESC`,
    );
    console.log(`\n| table | index | size |\n| --- | --- | --- |`);
    for (const i of idx) console.log(`| ${i.tbl} | ${i.name} | ${i.size} |`);

    // The plans of the slowest ones, for the record.
    const explain = async (label: string, sql: Prisma.Sql, setting: string | null) => {
      const rows = await db.$transaction(async (tx) => {
        if (setting) await tx.$executeRawUnsafe(setting);
        return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values);
      }, LONG);
      console.log(`\n#### EXPLAIN (ANALYZE, BUFFERS): ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    };
    if (process.env.BENCH_EXPLAIN !== '0') {
      if (slowest)
        await explain(
          `slowest search: ${slowest.label}`,
          slowest.sql,
          slowest.fuzzy ? `SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)` : null,
        );
      const trgm = `SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)`;
      await explain(`slowest single sentence: ${slowOne.text}`, candidateSql([slowOne.text]), trgm);
      await explain('30-sentence article', candidateSql(article), trgm);
    }
    console.log(`\ndone; ${loadLine()}`);
    await db.$disconnect();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-archive.mts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
