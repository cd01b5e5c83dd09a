// The embedded PostgreSQL that `npm start` runs (scripts/embedded-pg.mjs): a password of its own,
// and a supervisor that restarts it when it dies. On a cluster of this file's own.
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/scripts/embedded-pg.mjs';
import { startOwnPostgres, tempDir } from './own-postgres';

let dir: string;
let port: number | undefined;
let server: EmbeddedPostgres | undefined;
const log: string[] = [];
const clusterDir = () => path.join(dir, 'pg');
const passwordFile = () => path.join(dir, 'pg-password');

/** Runs `sql` as the cluster's superuser with this password; the SQLSTATE when refused. */
async function asPostgres(password: string, sql = 'SELECT 1'): Promise<pg.QueryResult | string> {
  const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await c.connect();
    return await c.query(sql);
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await c.end().catch(() => {});
  }
}

const options = (supervise: boolean) => ({ passwordFile: passwordFile(), quiet: true, supervise, log: (m: string) => log.push(m) });
/** The first start picks a port; later ones (the same cluster, stopped meanwhile) keep it. */
async function start(supervise = false) {
  if (port) return (server = await startEmbeddedPostgres({ dir: clusterDir(), port, ...options(supervise) }));
  ({ port, server } = await startOwnPostgres(clusterDir(), options(supervise)));
  return server;
}

beforeAll(() => {
  dir = tempDir('claimdesk-embedded-');
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded PostgreSQL password', () => {
  it('is generated at the first start, kept readable by its owner only, and postgres/postgres is refused', { timeout: 60_000 }, async () => {
    await start();
    const password = readFileSync(passwordFile(), 'utf8').trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(passwordFile()).mode & 0o777).toBe(0o600);
    expect(typeof (await asPostgres(password))).toBe('object');
    expect(await asPostgres('postgres')).toBe('28P01'); // invalid_password

    await server!.stop();
    await start();
    expect(readFileSync(passwordFile(), 'utf8').trim()).toBe(password);
    expect(server!.url('claimdesk')).toContain(`:${password}@`);
  });

  it('replaces the old postgres/postgres of a cluster made before, at its next start, keeping its data', { timeout: 60_000 }, async () => {
    // A cluster as the old scheme left it: the fixed password and no password file.
    const current = readFileSync(passwordFile(), 'utf8').trim();
    await asPostgres(current, 'CREATE TABLE kept AS SELECT 42 AS answer');
    await asPostgres(current, "ALTER ROLE postgres PASSWORD 'postgres'");
    await server!.stop();
    rmSync(passwordFile());

    await start();
    const password = readFileSync(passwordFile(), 'utf8').trim();
    expect(password).not.toBe(current);
    expect(log.join('\n')).toMatch(/now has its own password/);
    expect(await asPostgres('postgres')).toBe('28P01');
    const kept = await asPostgres(password, 'SELECT answer FROM kept');
    expect((kept as pg.QueryResult).rows).toEqual([{ answer: 42 }]);
  });
});

describe('the supervisor of npm start', () => {
  it('restarts a PostgreSQL killed with SIGKILL, says why, and keeps what was committed', { timeout: 90_000 }, async () => {
    await server!.stop();
    await start(true);
    const password = readFileSync(passwordFile(), 'utf8').trim();
    await asPostgres(password, 'INSERT INTO kept VALUES (43)');

    const pid = server!.pid()!;
    const exited = server!.exited();
    process.kill(pid, 'SIGKILL');
    expect(await exited).toMatchObject({ signal: 'SIGKILL' });

    let answers: unknown;
    for (const until = Date.now() + 45_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
      const r = await asPostgres(password, 'SELECT answer FROM kept ORDER BY answer');
      if (typeof r === 'object') {
        answers = r.rows;
        break;
      }
    }
    expect(answers).toEqual([{ answer: 42 }, { answer: 43 }]);
    expect(server!.pid()).toBeGreaterThan(0);
    expect(server!.pid()).not.toBe(pid);
    const said = log.join('\n');
    expect(said).toContain(`PostgreSQL (pid ${pid}) was killed by SIGKILL`);
    expect(said).toMatch(/PostgreSQL is back \d+ ms after it died/);
  });
});
