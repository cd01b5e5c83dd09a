// `npm run bench:archive`: search and "checked before?" at a million claims (issue 10).
// A throwaway embedded PostgreSQL gets BENCH_CLAIMS claims (default 1,000,000) in articles of 32
// (31,250 at a million), written in SQL from templates: ~60 subjects, ~40 verbs, figures with
// units, 300 places, months and years, ~3,300 people ("Firstname Lastname") and ~40 organisations
// as speakers, each list drawn with a skew so a few words are common and most are rare. Statuses
// in the mix imports leave (as bench:claims); proposals and rulings with explanations on the claims
// in review or ruled, a source on each ruled claim, notes on a few. Loaded as a bulk load should
// be: the written tables' secondary indexes and foreign keys dropped and rebuilt after (same
// definitions, larger maintenance_work_mem), the latest-verdict and search-document triggers off
// and their work done set-based in one statement each, checked against the triggers' own lookups.
// The speakers' records are resolved once per name with the claimant trigger's function
// (claimant_resolve) in order of first appearance and handed to the inserts.
// Then, BENCH_RUNS runs (default 30) after 2 warm-ups, min / median / p95 / max, each beside the
// same statement sent bare through the driver in the same run:
//  1. search (searchClaims): ~10 kinds of query, one with a second page; baseline: its page
//     statement (which counts the matches too, on a first page);
//  2. match one sentence (matchClaims), 20 sentences, with where the claim each restates (as
//     claimed, paraphrased, with another figure) is among its matches (the first two kinds must
//     be); baselines: its first two statements alone
//     (the sentence's rarest words from pg_stats, then matching.ts's own candidatesSql; the third,
//     the details of the few matches kept, is not in them);
//  3. "checked before?" for a 30-sentence article (matchSentences); baselines: the same two statements for each chunk
//     of CHUNK sentences, LANES chunks at a time, as matchSentences sends them, and the candidate
//     statement without the pool's tiers (what they cost); then the same article
//     while 2,000 claims taken up since the last VACUUM are in the index (uncommitted, rolled back);
//     and the candidates' recall: for BENCH_RECALL taken-up claims (default 200), as claimed,
//     paraphrased and with another figure, whether the claim is among the sentence's candidates
//     (and without the pool's tiers);
//  4. table and index sizes.
// A case whose warm-up is slow gets fewer runs (BENCH_BUDGET_MS per case, default 60000); the
// tables say how many. BENCH_DATA_DIR=<dir> keeps the cluster there: the first run generates
// it, later runs reuse it (applying new migrations, then VACUUM ANALYZE) and skip generation.
import { mkdtempSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
import { migrateDeploy } from './migrate.mjs';
import { loadLine, stats, type Stats } from './bench-stats.mts';
import { Prisma } from '@/lib/generated/prisma/client';
import type { db as client } from '@/lib/db';

/** The data layer's client (imported once the database is up). */
type Db = typeof client;

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1000000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 60000);
const PER_ARTICLE = 32;
const ARTICLES = Math.ceil(CLAIMS / PER_ARTICLE);
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

