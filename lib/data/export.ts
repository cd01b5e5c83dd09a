import 'server-only';
import { pipeline, Transform, type Readable } from 'node:stream';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { authorize, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { databaseUrl } from '@/lib/config';
import { claimListSortKey, claimListWhere, type TClaimListFilters } from '@/lib/data/claim-lists';
import { rateLimited } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { toExportClaim, type ExportRow } from '@/lib/export/rows';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZClaimExportQuerySchema, type TClaimExportQuery } from '@/lib/validation/export';

/** Rows fetched from the server-side cursor per round trip; also what the row stream buffers. */
export const EXPORT_BATCH_ROWS = 500;
/** Exports running at once, each holding one connection of its own pool; one more is refused (429). */
export const EXPORT_CONNECTIONS = 3;

const ISO = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/**
 * The export's one statement: exactly the list's claims (its WHERE builder, its order), one row per
 * claim with the newest verdict and the sources (and notes, when `includeNotes`) aggregated as JSON
 * in lateral subqueries, so a claim never spans rows and nothing is joined in JavaScript.
 */
export function claimExportSql(q: TClaimListFilters, actorId: string, includeNotes: boolean): Prisma.Sql {
  const notes = includeNotes
    ? Prisma.sql`
    CROSS JOIN LATERAL (
      SELECT COALESCE(json_agg(json_build_object('author', nu.name, 'body', n.body, 'at', to_char(n.created_at, ${ISO}))
                               ORDER BY n.created_at, n.id), '[]'::json) AS notes
      FROM notes n LEFT JOIN users nu ON nu.id = n.author_id
      WHERE n.claim_id = c.id) nt`
    : Prisma.empty;
  return Prisma.sql`
    SELECT c.id, c.article_id, a.title AS article_title, c.text, c.claimant, c.status, to_char(c.updated_at, ${ISO}) AS updated_at,
           c.assignee_id, u.name AS assignee_name,
           lv.rating AS verdict_rating, lv.kind AS verdict_kind, lv.explanation AS verdict_explanation, to_char(lv.created_at, ${ISO}) AS verdict_at,
           src.sources, ${includeNotes ? Prisma.sql`nt.notes` : Prisma.sql`NULL::json`} AS notes
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN users u ON u.id = c.assignee_id
    LEFT JOIN LATERAL (
      SELECT v.rating, v.kind, v.explanation, v.created_at FROM verdicts v
      WHERE v.claim_id = c.id ORDER BY v.created_at DESC, v.id DESC LIMIT 1) lv ON true
    CROSS JOIN LATERAL (
      SELECT COALESCE(json_agg(json_build_object('url', s.url, 'title', s.title, 'type', s.type, 'stance', s.stance, 'archive_url', s.archive_url)
                               ORDER BY s.created_at, s.id), '[]'::json) AS sources
      FROM sources s WHERE s.claim_id = c.id) src${notes}
    WHERE ${claimListWhere(q, actorId)}
    ORDER BY ${claimListSortKey(q)} DESC, c.id DESC`;
}

/**
 * Whether this caller's export carries the claims' notes: internal research talk, for staff only.
 * Today every signed-in role has 'workspace.read' (which covers notes, lib/auth/permissions.ts), so
 * staff always get them; a future caller without it (an API token, a reader) must get none, and the
 * decision stays here, beside the query, rather than with the route.
 */
export const notesAllowed = (actor: Actor) => can(actor, 'workspace.read');

// Exports get a small pool of their own rather than connections of the app's (Prisma's adapter
// keeps its pool to itself): a download of a million claims holds its connection for as long as
// the client takes to read it, and a few slow downloads must not starve the pages of connections.
type ExportPoolGlobal = { claimdeskExportPool?: pg.Pool; claimdeskExportsRunning?: number };
const g = globalThis as unknown as ExportPoolGlobal;

function exportPool(): pg.Pool {
  if (!g.claimdeskExportPool) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: EXPORT_CONNECTIONS,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // A connection that breaks while idle is dropped by the pool; without a listener it would crash the process.
    pool.on('error', (e) => console.error(`export connection dropped: ${e.message}`));
    g.claimdeskExportPool = pool;
  }
  return g.claimdeskExportPool;
}

/** Closes the export pool (scripts and tests, so their process can end). */
export async function closeExportPool() {
  const pool = g.claimdeskExportPool;
  g.claimdeskExportPool = undefined;
  await pool?.end();
}

export type ClaimExport = {
  /** Exported claims (lib/export/rows.ts), object mode, read from the cursor as they are consumed. */
  rows: Readable;
  includeNotes: boolean;
  query: TClaimListFilters;
};

export type ClaimExportOptions = {
  /** Ask for notes (default). Whether they come is still `notesAllowed`: asking never adds them. */
  notes?: boolean;
  batchSize?: number;
};

/**
 * The claims the list shows for these filters, as a stream, for GET /api/export/claims.csv and
 * .json. Authorization and filters are checked before anything is sent (so those fail as 401/400,
 * not as a broken download). The rows come from a server-side cursor (pg-query-stream) in one
 * REPEATABLE READ, READ ONLY transaction: one consistent snapshot however long the client takes,
 * fetched EXPORT_BATCH_ROWS at a time and only as fast as the consumer reads (backpressure), so no
 * more than a batch or two is ever in memory. Destroying the stream (the client went away) closes
 * the cursor and drops its connection, which ends the transaction.
 */
export async function openClaimExport(actorId: string | null, input: TClaimExportQuery, options: ClaimExportOptions = {}): Promise<ClaimExport> {
  const q = parseOrThrow(ZClaimExportQuerySchema, input);
  const actor = await authorize(actorId, 'workspace.read');
  const includeNotes = (options.notes ?? true) && notesAllowed(actor);
  if ((g.claimdeskExportsRunning ?? 0) >= EXPORT_CONNECTIONS) throw rateLimited('Too many exports are running right now. Try again in a minute.');

  g.claimdeskExportsRunning = (g.claimdeskExportsRunning ?? 0) + 1;
  let client: pg.PoolClient | undefined;
  let released = false;
  // A connection is reused only after a clean COMMIT; after an error or a cancel it is closed.
  const release = (err?: Error) => {
    if (released) return;
    released = true;
    g.claimdeskExportsRunning = (g.claimdeskExportsRunning ?? 1) - 1;
    client?.release(err);
  };
  try {
    client = await exportPool().connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  } catch (e) {
    release(e instanceof Error ? e : new Error(String(e)));
    throw e;
  }

  const batchSize = options.batchSize ?? EXPORT_BATCH_ROWS;
  const sql = claimExportSql(q, actor.id, includeNotes);
  const cursor = client.query(new QueryStream(sql.text, sql.values, { batchSize }));
  // pipeline reports every error; this keeps a late one (a close racing the connection's end) from
  // being an unhandled 'error' event after it has settled.
  cursor.on('error', () => undefined);
  const rows = new Transform({
    objectMode: true,
    highWaterMark: batchSize,
    transform(row: ExportRow, _enc, done) {
      done(null, toExportClaim(row, includeNotes));
    },
  });
  const open = client;
  pipeline(cursor, rows, (err) => {
    if (err) return release(err);
    open.query('COMMIT').then(
      () => release(),
      (e: Error) => release(e),
    );
  });
  return { rows, includeNotes, query: q };
}
