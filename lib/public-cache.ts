import 'server-only';
import { db } from '@/lib/db';

// How the reader's side is cached (see README "Scaling out"):
// - scripts/server.mjs keeps the bytes of /fact-checks/[slug] and /api/fact-checks/[slug] in
//   memory and answers hits itself; a miss renders the latest published snapshot through Next.
//   Each copy knows which version (snapshot number) it shows: the page says so in a meta tag, the
//   JSON in a header (VERSION_META, VERSION_HEADER).
// - The index, home page and feeds are rendered per request, so they are never stale.
//
// The action pipeline (lib/actions) calls refreshReaderCopies after every mutation that
// committed, with the articles its history events named (lib/data/touched.ts). It is the only
// caller: the data layer never touches a cache. Readers see snapshots, never the workspace, so
// most of those calls change nothing readers see: every instance then keeps its copies.

/**
 * How scripts/server.mjs hands its cache to this module. The custom server and Next's bundled
 * modules are separate module graphs in one process, so a registered global symbol is the one
 * thing both can see. Absent when Next runs without that server (`next dev`, tests).
 */
export const PUBLIC_CACHE_KEY = Symbol.for('claimdesk.publicCache');
/** `<meta name=…>` on the reader's page: the version it shows (scripts/server.mjs reads it). */
export const VERSION_META = 'claimdesk-version';
/**
 * `<meta name=…>` on the page a retracted fact-check's address shows: the status it must answer
 * with (410). App Router pages cannot set a status other than 200/404/401/403, so
 * scripts/reader-cache.mjs (behind scripts/server.mjs, what `npm start` runs) sends 410 for it.
 */
export const STATUS_META = 'claimdesk-status';
/** The same for the JSON API, as a response header. */
export const VERSION_HEADER = 'X-Claimdesk-Version';

/**
 * What a reader's copy shows, as one number: the snapshot, and the article's version (the page
 * says when the publisher changed the article after our fact-check). 0 is nothing (unpublished).
 */
export const readerVersion = (snapshot: number, articleVersion: number) => snapshot * 1_000_000 + Math.min(articleVersion, 999_999);

/** What readers should see of a fact-check: readerVersion, or 0 for nothing. */
export type ReaderState = { slug: string; version: number };
type ServerCache = { update(states: ReaderState[]): void; clear(): void };
const serverCache = () => (globalThis as { [PUBLIC_CACHE_KEY]?: ServerCache })[PUBLIC_CACHE_KEY];

/** The channel every instance LISTENs on (scripts/server.mjs). */
const CHANNEL = 'claimdesk_public_cache';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a state is under 150. */
const STATES_PER_NOTIFY = 40;

/** The version readers should see of each of these articles' fact-checks. Drafts never had readers. */
async function readerStates(articleIds: string[]): Promise<ReaderState[]> {
  const rows = await db.factCheck.findMany({
    where: { articleId: { in: articleIds }, status: { not: 'draft' } },
    select: {
      slug: true,
      status: true,
      article: { select: { currentVersion: true } },
      snapshots: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
    },
  });
  return rows.map((f) => {
    const snapshot = f.status === 'published' ? f.snapshots[0]?.number : undefined;
    return { slug: f.slug, version: snapshot ? readerVersion(snapshot, f.article.currentVersion) : 0 };
  });
}

/**
 * Tells every instance which version readers should see of these articles' fact-checks: this
 * process's cache at once, every other instance's through PostgreSQL NOTIFY. Each drops the
 * copies that show another version (a new snapshot was published, or the fact-check was
 * unpublished), so the very next request renders what readers should see; copies of the version
 * readers should see stay, whatever happened in the workspace.
 */
export async function refreshReaderCopies(articleIds: string[]): Promise<void> {
  if (!articleIds.length) return;
  const states = await readerStates(articleIds);
  if (!states.length) return;
  serverCache()?.update(states);
  for (let i = 0; i < states.length; i += STATES_PER_NOTIFY) {
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(states.slice(i, i + STATES_PER_NOTIFY))})`;
  }
}