export async function seed(db: Db) {
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
  // Bulk load: the secondary indexes, exclusion and foreign-key constraints of the tables written
  // here go first and come back after (with their definitions as the database has them), and the
  // triggers that would refresh the latest verdict and the search documents per row or per
  // statement are off; both are filled afterwards in one statement each.
  const restore = await unloadForBulk(db);
  // Status mix as bench:claims: 60% suggested, 15% dismissed, 10% open, 7% researching, 3% in review, 5% ruled.
  await step(
    `claims (one statement; numbering and claimant triggers on, search trigger off)`,
    `INSERT INTO claims (id, article_id, number, start, "end", text, claimant, claimant_type, claimant_id, score, status, assignee_id, recommended, updated_at, created_at)
    SELECT 'c' || g.g, 'a' || g.art, g.num, p.start, p.start + char_length(g.text), g.text, g.claimant, g.claimant_type, n.claimant_id, random(),
      (CASE WHEN st < 0.60 THEN 'suggested' WHEN st < 0.75 THEN 'dismissed' WHEN st < 0.85 THEN 'open'
            WHEN st < 0.92 THEN 'researching' WHEN st < 0.95 THEN 'in_review' ELSE 'ruled' END)::"ClaimStatus",
      CASE WHEN st >= 0.85 THEN (${arr(PEOPLE)})[1 + floor(random() * ${PEOPLE.length})::int] END, random() < 0.5,
      now() - (random() * interval '365 days'), now()
    FROM bench_gen g JOIN bench_pos p ON p.g = g.g LEFT JOIN bench_names n ON n.claimant = g.claimant AND n.claimant_type = g.claimant_type`,
  );
  const RATINGS = `(ARRAY['true','mostly_true','mixed','misleading','mostly_false','false','unverified'])[1 + floor(random() * 7)::int]::"Rating"`;
  const explanation = `(ARRAY['The official figures','Data from the statistics office','The council''s own accounts','Published records','The latest survey'])[1 + floor(random() * 5)::int]
    || ' for ' || g.place || ' show ' || g.subj || ' ' || (ARRAY['did not change much','moved the other way','changed by far less','changed by about that much','are measured differently'])[1 + floor(random() * 5)::int]
    || ' over the period ' || coalesce(g.claimant, 'the speaker') || ' described.'`;
  // Verdicts, sources and notes with their row triggers off: what they keep in step is filled below.
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
  // What verdicts_sync_latest_verdict keeps on each claim: its newest verdict (the migration's backfill).
  await step(
    'claims.latest_rating / latest_verdict_kind (one UPDATE)',
    `UPDATE claims c SET latest_rating = v.rating, latest_verdict_kind = v.kind
    FROM (SELECT DISTINCT ON (claim_id) claim_id, rating, kind FROM verdicts ORDER BY claim_id, created_at DESC, id DESC) v
    WHERE v.claim_id = c.id`,
  );
  // What claim_search_refresh (20261202170000) writes, for every claim at once. Parts are joined in
  // heap order (ctid), the order in which the function reads one claim's rows.
  await step(
    'claim_search documents (one INSERT)',
    `INSERT INTO claim_search (claim_id, document, status, own, taken_up, text, words_pending)
    WITH o AS (
      SELECT c.*, to_tsvector('english', c.text || ' ' || coalesce(c.claimant, '') || ' ' || coalesce(c.summary, '')) AS own,
             c.status IN ('open', 'researching', 'in_review', 'ruled') AS taken_up
      FROM claims c
    ), art AS (
      SELECT a.id, setweight(to_tsvector('english', a.title || ' ' || coalesce(a.publisher, '')), 'B') AS v FROM articles a
    ), ver AS (
      SELECT claim_id, string_agg(explanation, ' ' ORDER BY ctid) AS t FROM verdicts GROUP BY claim_id
    ), src AS (
      SELECT claim_id, string_agg(title || ' ' || coalesce(publisher, '') || ' ' || coalesce(excerpt, ''), ' ' ORDER BY ctid) AS t
      FROM sources GROUP BY claim_id
    ), nts AS (
      SELECT claim_id, string_agg(body, ' ' ORDER BY ctid) AS t FROM notes GROUP BY claim_id
    )
    SELECT c.id,
           setweight(c.own, 'A') ||
           art.v ||
           setweight(to_tsvector('english', coalesce(ver.t, '') || ' ' || coalesce(src.t, '')), 'C') ||
           setweight(to_tsvector('english', coalesce(nts.t, '')), 'D'),
           c.status, CASE WHEN c.taken_up THEN c.own ELSE ''::tsvector END, c.taken_up, CASE WHEN c.taken_up THEN c.text ELSE '' END,
           false
    FROM o c
    JOIN art ON art.id = c.article_id
    LEFT JOIN ver ON ver.claim_id = c.id
    LEFT JOIN src ON src.claim_id = c.id
    LEFT JOIN nts ON nts.claim_id = c.id`,
  );
  // What the search-words job (lib/jobs/search-words.ts) reads from pending documents, for every claim at once.
  await step(
    'search_words (one INSERT)',
    `INSERT INTO search_words (word, claims)
    SELECT w, count(*)::int FROM claims c CROSS JOIN LATERAL search_words_of(c.text || ' ' || coalesce(c.claimant, '')) w GROUP BY w`,
  );
  let s = Date.now();
  await db.$executeRawUnsafe(`VACUUM ${LOADED.join(', ')}`);
  console.log(`  VACUUM (before the indexes): ${((Date.now() - s) / 1000).toFixed(1)} s`);
  await restore();
  s = Date.now();
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  console.log(`  VACUUM ANALYZE: ${((Date.now() - s) / 1000).toFixed(1)} s`);
}

