import { beforeEach, describe, expect, it } from 'vitest';
import { db, inNewYorkUntilTestEnds, makeUser, resetDatabase } from './db';
import { queryRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// queryRows: the few reads every signed-in page sends go through pg on db's pool instead of
// Prisma's $queryRaw. They must read what Prisma reads.

beforeEach(resetDatabase);

describe('queryRows', () => {
  it('reads a timestamp as the UTC instant Prisma wrote, whatever the server’s time zone', async () => {
    const u = await makeUser('editor');
    const at = new Date('2026-07-01T12:34:56.789Z');
    await db.user.update({ where: { id: u.id }, data: { sessionsRevokedAt: at } });
    inNewYorkUntilTestEnds(); // pg's own reading would be four hours off here
    const [row] = await queryRows<{ revoked: Date }>(Prisma.sql`SELECT sessions_revoked_at AS revoked FROM users WHERE id = ${u.id}`);
    expect(row!.revoked).toBeInstanceOf(Date);
    expect(row!.revoked.toISOString()).toBe(at.toISOString());
    const viaPrisma = await db.$queryRaw<{ revoked: Date }[]>`SELECT sessions_revoked_at AS revoked FROM users WHERE id = ${u.id}`;
    expect(row!.revoked.getTime()).toBe(viaPrisma[0]!.revoked.getTime());
  });

  it('binds values as parameters and reads other types as pg does', async () => {
    const u = await makeUser('journalist', "Jo O'Brien; DROP TABLE users --");
    const rows = await queryRows<{ id: string; n: number; active: boolean; role: string }>(
      Prisma.sql`SELECT id, count(*) OVER ()::int AS n, active, role FROM users WHERE name = ${u.name}`,
    );
    expect(rows).toEqual([{ id: u.id, n: 1, active: true, role: 'journalist' }]);
    expect(await queryRows(Prisma.sql`SELECT id FROM users WHERE name = ${'nobody'}`)).toEqual([]);
  });
});
