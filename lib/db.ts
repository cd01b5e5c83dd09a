import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { databaseUrl, DB_POOL_SIZE, IS_PRODUCTION } from '@/lib/config';

// When PostgreSQL goes away, pg's pool drops the connections that broke (idle ones through its
// error listener, checked-out ones when they are released unqueryable) and opens new ones on
// demand, so the app recovers by itself once the server is back (tests/integration/db-resilience.test.ts).
// What is added here: a connection attempt gives up after CONNECT_TIMEOUT_MS instead of waiting
// forever on a server that accepts but does not answer, and failed attempts back off.
const CONNECT_TIMEOUT_MS = 5_000;
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 2_000;

type ConnectError = Error & { code?: string };

/**
 * A pg client whose connection attempts back off: after one fails, new connections fail at once,
 * with that error, until a pause has passed (doubling up to MAX_BACKOFF_MS); the next attempt then
 * goes to the server, and a success ends the backoff. During an outage requests fail fast instead
 * of each knocking on a server that is down or still recovering. Open connections are unaffected.
 */
function backoffClient(): typeof pg.Client {
  let failures = 0;
  let retryAt = 0;
  let lastError: ConnectError | null = null;
  return class BackoffClient extends pg.Client {
    override connect(): Promise<pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
    override connect(callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): Promise<pg.Client> | void {
      const attempt = this.connectWithBackoff();
      if (!callback) return attempt;
      const done = callback as (err: Error | null, c?: pg.Client) => void;
      attempt.then((c) => done(null, c), done);
    }

    private connectWithBackoff(): Promise<pg.Client> {
      const wait = retryAt - Date.now();
      if (lastError && wait > 0) {
        // The same fields as the original, so Prisma reports it the same way (unreachable, starting up…).
        return Promise.reject(Object.assign(new Error(`${lastError.message} (next attempt in ${wait} ms)`), lastError));
      }
      return super.connect().then(
        (c) => {
          failures = 0;
          lastError = null;
          return c;
        },
        (e: ConnectError) => {
          failures++;
          lastError = e;
          retryAt = Date.now() + Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
          throw e;
        },
      );
    }
  };
}

type Query = (...args: unknown[]) => Promise<unknown>;

/** Set while transactionConnection() sends its marker: the connection that runs it is the transaction's. */
const connectionProbe = new AsyncLocalStorage<{ client: pg.ClientBase | null }>();

/**
 * One query at a time per connection. Prisma runs the reads of one operation concurrently (the
 * children of a "join" in its query plan); inside a transaction they share one connection, where
 * pg queues them but warns "Calling client.query() when the client is already executing a query
 * is deprecated" (an error in pg 9). They wait their turn here instead. Callback and submittable
 * calls are pg-pool's own, one per checkout, and pass straight through.
 */
function oneQueryAtATime(client: pg.ClientBase) {
  const query = client.query.bind(client) as unknown as Query;
  let tail: Promise<unknown> = Promise.resolve();
  const queued: Query = (...args) => {
    const probe = connectionProbe.getStore();
    if (probe) probe.client ??= client;
    if (typeof args.at(-1) === 'function' || typeof (args[0] as { submit?: unknown } | undefined)?.submit === 'function') return query(...args);
    const run = () => query(...args);
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
  client.query = queued as unknown as typeof client.query;
}

/** The pg pool behind a Prisma client: connections back off, and run one query at a time. */
function createPool(url: string) {
  return new pg.Pool({
    connectionString: url,
    max: DB_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    Client: backoffClient(),
    onConnect: oneQueryAtATime,
  });
}

/** A Prisma client with its own pool on `url`. The app uses the one `db`; tests make their own. */
export function createDbClient(url: string = databaseUrl(), pool: pg.Pool = createPool(url)) {
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

// One client per process. In development Next reloads modules, so the client is kept on
// globalThis to avoid opening a new pool on every edit.
type Client = ReturnType<typeof createDbClient>;
const globalForPrisma = globalThis as unknown as { prisma?: Client; pool?: pg.Pool };

const pool = globalForPrisma.pool ?? createPool(databaseUrl());
export const db: Client = globalForPrisma.prisma ?? createDbClient(undefined, pool);
if (!IS_PRODUCTION) Object.assign(globalForPrisma, { prisma: db, pool });

/** The client inside `db.$transaction(async (tx) => …)`; `db` itself also fits, for plain reads. */
export type Tx = Parameters<Parameters<Client['$transaction']>[0]>[0];

// Prisma stores DateTime as `timestamp` without a time zone, in UTC, and reads it as UTC, and a
// `date` (@db.Date) as that day's UTC midnight; pg's default reads both in the server's local
// time zone. queryRows reads them as Prisma does.
const { TIMESTAMP, DATE } = pg.types.builtins;
const utcTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);
const rowTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP ? utcTimestamp : oid === DATE ? utcDate : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * The rows of one read, sent by the `pg` driver on `db`'s own pool instead of through Prisma: for
 * the few statements every signed-in page sends (the session check, the header's counts) and the
 * claims list's, where Prisma's handling of a statement costs more CPU than the statement itself
 * (`npm run bench:queries`: 96 µs a read here against 223 through `$queryRaw`). Built with
 * `Prisma.sql` like a `$queryRaw`. Values come back as pg reads them: `timestamp` as a UTC Date
 * (as Prisma; a `date` as its UTC midnight), but `bigint` and `numeric` as strings, so cast
 * counts to int, and enums by their names in the database (`Rating`'s 'true', not Prisma's
 * `true_`). Not inside a transaction: `tx` statements go through Prisma.
 */
export async function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const result = await pool.query({ text: query.text, values: query.values, types: rowTypes });
  return result.rows as Row[];
}

/**
 * The pg connection behind one of Prisma's interactive transactions, for the few statements whose
 * parameters are megabytes (an import's text and rows: lib/data/import-write.ts): Prisma copies
 * and converts every parameter on the server's thread, pg sends a string as it is. A statement
 * sent on it is part of the transaction, committed or rolled back with it. Found by running a
 * marker statement through `tx` and noting which connection took it (each pool connection is
 * wrapped as it connects, above). Use it between the transaction's own awaited statements: the
 * connection still runs one query at a time.
 */
export async function transactionConnection(tx: Tx): Promise<pg.ClientBase> {
  const probe: { client: pg.ClientBase | null } = { client: null };
  await connectionProbe.run(probe, async () => {
    await tx.$executeRaw`SELECT 1`;
  });
  if (!probe.client) throw new Error("The transaction's connection was not found: was the client made by createDbClient?");
  return probe.client;
}

/** Either: for helpers that run inside a caller's transaction or as a plain read. */
export type DbClient = Tx | typeof db;
