// A PostgreSQL of a test file's own, for tests that kill, freeze or restart it (the suite's shared
// one must stay up). Several people run the suite at once on this machine: a random port from a
// wide range, and another one if it was taken between the check and initdb's end.
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { portInUse, startEmbeddedPostgres } from '@/scripts/embedded-pg.mjs';

type Options = Omit<Parameters<typeof startEmbeddedPostgres>[0], 'dir' | 'port'>;

export function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must reach the folder
  return dir;
}

export async function freePort() {
  for (;;) {
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    if (!(await portInUse(port))) return port;
  }
}

export async function startOwnPostgres(dir: string, options: Options) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return { port, server: await startEmbeddedPostgres({ dir, port, ...options }) };
    } catch (e) {
      if (attempt >= 3 || !/already in use/i.test(String(e))) throw e;
    }
  }
}
