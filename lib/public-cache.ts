import 'server-only';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';

// How the reader's side is cached (see README "Scaling out"):
// - scripts/server.mjs keeps the bytes of /fact-checks/[slug] and /api/fact-checks/[slug] in
//   memory and answers hits itself; a miss renders from the database through Next.
// - The index, home page and feeds are small and rendered per request, so they are never stale.
// Anything that changes what readers see (publish, unpublish, a correction, any workspace change
// to a published article) calls this after its transaction commits: this process's copy is
// dropped at once and every other instance's through PostgreSQL NOTIFY, so the very next request
// renders from the database and no reader gets a stale verdict or an unpublished page.
// revalidatePath also refreshes the client router cache of whoever made the change.
export function invalidatePublicFactCheck(slug?: string | null): void {
  const paths = ['/', '/fact-checks', '/api/fact-checks', '/api/claim-reviews'];
  if (slug) paths.push(`/fact-checks/${slug}`, `/api/fact-checks/${slug}`);
  const inRequest = paths.map(expire).every(Boolean);
  if (!inRequest) return; // seed or tests: no server to tell
  // The copies of the page bytes that scripts/server.mjs answers hits from: this process's at
  // once, every other instance's through PostgreSQL NOTIFY (they LISTEN on the channel).
  (globalThis as { __claimdeskPublicCache?: { clear(): void } }).__claimdeskPublicCache?.clear();
  db.$executeRawUnsafe(`SELECT pg_notify('claimdesk_public_cache', '')`).catch((e: unknown) => {
    console.error('[public-cache] could not notify other instances:', e);
  });
}

function expire(path: string): boolean {
  try {
    revalidatePath(path);
    return true;
  } catch (e) {
    // Outside a Next.js request (the seed, integration tests, e2e set-up scripts) there is no
    // route cache in this process to expire; anything else is a real failure.
    if (e instanceof Error && e.message.includes('static generation store missing')) return false;
    throw e;
  }
}

/**
 * Called by lib/actions.ts after every successful workspace mutation. Every change writes a
 * history event in its own transaction (lib/data/events.ts), so the events this user wrote
 * since the action began name every article it touched; if one of them has a published
 * fact-check, readers' cached copies are dropped. One indexed query per mutation, and no
 * mutation can forget to invalidate (a source edit, a span fix, a send-back…).
 */
export async function invalidateAfterMutation(actorId: string, since: Date): Promise<void> {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT fc.slug
    FROM events e
    LEFT JOIN claims c ON c.id = e.claim_id
    JOIN fact_checks fc ON fc.article_id = COALESCE(e.article_id, c.article_id)
    WHERE e.actor_id = ${actorId} AND e.at >= ${since} AND fc.status = 'published' AND e.action NOT LIKE 'note.%'`;
  for (const r of rows) invalidatePublicFactCheck(r.slug);
}
