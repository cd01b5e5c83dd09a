import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { transactionConnection } from '@/lib/db';

// transactionConnection(tx): the pg connection behind a Prisma interactive transaction, on which
// an import sends its large statements. What it sends must be part of that transaction.

beforeEach(resetDatabase);

const backendPid = async (q: { query: (sql: string) => Promise<{ rows: { pid: number }[] }> }) =>
  (await q.query('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;

describe('transactionConnection', () => {
  it("is the transaction's own connection: its writes are seen by the transaction and committed with it", async () => {
    const u = await makeUser('journalist');
    await db.$transaction(async (tx) => {
      const conn = await transactionConnection(tx);
      const pid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
      expect(await backendPid(conn)).toBe(pid);
      await conn.query('UPDATE users SET name = $1 WHERE id = $2', ['Written through pg', u.id]);
      // Not committed yet: another connection still reads the old name.
      expect((await db.user.findUnique({ where: { id: u.id } }))?.name).toBe('journalist');
      expect((await tx.user.findUnique({ where: { id: u.id } }))?.name).toBe('Written through pg');
    });
    expect((await db.user.findUnique({ where: { id: u.id } }))?.name).toBe('Written through pg');
  });

  it('rolls back with the transaction', async () => {
    const u = await makeUser('journalist');
    const failed = db.$transaction(async (tx) => {
      const conn = await transactionConnection(tx);
      await conn.query('UPDATE users SET name = $1 WHERE id = $2', ['Never kept', u.id]);
      throw new Error('something later in the transaction failed');
    });
    await expect(failed).rejects.toThrow('something later');
    expect((await db.user.findUnique({ where: { id: u.id } }))?.name).toBe('journalist');
  });

  it('finds each of several simultaneous transactions its own connection', async () => {
    const pids = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.$transaction(async (tx) => {
          const conn = await transactionConnection(tx);
          const pid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
          // Held open a moment so that the four overlap.
          await conn.query('SELECT pg_sleep(0.05)');
          expect(await backendPid(conn)).toBe(pid);
          return pid;
        }),
      ),
    );
    expect(new Set(pids).size).toBe(4);
  });
});
