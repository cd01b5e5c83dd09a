import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl, DB_POOL_SIZE, IS_PRODUCTION } from '@/lib/config';

// One client per process. In development Next reloads modules, so the client is kept on
// globalThis to avoid opening a new pool on every edit.
function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), max: DB_POOL_SIZE }),
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { prisma?: Client };

export const db: Client = globalForPrisma.prisma ?? createClient();
if (!IS_PRODUCTION) globalForPrisma.prisma = db;

/** The client inside `db.$transaction(async (tx) => …)`; `db` itself also fits, for plain reads. */
export type Tx = Parameters<Parameters<Client['$transaction']>[0]>[0];

/** Either: for helpers that run inside a caller's transaction or as a plain read. */
export type DbClient = Tx | typeof db;
