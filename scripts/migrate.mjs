// Offline replacement for `prisma migrate deploy | dev` (Prisma 7's CLI downloads a native
// schema engine, which this machine cannot reach). It drives Prisma's own Wasm schema engine,
// pinned to the installed CLI's engine hash, through the pg driver adapter:
// - deploy: applyMigrations, which writes the standard `_prisma_migrations` table, so
//   `prisma migrate deploy` on a connected machine agrees with what ran here;
// - dev <name>: diffs the schema as of the last migration (prisma/migrations/schema.snapshot.prisma)
//   against prisma/schema.prisma, writes the next migration.sql, then deploys it.
// Usage: node scripts/migrate.mjs deploy | dev <name> | create <name> | status
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { Logger, runMigrations as runQueueMigrations } from 'graphile-worker';
import { defaultDatabaseUrl } from './embedded-pg.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const migrationsDir = path.join(root, 'prisma/migrations');
const snapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');
const filters = { externalTables: [], externalEnums: [] };

// The Wasm module may be instantiated once per process: a second instantiation against the same
// cached JS glue panics. Panics are reported through this registry, which Prisma's CLI normally sets.
let enginePromise;
const loadEngine = () => (enginePromise ??= instantiateEngine());
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (m) => {
    throw new Error(`schema engine panic: ${m}`);
  },
};

async function instantiateEngine() {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(bgPath);
  const bytes = readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bg;
}

function migrationsList() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((d) => {
      const f = path.join(migrationsDir, d, 'migration.sql');
      return {
        path: d,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(f) ? { tag: 'ok', value: readFileSync(f, 'utf8') } : { tag: 'error', value: 'missing migration.sql' },
        },
      };
    }),
  };
}

/** Applies every pending migration to `url`; returns the names applied. */
export async function migrateDeploy(url) {
  const { engine, pool } = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    // The job queue's own schema (graphile_worker), versioned by the library: the app's changes
    // enqueue jobs with graphile_worker.add_job() in their own transactions, so it must exist
    // before the app serves anything, whether or not a worker runs in this process.
    await runQueueMigrations({ connectionString: url, logger: quietLogger });
    return out.appliedMigrationNames;
  } finally {
    engine.free?.();
    await pool.end();
  }
}

const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[graphile-worker] ${message}`);
});

async function openEngine(url) {
  const wasm = await loadEngine();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  const schema = readFileSync(schemaPath, 'utf8');
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (log) => {
      if (process.env.DEBUG_MIGRATE) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(new ScriptAwarePg(pool)),
  );
  return { engine, pool, schema };
}

/**
 * Statements of a migration script, split on the semicolons that end them: not those inside
 * quotes, comments or a dollar-quoted body (a plpgsql function). The pg adapter's own
 * executeScript splits on every ";", which cuts a function body apart; the native engine of
 * `prisma migrate deploy` sends the script whole, so both run the same statements.
 */
export function splitSqlScript(script) {
  const out = [];
  let start = 0;
  let i = 0;
  const push = (end) => {
    const stmt = script.slice(start, end).trim();
    if (stmt && !/^(--[^\n]*\n?\s*)*$/.test(stmt)) out.push(stmt);
  };
  while (i < script.length) {
    const ch = script[i];
    if (ch === '-' && script[i + 1] === '-') {
      const nl = script.indexOf('\n', i);
      i = nl === -1 ? script.length : nl + 1;
    } else if (ch === "'" || ch === '"') {
      const close = script.indexOf(ch, i + 1);
      i = close === -1 ? script.length : close + 1;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64))?.[0];
      if (tag) {
        const close = script.indexOf(tag, i + tag.length);
        i = close === -1 ? script.length : close + tag.length;
      } else i++;
    } else if (ch === ';') {
      push(i);
      start = ++i;
    } else i++;
  }
  push(script.length);
  return out;
}

/** The pg adapter, with migration scripts split by splitSqlScript (each statement sent as it is written). */
class ScriptAwarePg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script) => {
      for (const stmt of splitSqlScript(script)) {
        try {
          await adapter.client.query(stmt);
        } catch (error) {
          adapter.onError(error);
        }
      }
    };
    return adapter;
  }
}

async function createMigration(url, name, apply) {
  const { engine, pool, schema } = await openEngine(url);
  try {
    const from = existsSync(snapshotPath)
      ? { tag: 'schemaDatamodel', files: [{ path: snapshotPath, content: readFileSync(snapshotPath, 'utf8') }] }
      : { tag: 'empty' };
    const out = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters,
    });
    const sql = (out.stdout ?? '').replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, '');
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log('[migrate] schema unchanged, no new migration');
    } else {
      const ts = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
      const dir = path.join(migrationsDir, `${ts}_${name.replace(/[^a-zA-Z0-9_]/g, '_')}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'migration.sql'), sql);
      const lock = path.join(migrationsDir, 'migration_lock.toml');
      if (!existsSync(lock))
        writeFileSync(
          lock,
          '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
        );
      writeFileSync(snapshotPath, schema);
      console.log(`[migrate] wrote ${path.relative(root, dir)}/migration.sql — review it, then commit it with the snapshot`);
    }
    if (apply) {
      const ap = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log(`[migrate] applied: ${ap.appliedMigrationNames.join(', ') || '(none)'}`);
    }
  } finally {
    engine.free?.();
    await pool.end();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const url = process.env.DATABASE_URL ?? defaultDatabaseUrl();
  const [cmd = 'deploy', name = 'migration'] = process.argv.slice(2);
  const t0 = Date.now();
  try {
    if (cmd === 'deploy') {
      const names = await migrateDeploy(url);
      console.log(`[migrate] applied: ${names.join(', ') || '(none)'} in ${Date.now() - t0} ms`);
    } else if (cmd === 'dev' || cmd === 'create') {
      await createMigration(url, name, cmd === 'dev');
    } else if (cmd === 'status') {
      const { engine, pool } = await openEngine(url);
      const out = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
      console.log(JSON.stringify(out, null, 2));
      engine.free?.();
      await pool.end();
    } else {
      throw new Error(`unknown command ${cmd}; use deploy | dev <name> | create <name> | status`);
    }
  } catch (err) {
    console.error(`[migrate] ${err?.message ?? err}`);
    process.exit(1);
  }
  process.exit(0);
}
