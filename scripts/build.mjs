// A production build of the app, skipped when nothing that goes into it changed since the last.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = [
  'app',
  'lib',
  'proxy.ts',
  'scripts/security-headers.mjs',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'prisma/schema.prisma',
];

function sourceHash() {
  const h = createHash('sha256');
  const walk = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      if (path.basename(p) === 'generated') return;
      for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    } else {
      h.update(path.relative(root, p)).update(readFileSync(p));
    }
  };
  for (const p of INPUTS) walk(path.join(root, p));
  return h.digest('hex');
}

/** Returns true when it built, false when the existing build was current; throws when the build fails. */
export function buildIfNeeded(env = process.env) {
  const dist = path.join(root, env.CLAIMDESK_DIST_DIR || '.next');
  const stamp = path.join(dist, 'claimdesk-source-hash');
  const hash = sourceHash();
  if (existsSync(path.join(dist, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  console.log('[build] building the app (first start or sources changed; about a minute)…');
  // `next build` adds a build folder other than .next to tsconfig.json's include list; those
  // folders are throwaway, so put the committed file back afterwards.
  const tsconfig = path.join(root, 'tsconfig.json');
  const tsconfigBefore = readFileSync(tsconfig, 'utf8');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (readFileSync(tsconfig, 'utf8') !== tsconfigBefore) writeFileSync(tsconfig, tsconfigBefore);
  if (r.status !== 0) throw new Error('The build failed; see the messages above.');
  writeFileSync(stamp, hash);
  return true;
}
