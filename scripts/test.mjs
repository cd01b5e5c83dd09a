// `npm test`: every test, against real parts, from any checkout.
//   lint → typecheck → unit → integration (real PostgreSQL, fresh database) → e2e (Playwright, Chromium)
// The PostgreSQL is a throwaway embedded cluster in a temporary folder on a free port, so tests
// never touch the data of `npm start`, and a developer's running app does not get in the way.
// Options: --only=lint,typecheck,unit,integration,e2e   Paths under tests/integration/ pick integration
// test files; any other arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
import { migrateDeploy } from './migrate.mjs';
import { buildIfNeeded } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const integrationFiles = argv.filter((a) => a.startsWith('tests/integration/'));
const passThrough = argv.filter((a) => !a.startsWith('--only=') && !integrationFiles.includes(a));
const want = (step) => !only || only.includes(step);
const bin = (p) => path.join(root, 'node_modules', p);

function run(label, args, env = process.env) {
  console.log(`\n━━ ${label} ━━`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`${label} failed`);
  console.log(`✔ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    candidates.push(require('playwright-core').chromium.executablePath());
  } catch {
    /* Playwright's own browser is optional */
  }
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

async function freePort(from) {
  for (let p = from; p < from + 100; p++) if (!(await portInUse(p))) return p;
  throw new Error(`no free port between ${from} and ${from + 100}`);
}

async function main() {
  let chromium = null;
  if (want('e2e')) {
    chromium = findChromium();
    if (!chromium) {
      throw new Error(
        'No Chromium found for the end-to-end tests. Install one of:\n' +
          '  • Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
          '  • or set CHROMIUM_PATH=/path/to/chrome\n' +
          '  • or, with internet access: npx playwright install chromium',
      );
    }
  }
  if (want('lint')) {
    run('lint (ESLint)', [bin('eslint/bin/eslint.js'), '.', '--max-warnings=0']);
    run('format (Prettier)', [bin('prettier/bin/prettier.cjs'), '--check', '.']);
  }
  if (want('typecheck')) run('typecheck', [bin('typescript/bin/tsc'), '--noEmit']);
  if (want('unit')) run('unit tests', [bin('vitest/vitest.mjs'), 'run', '--project', 'unit']);
  if (!want('integration') && !want('e2e')) return;

  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-test-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must reach the folder
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(54340), persistent: false, quiet: true });
  try {
    if (want('integration')) {
      await pg.createDatabase('claimdesk_it');
      await migrateDeploy(pg.url('claimdesk_it'));
      run('integration tests (PostgreSQL)', [bin('vitest/vitest.mjs'), 'run', '--project', 'integration', ...integrationFiles], {
        ...process.env,
        DATABASE_URL: pg.url('claimdesk_it'),
        CLAIMDESK_TEST_DATABASE: '1',
      });
    }
    if (want('e2e')) {
      await pg.createDatabase('claimdesk_e2e');
      await migrateDeploy(pg.url('claimdesk_e2e'));
      const env = { ...process.env, DATABASE_URL: pg.url('claimdesk_e2e'), NODE_ENV: 'development' };
      run('seed the e2e database', ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], env);
      console.log('\n━━ build ━━');
      buildIfNeeded(env);
      run('end-to-end tests (Chromium)', [bin('@playwright/test/cli.js'), 'test', ...passThrough], {
        ...process.env,
        E2E_DATABASE_URL: pg.url('claimdesk_e2e'),
        E2E_PORT: String(await freePort(3100)),
        CHROMIUM_PATH: chromium,
      });
    }
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => console.log('\n✔ all tests passed'),
  (e) => {
    console.error(`\n✖ ${e.message}`);
    process.exit(1);
  },
);
