// `npm start`: everything a fresh checkout needs, in order, with no manual step.
//   1. a database: DATABASE_URL if set, else an embedded PostgreSQL under .data/pg (its password
//      generated into .data/pg-password), supervised: restarted if it dies
//   2. migrations, then the seed (demo accounts and article in development)
//   3. an auth secret and the public address: required in production (NODE_ENV=production),
//      generated once into .data/ / this machine's address otherwise
//   4. a production build of the app when the sources changed, then scripts/server.mjs
// `npm run dev` does the same with `next dev` instead of 3–4's build.
// Ctrl-C / SIGTERM stops the app and then the embedded PostgreSQL cleanly.
// CLAIMDESK_DATA_DIR (default .data) moves everything kept on disk (the soak test uses a temp folder).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, portInUse, StartupError, DATA_DIR, EMBEDDED_PG_PORT, PASSWORD_FILE } from './embedded-pg.mjs';
import { migrateDeploy } from './migrate.mjs';
import { buildIfNeeded } from './build.mjs';
import { serverProcessEnv } from './server-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const dev = process.argv.includes('--dev');
const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
const pgPort = EMBEDDED_PG_PORT;
process.env.NEXT_TELEMETRY_DISABLED = '1';

const fail = (msg) => {
  console.error(`\n✖ ${msg}\n`);
  process.exit(1);
};

function authSecret() {
  const given = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (given) return given;
  if (production) {
    fail(
      'NODE_ENV=production but neither NEXTAUTH_SECRET nor AUTH_SECRET is set.\n  Generate one with `openssl rand -base64 32` and set it (the same value on every instance).',
    );
  }
  // Development: a random secret kept beside the embedded data, so sessions survive restarts.
  const file = path.join(DATA_DIR, 'dev-auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The site's public address, in every absolute URL readers and search engines get (ClaimReview,
 * feeds, share links). A production start refuses to guess one: markup naming localhost would be
 * published. Outside production it is this machine's address.
 */
function publicUrl() {
  const given = (process.env.CLAIMDESK_PUBLIC_URL ?? process.env.NEXTAUTH_URL)?.trim();
  if (given) {
    if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(given))
      fail(`CLAIMDESK_PUBLIC_URL must be an http(s) address, like https://factcheck.example.org (got "${given}").`);
    return given.replace(/\/+$/, '');
  }
  if (production) {
    fail(
      'NODE_ENV=production but CLAIMDESK_PUBLIC_URL (or NEXTAUTH_URL) is not set.\n  Set it to the address readers use, e.g. https://factcheck.example.org: published markup and feeds name it.',
    );
  }
  return `http://localhost:${port}`;
}

async function main() {
  const secret = authSecret();
  const siteUrl = publicUrl();
  if (await portInUse(port)) {
    fail(`Port ${port} is already in use. Stop whatever runs there, or start on another port: PORT=3001 npm start`);
  }

  let pg = null;
  let app = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
    }
    if (pg) {
      await pg.stop();
      console.log('[db] embedded PostgreSQL stopped');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    console.log(`[db] using DATABASE_URL (${databaseUrl.replace(/\/\/[^@]*@/, '//…@')})`);
  } else {
    pg = await startEmbeddedPostgres({
      dir: path.join(DATA_DIR, 'pg'),
      port: pgPort,
      passwordFile: PASSWORD_FILE,
      // Meanwhile the app answers what it can: readers get their cached pages, /api/health says 503.
      supervise: true,
      onGiveUp: () => {
        console.error('\n✖ The embedded PostgreSQL could not be kept running (see above); stopping.\n');
        void stop(1);
      },
    });
    await pg.createDatabase('claimdesk');
    databaseUrl = pg.url('claimdesk');
  }

  try {
    const applied = await migrateDeploy(databaseUrl);
    console.log(`[db] migrations: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
  } catch (e) {
    console.error(`\n✖ Migrating the database failed: ${e?.message ?? e}\n`);
    return stop(1);
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    CLAIMDESK_PUBLIC_URL: siteUrl,
  };
  const seed = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], { stdio: 'inherit', env });
  if (seed.status !== 0) {
    console.error('\n✖ Seeding the database failed; see the messages above.\n');
    return stop(1);
  }

  if (!dev) {
    try {
      buildIfNeeded(env);
    } catch (e) {
      console.error(`\n✖ ${e.message}\n`);
      return stop(1);
    }
  }

  const args = dev
    ? [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-H', host, '-p', String(port)]
    : [path.join(root, 'scripts/server.mjs')];
  app = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: serverProcessEnv({ ...env, PORT: String(port), HOST: host, ...(dev ? {} : { NODE_ENV: 'production' }) }),
  });
  app.on('exit', (code) => stop(code ?? 0));

  console.log(`\n  Claimdesk → http://localhost:${port}\n`);
  if (!production) {
    console.log('  Demo accounts (password: claimdesk):');
    console.log('    journalist@claimdesk.test · editor@claimdesk.test · admin@claimdesk.test\n');
  }
}

main().catch((e) => fail(e instanceof StartupError ? e.message : (e?.stack ?? String(e))));
