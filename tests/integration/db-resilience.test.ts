// What the app does when its database dies, hangs or comes back: against a PostgreSQL of this
// file's own, which it kills and freezes (the suite's shared one must stay up), through the same
// client factory and health check the app uses.
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient } from '@/lib/db';
import { healthResponse } from '@/lib/health';
import { GET } from '@/app/api/health/route';
import type { EmbeddedPostgres } from '@/scripts/embedded-pg.mjs';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { startOwnPostgres, tempDir } from './own-postgres';

let dir: string;
let server: EmbeddedPostgres;
let url: string;

/** Retries `f` until it resolves, for up to `ms`. */
async function eventually<T>(f: () => Promise<T>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await f();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function health(client?: Parameters<typeof healthResponse>[0]) {
  const res = await healthResponse(client);
  return { status: res.status, body: (await res.json()) as { status: string; database: { state: string; reason?: string } } };
}

beforeAll(async () => {
  dir = tempDir('claimdesk-resilience-');
  ({ server } = await startOwnPostgres(path.join(dir, 'pg'), { persistent: false, quiet: true }));
  await server.createDatabase('resilience');
  url = server.url('resilience');
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/health', () => {
  it('answers 200 with the database up, uncached', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
  });
});

describe('when PostgreSQL is killed', () => {
  it('fails queries and says 503 while it is down, and recovers without restarting the app once it is back', { timeout: 90_000 }, async () => {
    const client = createDbClient(url);
    try {
      await expect(client.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
      expect(await health(client)).toMatchObject({ status: 200, body: { database: { state: 'up' } } });

      const pid = server.pid()!;
      const exited = server.exited();
      process.kill(pid, 'SIGKILL');
      await exited;

      await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(await health(client)).toMatchObject({
        status: 503,
        body: { status: 'unavailable', database: { state: 'down', reason: 'unreachable' } },
      });

      // Backoff: right after a failed attempt, requests fail without knocking on the server again.
      const connect = pg.Client.prototype.connect;
      let attempts = 0;
      pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
        attempts++;
        return (connect as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof connect;
      try {
        for (let i = 0; i < 5; i++) await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
      } finally {
        pg.Client.prototype.connect = connect;
      }
      expect(attempts).toBeLessThanOrEqual(1);

      await server.restart();
      await expect(eventually(() => client.$queryRaw`SELECT 1 AS one`)).resolves.toEqual([{ one: 1 }]);
      expect(await health(client)).toMatchObject({ status: 200, body: { status: 'ok', database: { state: 'up' } } });
    } finally {
      await client.$disconnect();
    }
  });
});

describe('when PostgreSQL hangs', () => {
  it('gives up connecting instead of waiting forever, and says 503 within the health check’s limit', { timeout: 60_000 }, async () => {
    const client = createDbClient(url);
    const pid = server.pid()!;
    process.kill(pid, 'SIGSTOP'); // accepts connections (the kernel does) but never answers them
    // Whatever happens below, the server resumes: a frozen one would hang the rest of the file.
    const resume = setTimeout(() => process.kill(pid, 'SIGCONT'), 25_000);
    try {
      const outcome = await Promise.race([
        client.$queryRaw`SELECT 1`.then(
          () => 'answered',
          () => 'failed',
        ),
        new Promise((r) => setTimeout(() => r('still waiting after 15 s'), 15_000)),
      ]);
      expect(outcome).toBe('failed');
      const t0 = Date.now();
      expect(await health(client)).toMatchObject({ status: 503, body: { database: { state: 'down' } } });
      expect(Date.now() - t0).toBeLessThan(7_000);
    } finally {
      clearTimeout(resume);
      process.kill(pid, 'SIGCONT');
    }
    await expect(eventually(() => client.$queryRaw`SELECT 1 AS one`)).resolves.toEqual([{ one: 1 }]);
    await client.$disconnect();
  });
});

describe('one query at a time per connection', () => {
  it('never sends a query on a connection that is still executing one, even when Prisma reads relations in parallel in a transaction', async () => {
    await resetDatabase();
    const user = await makeUser('journalist');
    const article = await makeArticle(user.id);
    const claim = await db.claim.create({ data: { articleId: article.id, start: 0, end: 20, text: 'First sentence here.' } });
    await db.note.create({ data: { claimId: claim.id, authorId: user.id, body: 'a note' } });

    // pg itself warns ("client.query() when the client is already executing a query") only from
    // the third overlapping query, and once per process: count every overlap instead.
    type Internals = pg.Client & { _queryQueue: unknown[]; _getActiveQuery(): unknown };
    const original = pg.Client.prototype.query;
    let calls = 0;
    let overlapping = 0;
    pg.Client.prototype.query = function (this: Internals, ...args: unknown[]) {
      calls++;
      if (this._queryQueue.length > 0 || this._getActiveQuery()) overlapping++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    const client = createDbClient(process.env.DATABASE_URL);
    try {
      const updated = await client.$transaction((tx) =>
        tx.claim.update({
          where: { id: claim.id },
          data: { claimant: 'Mr Xi' },
          select: { claimant: true, notes: { select: { body: true } }, sources: { select: { id: true } }, verdicts: { select: { id: true } } },
        }),
      );
      expect(updated).toEqual({ claimant: 'Mr Xi', notes: [{ body: 'a note' }], sources: [], verdicts: [] });
    } finally {
      pg.Client.prototype.query = original;
      await client.$disconnect();
    }
    expect(calls).toBeGreaterThan(3);
    expect(overlapping).toBe(0);
  });
});
