// What the benchmarks that drive the real server share: a throwaway embedded PostgreSQL,
// migrated and seeded (demo accounts, the demo article and its published fact-check), the
// production build (built only when sources changed) served by scripts/server.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
import { serverProcessEnv } from './server-env.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function freePort(from) {
  for (let p = from; p < from + 200; p++) if (!(await portInUse(p))) return p;
  throw new Error(`no free port from ${from}`);
}

export async function waitFor(url, ms = 120_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

/**
 * Starts PostgreSQL (seeded) and the app. Returns the app's base URL and process, the database
 * URL, a scratch folder, and stop(). `ready` is the path waited for before returning; `nodeArgs`
 * go to the server's node (e.g. --cpu-prof). `root` is the checkout served (default this one):
 * another commit's worktree, with its own migrations, seed, build and server, is the "before"
 * of a comparison (bench:pages' BENCH_BEFORE).
 */
export async function startBenchApp({ name, pgPort, appPort, ready, nodeArgs = [], root = REPO, node = process.execPath }) {
  const { migrateDeploy } = await import(pathToFileURL(path.join(root, 'scripts/migrate.mjs')).href);
  const { buildIfNeeded } = await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href);
  const dir = mkdtempSync(path.join(os.tmpdir(), `claimdesk-${name}-`));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(pgPort), persistent: false, quiet: true });
  let app = null;
  const stop = async () => {
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
    }
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pg.createDatabase('claimdesk_bench');
    const dbUrl = pg.url('claimdesk_bench');
    await migrateDeploy(dbUrl);
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      CLAIMDESK_DIST_DIR: process.env.CLAIMDESK_DIST_DIR || '.next-bench',
    };
    const seed = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], {
      cwd: root,
      stdio: ['ignore', 2, 2],
      env: { ...env, NODE_ENV: 'development' },
    });
    if (seed.status !== 0) throw new Error('seeding failed');
    buildIfNeeded(env);
    const port = await freePort(appPort);
    const base = `http://127.0.0.1:${port}`;
    app = spawn(node, [...nodeArgs, 'scripts/server.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: serverProcessEnv({
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        NEXTAUTH_SECRET: 'bench-only-secret',
        NEXTAUTH_URL: base,
      }),
    });
    await waitFor(`${base}${ready}`);
    return { base, app, dbUrl, env, dir, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
