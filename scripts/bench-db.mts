// Shared by the benchmarks that need a database of their own: a throwaway embedded PostgreSQL,
// migrated, gone afterwards whatever happens.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, portInUse } from './embedded-pg.mjs';
import { migrateDeploy } from './migrate.mjs';

/**
 * Starts an embedded PostgreSQL on the first free port from `port` in a new temporary folder,
 * creates and migrates the database "bench", points DATABASE_URL at it (so the data layer, once
 * imported, uses it), runs `fn` with its URL and the folder, then stops the server and removes
 * the folder.
 */
export async function withBenchDatabase<T>(name: string, port: number, fn: (url: string, dir: string) => Promise<T>): Promise<T> {
  while (await portInUse(port)) port++;
  const dir = mkdtempSync(path.join(os.tmpdir(), `claimdesk-${name}-`));
  chmodSync(dir, 0o755); // the server runs as another user when started as root
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, persistent: false, quiet: true });
  try {
    await pg.createDatabase('bench');
    const url: string = pg.url('bench');
    process.env.DATABASE_URL = url;
    await migrateDeploy(url);
    return await fn(url, dir);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
