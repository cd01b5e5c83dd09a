import 'server-only';
import { revalidatePath } from 'next/cache';

// How the reader's side is cached (see README "Scaling out"):
// - /fact-checks/[slug] and /api/fact-checks/[slug] are rendered once per slug and kept in Next's
//   full-route cache (incremental static regeneration with `revalidate = false`): a cache hit
//   does no database work and no React rendering.
// - The index, home page and feeds are small and rendered per request, so they are never stale.
// Anything that changes what readers see (publish, unpublish, a correction, a change to an
// included claim of a published fact-check) calls this after its transaction commits.
// revalidatePath without a profile EXPIRES the entry at once (unlike revalidateTag(tag, 'max'),
// which would serve the stale page once more while it re-renders), so the very next request
// renders from the database: no reader ever gets a stale verdict or an unpublished page.
export function invalidatePublicFactCheck(slug?: string | null): void {
  const paths = ['/', '/fact-checks', '/api/fact-checks', '/api/claim-reviews'];
  if (slug) paths.push(`/fact-checks/${slug}`, `/api/fact-checks/${slug}`);
  for (const p of paths) expire(p);
}

function expire(path: string) {
  try {
    revalidatePath(path);
  } catch (e) {
    // Outside a Next.js request (the seed, integration tests, e2e set-up scripts) there is no
    // route cache in this process to expire; anything else is a real failure.
    if (e instanceof Error && e.message.includes('static generation store missing')) return;
    throw e;
  }
}