/** The tables the load writes in bulk. */
const LOADED = ['claims', 'claim_search', 'verdicts', 'sources', 'notes'];
/** Row and statement triggers whose work the load does set-based (latest verdict, search documents). */
const SET_BASED_TRIGGERS: [string, string][] = [
  ['claims', 'claim_search_claims_inserted'],
  ['verdicts', 'verdicts_sync_latest_verdict'],
  ['verdicts', 'claim_search_verdicts'],
  ['sources', 'claim_search_sources'],
  ['notes', 'claim_search_notes'],
];
const MAINTENANCE_WORK_MEM = '1GB';

/**
 * Before a bulk load: drop the LOADED tables' secondary indexes (all but those behind primary-key
 * and unique constraints), their exclusion and foreign-key constraints, and switch the set-based
 * triggers off. Returns what puts them back: the same CREATE INDEX and ADD CONSTRAINT statements,
 * read from pg_indexes and pg_get_constraintdef before dropping, run in one session with a larger
 * maintenance_work_mem; then the triggers on again.
 */
async function unloadForBulk(db: Db) {
  const s = Date.now();
  const indexes = await db.$queryRawUnsafe<{ name: string; drop: string; create: string }[]>(
    `SELECT i.indexname AS name, format('DROP INDEX %I.%I', i.schemaname, i.indexname) AS drop, i.indexdef AS create
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass AND k.contype IN ('p', 'u', 'x'))
     ORDER BY i.tablename, i.indexname`,
    LOADED,
  );
  // Exclusion constraints before foreign keys, so the keys are validated last.
  const constraints = await db.$queryRawUnsafe<{ name: string; drop: string; create: string }[]>(
    `SELECT k.conname AS name, format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass, k.conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid)) AS create
     FROM pg_constraint k
     WHERE k.conrelid IN (SELECT format('%I.%I', current_schema(), t)::regclass FROM unnest($1::text[]) t) AND k.contype IN ('x', 'f')
     ORDER BY k.contype DESC, k.conrelid::regclass::text, k.conname`,
    LOADED,
  );
  for (const c of constraints) await db.$executeRawUnsafe(c.drop);
  for (const i of indexes) await db.$executeRawUnsafe(i.drop);
  for (const [table, trigger] of SET_BASED_TRIGGERS) await db.$executeRawUnsafe(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  console.log(
    `  dropped ${indexes.length} indexes and ${constraints.length} constraints on ${LOADED.join(', ')}; ` +
      `${SET_BASED_TRIGGERS.length} triggers off: ${((Date.now() - s) / 1000).toFixed(1)} s`,
  );
  return async () => {
    const t = Date.now();
    const times: string[] = [];
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '${MAINTENANCE_WORK_MEM}'`);
        for (const x of [...indexes, ...constraints]) {
          const u = Date.now();
          await tx.$executeRawUnsafe(x.create);
          times.push(`${x.name} ${((Date.now() - u) / 1000).toFixed(1)}`);
        }
        for (const [table, trigger] of SET_BASED_TRIGGERS) await tx.$executeRawUnsafe(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
      },
      { timeout: 3600000, maxWait: 60000 },
    );
    console.log(`  indexes and constraints rebuilt (maintenance_work_mem ${MAINTENANCE_WORK_MEM}), s each: ${times.join(', ')}`);
    console.log(`  rebuild: ${indexes.length} indexes, ${constraints.length} constraints, triggers on: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
}

/** The trigger's work, checked on a sample: documents recomputed by claim_search_refresh and claimant links by alias key. */
async function checkSample(db: Db) {
  const [doc] = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE bench_before ON COMMIT DROP AS SELECT claim_id, document, status, own, taken_up, text FROM claim_search
       WHERE claim_id IN (SELECT claim_id FROM claim_search TABLESAMPLE SYSTEM (1) LIMIT 1000)
          OR claim_id IN (SELECT claim_id FROM verdicts TABLESAMPLE SYSTEM (5) LIMIT 1000)`,
    );
    await tx.$executeRawUnsafe(`SELECT claim_search_refresh(ARRAY(SELECT claim_id FROM bench_before))`);
    // The function joins a claim's verdict explanations without ORDER BY, so their order (and the
    // positions of their words) follows its plan; `words` compares each lexeme's weights without positions.
    const words = (d: string) =>
      `(SELECT array_agg(u.lexeme || ':' || array_to_string(ARRAY(SELECT w FROM unnest(u.weights) w ORDER BY w), '') ORDER BY u.lexeme) FROM unnest(${d}) u)`;
    return tx.$queryRawUnsafe<{ n: number; same: number; words: number; own: number }[]>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE b.document = s.document)::int AS same,
              count(*) FILTER (WHERE b.status = s.status AND b.own = s.own AND b.taken_up = s.taken_up AND b.text = s.text)::int AS own,
              count(*) FILTER (WHERE ${words('b.document')} = ${words('s.document')})::int AS words
       FROM bench_before b JOIN claim_search s USING (claim_id)`,
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
  // What verdicts_sync_latest_verdict would have written, on every claim.
  const [latest] = await db.$queryRawUnsafe<{ n: number; same: number }[]>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE c.latest_rating IS NOT DISTINCT FROM l.rating AND c.latest_verdict_kind IS NOT DISTINCT FROM l.kind)::int AS same
     FROM claims c LEFT JOIN LATERAL (
       SELECT rating, kind FROM verdicts v WHERE v.claim_id = c.id ORDER BY created_at DESC, id DESC LIMIT 1
     ) l ON true`,
  );
  // The search-words job finds nothing left to read, and the sampled claims' words are all there.
  const { indexSearchWords } = await import('@/lib/jobs/search-words');
  const pending = await indexSearchWords();
  const [words] = await db.$queryRawUnsafe<{ n: number; missing: number }[]>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w))::int AS missing
     FROM (SELECT * FROM claims TABLESAMPLE SYSTEM (1) LIMIT 1000) c CROSS JOIN LATERAL search_words_of(c.text || ' ' || coalesce(c.claimant, '')) w`,
  );
  console.log(
    `check: claim_search documents equal to claim_search_refresh's on ${doc?.same}/${doc?.n} sampled claims (half of them with verdicts), ` +
      `the same words with the same weights on ${doc?.words}/${doc?.n}; status, own words, taken up and text equal on ${doc?.own}/${doc?.n}; ` +
      `latest rating and kind equal to the trigger's lookup on ${latest?.same}/${latest?.n} claims; ` +
      `claims without a document: ${missing?.n}; documents left for the search-words job: ${pending}; ` +
      `words of sampled claims missing from search_words: ${words?.missing}/${words?.n}; claimant links equal to the alias lookup on ${link?.same}/${link?.n} sampled claims`,
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

/**
 * The claim each of sentences(claims, n)'s sentences restates (as claimed, paraphrased, another
 * figure), or null (a new one), and whether it must be among the matches: one with another figure
 * need not, since the generated archive holds many claims that differ from it by the figure alone.
 */
const restated = <T,>(claims: T[], n: number) =>
  Array.from({ length: n }, (_, i) => (i % 4 === 3 ? null : { claim: claims[i % claims.length]!, counted: i % 4 !== 2 }));

/** Where a claim is among a sentence's matches: "1st", "2nd", …, "missed", or "—" for a new sentence. */
const rankOf = (id: string | undefined, matches: { id: string }[] | undefined) => {
  if (!id) return '—';
  const k = (matches ?? []).findIndex((m) => m.id === id);
  return k < 0 ? 'missed' : `${k + 1}${['st', 'nd', 'rd'][k] ?? 'th'}`;
};

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

/**
 * lib/data/matching.ts's first statement, copied (rareLexemes is not exported): each sentence's
 * rarest stems, rarest first, by the share of documents that hold them as pg_stats sampled it.
 * The candidate statement itself is matching.ts's own (candidatesSql, exported for this benchmark).
 */
const RARE_WORDS = 6;
const rareLexemesSql = (texts: string[]) => Prisma.sql`
  WITH common AS (
    SELECT x.e, x.f
    FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f)
    WHERE s.schemaname = current_schema() AND s.tablename = 'claim_search' AND s.attname = 'document' AND x.e IS NOT NULL
  )
  SELECT q.i, ARRAY(
    SELECT l FROM unnest(tsvector_to_array(to_tsvector('english', q.t))) l
    LEFT JOIN common ON common.e = l
    ORDER BY coalesce(common.f, 0), l
    LIMIT ${RARE_WORDS}
  ) AS lex
  FROM unnest(${texts}::text[]) WITH ORDINALITY AS q(t, i)`;

async function main() {
  let port = 54400;
  while (await portInUse(port)) port++;
  // BENCH_DATA_DIR: a cluster kept between runs (generated once, then reused: new migrations are
  // applied to it and the tables analysed again); without it, a throwaway one.
  const kept = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null;
  const dir = kept ?? mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-archive-'));
  if (kept) mkdirSync(kept, { recursive: true });
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port,
    persistent: Boolean(kept),
    quiet: true,
    passwordFile: kept ? path.join(kept, 'pg-password') : undefined,
  });
  try {
    await pg.createDatabase('bench');
    process.env.DATABASE_URL = pg.url('bench');
    await migrateDeploy(process.env.DATABASE_URL);
    const { db } = await import('@/lib/db');
    const { searchClaims } = await import('@/lib/data/search');
    const { searchPageSql } = await import('@/lib/data/search-sql');
    const { ZSearchQuerySchema, parseSearch } = await import('@/lib/validation/search');
    const { matchClaims, matchSentences, candidatesSql, candidateQueries, CHUNK, LANES, POOL } = await import('@/lib/data/matching');

    console.log(`bench:archive: ${CLAIMS} claims in ${ARTICLES} articles of ${PER_ARTICLE}; ${loadLine()}`);
    const t0 = Date.now();
    const [done] = await db.$queryRawUnsafe<{ done: boolean }[]>(`SELECT to_regclass('bench_done') IS NOT NULL AS done`);
    if (done?.done) {
      console.log(`reusing the generated database in ${kept}`);
      await db.$executeRawUnsafe('VACUUM ANALYZE');
    } else {
      await seed(db);
      await db.$executeRawUnsafe('CREATE TABLE bench_done (at timestamptz DEFAULT now())');
    }
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
    console.log('| query | matches | mode | n | `searchClaims` | page SQL (with its counts), bare |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const all: number[] = [];
    const bareAll: number[] = [];
    let slowest: { label: string; p95: number; sql: Prisma.Sql } | null = null;
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
      // A corrected search (mode fuzzy) sends the page and count statements with its corrected words
      // (as lib/data/search.ts's `corrected`); its lookups of the unknown words are not in the bare columns.
      const fixes = new Map(page.corrections.map((f) => [f.from.toLowerCase(), f.to]));
      const sent = fixes.size
        ? terms.map((t) => ({ ...t, text: t.text.replace(/[\p{L}\p{N}'’-]+/gu, (w) => fixes.get(w.toLowerCase()) ?? w) }))
        : terms;
      const pageSql = searchPageSql(q, sent, actor);
      const bare = (sql: Prisma.Sql) => () => db.$queryRaw(sql);
      const bp = await time(bare(pageSql));
      const bpFailed = failure;
      const st = times.length ? stats(times) : { min: 0, median: 0, p95: Infinity, max: 0 };
      if (!c.page2) {
        all.push(...times);
        bareAll.push(...bp);
      }
      if (!slowest || st.p95 > slowest.p95) slowest = { label: c.label, p95: st.p95, sql: pageSql };
      const matches = page.counts.more ? `> ${page.counts.total}` : String(page.counts.total);
      console.log(
        `| ${c.label} | ${c.page2 ? '—' : matches} | ${page.mode}${fixes.size ? ` (${page.corrections.map((f) => `${f.from} → ${f.to}`).join(', ')})` : ''}${page.notice ? ` (${page.notice})` : ''} | ${times.length} | ${show(times, failed)} | ${show(bp, bpFailed)} |`,
      );
    }
    const sa = all.length ? stats(all) : { min: 0, median: Infinity, p95: Infinity, max: 0 };
    console.log(`| **all first pages** | | | ${all.length} | ${fmt(sa)} | ${show(bareAll, null)} |`);
    console.log(
      `search overall: p50 ${sa.median.toFixed(1)} ms, p95 ${sa.p95.toFixed(1)} ms (goal p95 < 100 ms: ${sa.p95 < 100 ? 'met' : 'NOT met'})`,
    );
    const [share] = await db.$queryRawUnsafe<{ said: number; unemployment: number; n: number }[]>(
      `SELECT count(*) FILTER (WHERE document @@ plainto_tsquery('english', 'said'))::int AS said,
              count(*) FILTER (WHERE document @@ plainto_tsquery('english', 'unemployment'))::int AS unemployment, count(*)::int AS n FROM claim_search`,
    );
    console.log(`documents matching: said ${share?.said}, unemployment ${share?.unemployment} of ${share?.n}`);

    // 2 and 3. "Checked before?"
    const taken = await db.$queryRawUnsafe<{ id: string; text: string }[]>(
      `SELECT id, text FROM claims WHERE status IN ('open', 'researching', 'in_review', 'ruled') ORDER BY md5(id) LIMIT 40`,
    );
    const one = sentences(
      taken.map((t) => t.text),
      20,
      7,
    );
    /** What matchClaims / matchSentences send, without the re-ranking: the rare words, then the candidate statement. */
    const statements = async (texts: string[]) => {
      const rows = await db.$queryRaw<{ i: bigint; lex: string[] }[]>(rareLexemesSql(texts));
      const lexemes = texts.map((): string[] => []);
      for (const r of rows) lexemes[Number(r.i) - 1] = r.lex;
      const asked = texts.flatMap((t, k) => (lexemes[k]?.length ? [{ t, lex: lexemes[k], i: k + 1 }] : []));
      const sql = (tiers?: number) =>
        asked.length
          ? candidatesSql(
              asked.map((x) => x.t),
              asked.map((x) => x.lex),
              asked.map((x) => x.i),
              null,
              tiers,
            )
          : null;
      // untiered: the pool as the first POOL claims the index returns, as before the pool's tiers.
      return { lexemes, lookup: rareLexemesSql(texts), candidates: sql(), untiered: sql(0) };
    };
    console.log(`\n### Match one sentence (matchClaims), ms min / median / p95 / max; ${loadLine()}`);
    console.log(
      '| sentence | rarest words | candidates | matches | the claim it restates | n | `matchClaims` | rare words SQL, bare | candidate SQL, bare |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const oneSource = restated(taken, one.length);
    const found = { one: 0, oneOf: 0, article: 0, articleOf: 0 };
    const oneAll: number[] = [];
    const oneBare: number[] = [];
    let slowOne = { text: '', p95: 0 };
    let slowSql: Prisma.Sql | null = null;
    for (const [i, text] of one.entries()) {
      const m = await matchClaims(actor, { text }).catch(() => null);
      const st = await statements([text]);
      const cand = st.candidates ? (await db.$queryRaw<unknown[]>(st.candidates)).length : 0;
      const times = await time(() => matchClaims(actor, { text }));
      const failed = failure;
      const lookup = await time(() => db.$queryRaw(st.lookup));
      const bare = st.candidates ? await time(() => db.$queryRaw(st.candidates!)) : [];
      oneAll.push(...times);
      oneBare.push(...bare);
      const p95 = failed ? Infinity : stats(times).p95;
      if (p95 > slowOne.p95) {
        slowOne = { text, p95 };
        slowSql = st.candidates;
      }
      const kind = ['as claimed', 'paraphrased', 'other figure', 'new'][i % 4];
      const rank = rankOf(oneSource[i]?.claim.id, m?.matches);
      if (oneSource[i]?.counted) {
        found.oneOf++;
        if (rank !== 'missed') found.one++;
      }
      console.log(
        `| ${kind}: ${text} | ${st.lexemes[0]?.join(' ')} | ${cand} | ${m ? m.matches.length : '—'} | ${rank} | ${times.length} | ${show(times, failed)} | ${show(lookup, null)} | ${st.candidates ? show(bare) : '—'} |`,
      );
    }
    if (oneAll.length) {
      const so = stats(oneAll);
      console.log(`| **all** | | | | ${found.one} of ${found.oneOf} found | ${oneAll.length} | ${fmt(so)} | | ${show(oneBare, null)} |`);
      console.log(
        `match one sentence: p50 ${so.median.toFixed(1)} ms, p95 ${so.p95.toFixed(1)} ms (goal p95 < 50 ms: ${so.p95 < 50 ? 'met' : 'NOT met'})`,
      );
    } else console.log('match one sentence: every call failed (goal p95 < 50 ms: NOT met)');

    const articleClaims = [...taken].reverse();
    const article = sentences(
      articleClaims.map((t) => t.text),
      30,
      11,
    );
    const res = await matchSentences(actor, article, null).catch(() => null);
    restated(articleClaims, article.length).forEach((c, i) => {
      if (!c?.counted) return;
      found.articleOf++;
      if (rankOf(c.claim.id, res?.[i]) !== 'missed') found.article++;
    });
    const whole = await time(() => matchSentences(actor, article, null));
    const wholeFailed = failure;
    const wholeSt = await statements(article);
    // matchSentences sends its statements per CHUNK sentences, LANES chunks at a time; so do the baselines.
    const chunks = await Promise.all(
      Array.from({ length: Math.ceil(article.length / CHUNK) }, (_, c) => statements(article.slice(c * CHUNK, (c + 1) * CHUNK))),
    );
    const inLanes = (send: (c: (typeof chunks)[number]) => Promise<unknown>) => async () => {
      let next = 0;
      const lane = async () => {
        while (next < chunks.length) await send(chunks[next++]!);
      };
      await Promise.all(Array.from({ length: Math.min(LANES, chunks.length) }, lane));
    };
    const wholeLookup = await time(inLanes((c) => db.$queryRaw(c.lookup)));
    const wholeBare = await time(inLanes(async (c) => (c.candidates ? db.$queryRaw(c.candidates) : null)));
    const wholeUntiered = await time(inLanes(async (c) => (c.untiered ? db.$queryRaw(c.untiered) : null)));
    const sw = whole.length ? stats(whole) : { min: 0, median: Infinity, p95: Infinity, max: 0 };
    console.log(`\n### "Checked before?" for a 30-sentence article (matchSentences), ms min / median / p95 / max; ${loadLine()}`);
    console.log(
      `| article | sentences with a match | the claims they restate | n | \`matchSentences\` | rare words SQL, bare (${chunks.length} statements, ${LANES} at a time) | candidate SQL, bare (the same) | candidate SQL without the pool's tiers, bare (the same) |`,
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| 30 sentences | ${res ? res.filter((r) => r.length > 0).length : '—'} | ${found.article} of ${found.articleOf} found | ${whole.length} | ${show(whole, wholeFailed)} | ${show(wholeLookup, null)} | ${show(wholeBare)} | ${show(wholeUntiered)} |`,
    );
    console.log(
      `checked before, the claim a sentence restates (as claimed or paraphrased) among its matches: ${found.one} of ${found.oneOf} single sentences, ${found.article} of ${found.articleOf} in the article`,
    );
    console.log(
      wholeFailed
        ? `checked before, 30 sentences: fails (goal p95 < 300 ms: NOT met)`
        : `checked before, 30 sentences: p50 ${sw.median.toFixed(1)} ms, p95 ${sw.p95.toFixed(1)} ms (goal p95 < 300 ms: ${sw.p95 < 300 ? 'met' : 'NOT met'})`,
    );

    // 3b. The same article while the desk works. Claims taken up since the last VACUUM enter the
    // partial GIN index of own words; with GIN's fast update they would wait in a pending list that
    // every scan reads whole (migration 20261203010000 writes them straight in). BUSY taken-up
    // claims get their own words rewritten in a transaction held open meanwhile, then rolled back
    // and the table VACUUMed, so the cluster is left as it was.
    const BUSY = 2000;
    class Rollback {
      constructor(readonly times: number[]) {}
    }
    const [setting] = await db.$queryRawUnsafe<{ options: string | null }[]>(
      `SELECT array_to_string(reloptions, ', ') AS options FROM pg_class WHERE relname = 'claim_search_own_taken_up_idx'`,
    );
    const busy = await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(
          `UPDATE claim_search SET own = own || 'zzbench'::tsvector WHERE claim_id IN (SELECT claim_id FROM claim_search WHERE taken_up ORDER BY claim_id DESC LIMIT ${BUSY})`,
        );
        throw new Rollback(await time(() => matchSentences(actor, article, null)));
      }, LONG)
      .catch((e: unknown) => {
        if (e instanceof Rollback) return e.times;
        throw e;
      });
    await db.$executeRawUnsafe('VACUUM claim_search');
    const sb = busy.length ? stats(busy) : { min: 0, median: Infinity, p95: Infinity, max: 0 };
    console.log(
      `| 30 sentences, ${BUSY.toLocaleString('en-GB')} claims taken up since the last VACUUM (uncommitted; the index's options: ${setting?.options ?? 'defaults'}) | | ${busy.length} | ${fmt(sb)} | | |`,
    );
    console.log(
      `checked before, 30 sentences, ${BUSY} claims taken up since the last VACUUM: p50 ${sb.median.toFixed(1)} ms, p95 ${sb.p95.toFixed(1)} ms (goal p95 < 300 ms: ${sb.p95 < 300 ? 'met' : 'NOT met'})`,
    );

    // 3c. Recall of the candidate statement: for BENCH_RECALL taken-up claims (default 200), each as
    // claimed, paraphrased and with another figure, whether the claim is among the sentence's
    // candidates, counting the sentences whose own query matches more claims than the pool holds.
    const RECALL = Number(process.env.BENCH_RECALL ?? 200);
    const sample = await db.$queryRawUnsafe<{ id: string; text: string }[]>(
      `SELECT id, text FROM claims WHERE status IN ('open', 'researching', 'in_review', 'ruled') ORDER BY md5(id || 'recall') LIMIT ${RECALL}`,
    );
    const recall = { sentences: 0, full: 0, found: 0, fullFound: 0, untiered: 0 };
    for (const c of sample) {
      for (const t of [c.text, paraphrase(c.text), otherNumber(c.text)]) {
        const st = await statements([t]);
        const rows = st.candidates ? await db.$queryRaw<{ id: string }[]>(st.candidates) : [];
        const queries = candidateQueries(st.lexemes[0] ?? []);
        const [pool] = queries.length
          ? await db.$queryRawUnsafe<{ over: boolean }[]>(
              `SELECT count(*) > ${POOL} AS over FROM (SELECT 1 FROM claim_search s WHERE s.taken_up AND (${queries.map((_, j) => `s.own @@ $${j + 1}::tsquery`).join(' OR ')}) LIMIT ${POOL + 1}) x`,
              ...queries,
            )
          : [];
        const found = rows.some((r) => r.id === c.id);
        if (st.untiered && (await db.$queryRaw<{ id: string }[]>(st.untiered)).some((r) => r.id === c.id)) recall.untiered++;
        recall.sentences++;
        if (found) recall.found++;
        if (pool?.over) {
          recall.full++;
          if (found) recall.fullFound++;
        }
      }
    }
    console.log(
      `\nchecked before, recall of the candidates: the restated claim is among them for ${recall.found} of ${recall.sentences} sentences (${sample.length} taken-up claims, as claimed, paraphrased, with another figure); ${recall.fullFound} of the ${recall.full} whose own query matches more than the pool's ${POOL} claims; without the pool's tiers ${recall.untiered} of ${recall.sentences}`,
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
      if (slowest) await explain(`slowest search: ${slowest.label}`, slowest.sql, null);
      if (slowSql) await explain(`slowest single sentence: ${slowOne.text}`, slowSql, null);
      if (wholeSt.candidates) await explain('30-sentence article', wholeSt.candidates, null);
    }
    console.log(`\ndone; ${loadLine()}`);
    await db.$disconnect();
  } finally {
    await pg.stop();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-archive.mts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
