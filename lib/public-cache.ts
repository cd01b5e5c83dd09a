import 'server-only';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';

// How the reader's side is cached (see README "Scaling out"):
// - scripts/server.mjs keeps the bytes of /fact-checks/[slug] and /api/fact-checks/[slug] in
//   memory and answers hits itself; a miss renders from the database through Next.
// - The index, home page and feeds are rendered per request, so they are never stale.
//
// The action pipeline (lib/actions) calls refreshReaderCopies after every mutation that
// committed, with the articles its history events named (lib/data/touched.ts). It is the only
// caller: the data layer never touches a cache.

/**
 * How scripts/server.mjs hands its cache to this module. The custom server and Next's bundled
 * modules are separate module graphs in one process, so a registered global symbol is the one
 * thing both can see. Absent when Next runs without that server (`next dev`, tests).
 */
export const PUBLIC_CACHE_KEY = Symbol.for('claimdesk.publicCache');
type ServerCache = { clear(): void };
const serverCache = () => (globalThis as { [PUBLIC_CACHE_KEY]?: ServerCache })[PUBLIC_CACHE_KEY];

/** The channel every instance LISTENs on (scripts/server.mjs). */
const CHANNEL = 'claimdesk_public_cache';

/**
 * Drops readers' copies of the fact-checks of these articles: this process's at once, every
 * other instance's through PostgreSQL NOTIFY, so the very next request renders from the
 * database and no reader gets a stale verdict or an unpublished page. Drafts never reach
 * readers, so only published and unpublished fact-checks count.
 */
export async function refreshReaderCopies(articleIds: string[]): Promise<void> {
  const factChecks = await db.factCheck.findMany({
    where: { articleId: { in: articleIds }, status: { not: 'draft' } },
    select: { slug: true },
  });
  if (!factChecks.length) return;
  for (const path of ['/', '/fact-checks', '/api/fact-checks', '/api/claim-reviews']) revalidatePath(path);
  for (const { slug } of factChecks) {
    revalidatePath(`/fact-checks/${slug}`);
    revalidatePath(`/api/fact-checks/${slug}`);
  }
  serverCache()?.clear();
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, '')`;
}
