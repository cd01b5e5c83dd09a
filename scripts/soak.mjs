// `npm run soak`: does the app keep its promises when PostgreSQL dies under load?
// Runs `npm start` (scripts/start.mjs: the embedded PostgreSQL under its supervisor, the production
// server) on a throwaway data folder and free loopback ports, then for SOAK_SECONDS (60) s:
// 50 readers (2 requests/s each) on the published fact-check's page and JSON, 5 editors signed in
// and adding notes through the claim page's form, and a monitor polling /api/health. At
// SOAK_KILL_AT (20) s it kill -9s the PostgreSQL server. Then it reports the errors readers and
// editors saw, how long recovery took, and the committed writes lost: notes the app acknowledged
// that are not in the database afterwards. Results and their reading: docs/reliability.md.
// Bounded: fixed counts and durations, 127.0.0.1 only, everything stopped after SOAK_LIMIT_S (900) s.
// Flags: --json prints the results as JSON at the end. SOAK_APP_LOG=<file> keeps all of npm start's output.
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { portInUse } from './embedded-pg.mjs';
import { assertLoopback, monitorHealth, noteForm, runEditor, signIn, startReaders } from './soak-clients.mjs';
import { summarise } from './soak-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const KILL_AT = Number(process.env.SOAK_KILL_AT ?? 20);
const READERS = 50;
const READER_RATE = 2;
const EDITORS = 5;
const EDITOR_PAUSE_MS = 500;
const LIMIT_MS = Number(process.env.SOAK_LIMIT_S ?? 900) * 1000; // the build takes most of it on a first run
const asJson = process.argv.includes('--json');
const log = (...a) => console.error(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort(from) {
  for (let p = from; p < from + 200; p++) if (!(await portInUse(p))) return p;
  throw new Error(`no free port from ${from}`);
}

/** `npm start` in its own process group, its output kept (and its [db] lines shown) with timestamps. */
function startApp({ dataDir, port, pgPort, clock }) {
  const env = { ...process.env, CLAIMDESK_DATA_DIR: dataDir, CLAIMDESK_PG_PORT: String(pgPort), PORT: String(port), HOST: '127.0.0.1' };
  Object.assign(env, { NEXTAUTH_URL: `http://127.0.0.1:${port}`, CLAIMDESK_DIST_DIR: process.env.CLAIMDESK_DIST_DIR || '.next-soak' });
  delete env.DATABASE_URL; // the embedded PostgreSQL, supervised, is what is under test
  delete env.NODE_ENV; // development seed: demo accounts and the published demo fact-check
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      lines.push({ t: clock(), line });
      if (process.env.SOAK_APP_LOG) appendFileSync(process.env.SOAK_APP_LOG, `${line}\n`);
      if (/^\[db\]|✖|^\s{4}\d{4}-/.test(line)) log(`  app │ ${line}`);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (await Promise.race([exited.then(() => true), sleep(20_000)])) return;
    process.kill(-child.pid, 'SIGKILL'); // its process group: start.mjs, the server, PostgreSQL
  };
  return { child, lines, stop };
}

async function waitForHealth(base, ms) {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(500)) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      /* not up yet */
    }
  }
  throw new Error(`${base}/api/health did not answer 200 within ${ms / 1000} s`);
}

async function withDb(config, f) {
  const c = new pg.Client(config);
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

function postmasterPid(dataDir) {
  return Number(readFileSync(path.join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0]);
}

async function run({ dir, clock, started }) {
  const dataDir = path.join(dir, 'data');
  const [port, pgPort] = [await freePort(3400), await freePort(54380)];
  const base = `http://127.0.0.1:${port}`;
  assertLoopback(base);
  log(`[soak] npm start on ${base}, PostgreSQL on 127.0.0.1:${pgPort}, data in ${dataDir} (a first run builds the app)`);
  const app = startApp({ dataDir, port, pgPort, clock });
  started(app);
  try {
    await Promise.race([
      waitForHealth(base, LIMIT_MS),
      new Promise((_, no) =>
        app.child.once('exit', () =>
          no(
            new Error(
              `npm start exited:\n${app.lines
                .slice(-40)
                .map((l) => `  │ ${l.line}`)
                .join('\n')}`,
            ),
          ),
        ),
      ),
    ]);
    const { factChecks } = await (await fetch(`${base}/api/fact-checks`)).json();
    const slug = factChecks[0]?.slug;
    if (!slug) throw new Error('the seed published no fact-check');
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    const database = { host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'claimdesk' };
    const claims = await withDb(database, async (c) =>
      (await c.query('SELECT id FROM claims ORDER BY start LIMIT $1', [EDITORS])).rows.map((r) => r.id),
    );
    const runId = Math.random().toString(36).slice(2, 8);
    const editors = [];
    for (let i = 0; i < EDITORS; i++) {
      const cookie = await signIn(base, 'editor@claimdesk.test', 'claimdesk');
      const claimId = claims[i % claims.length];
      editors.push({ cookie, claimId, fields: await noteForm(base, cookie, claimId), label: `soak ${runId} editor ${i + 1}` });
    }

    log(`[soak] ${READERS} readers × ${READER_RATE}/s, ${EDITORS} editors, ${SECONDS} s; PostgreSQL is killed at ${KILL_AT} s`);
    const start = clock();
    const at = () => clock() - start;
    const over = () => at() >= SECONDS * 1000;
    const readers = startReaders({
      base,
      paths: [`/fact-checks/${slug}`, `/api/fact-checks/${slug}`],
      readers: READERS,
      rate: READER_RATE,
      seconds: SECONDS,
      clock: at,
    });
    const editing = Promise.all(editors.map((e) => runEditor({ base, ...e, pauseMs: EDITOR_PAUSE_MS, until: over, clock: at })));
    const health = monitorHealth({ base, everyMs: 250, until: over, clock: at });
    await sleep(KILL_AT * 1000);
    const pid = postmasterPid(dataDir);
    const killedAt = at();
    process.kill(pid, 'SIGKILL');
    log(`[soak] ${(killedAt / 1000).toFixed(1)} s: kill -9 ${pid} (the PostgreSQL server)`);
    const [writes, answers] = await Promise.all([editing, health, readers.done]);

    await waitForHealth(base, 60_000); // the verdict on lost writes needs the database back
    const stored = await withDb(
      database,
      async (c) => new Set((await c.query('SELECT body FROM notes WHERE body LIKE $1', [`soak ${runId} %`])).rows.map((r) => r.body)),
    );
    return {
      killedAt,
      readers: readers.byPath,
      writes: writes.flat(),
      health: answers,
      stored,
      appLines: app.lines.map((l) => ({ ...l, t: l.t - start })),
    };
  } finally {
    await app.stop();
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-soak-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must reach the folder
  const t0 = Date.now();
  let app = null;
  const limit = setTimeout(
    async () => {
      console.error(`\n✖ the soak passed its limit of ${LIMIT_MS / 1000} s; stopping everything it started`);
      await app?.stop();
      rmSync(dir, { recursive: true, force: true });
      process.exit(2);
    },
    LIMIT_MS + (SECONDS + 120) * 1000,
  );
  limit.unref();
  try {
    const config = { readers: READERS, readerRate: READER_RATE, editors: EDITORS, seconds: SECONDS, killAtSeconds: KILL_AT };
    const result = summarise(config, await run({ dir, clock: () => Date.now() - t0, started: (a) => (app = a) }));
    if (asJson) console.log(JSON.stringify(result, null, 2));
    process.exitCode = result.writes.lost > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`\n✖ ${e?.stack ?? e}`);
  process.exit(1);
});
