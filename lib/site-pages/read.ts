import 'server-only';
import { unstable_cache } from 'next/cache';
import { getPublicSitePage } from '@/lib/data/site-pages';
import type { SitePageSlug } from '@/lib/generated/prisma/enums';

// Readers' copies of the transparency pages, so a visit costs no database query. Next's data
// cache keys each entry by slug; the entry is also known by the address of the page that read it,
// so the edit action's refresh of that address (revalidatePath in lib/actions, after the commit)
// expires it at once on the instance that saved. Other instances keep their copy at most
// REFRESH_SECONDS: readers elsewhere see an edit within that time, and nothing else is cached.

/** How stale another instance's copy may get after an edit. One query per page per instance per minute. */
const REFRESH_SECONDS = 60;
export const SITE_PAGES_TAG = 'site-pages';

export type CachedSitePage = { slug: SitePageSlug; title: string; body: string; updatedAt: string | null };

const cached = unstable_cache(
  async (slug: SitePageSlug): Promise<CachedSitePage> => {
    const page = await getPublicSitePage(slug);
    // The data cache stores JSON: a Date would come back as a string on a hit, so it is one here too.
    return { ...page, updatedAt: page.updatedAt?.toISOString() ?? null };
  },
  ['site-page'],
  { tags: [SITE_PAGES_TAG], revalidate: REFRESH_SECONDS },
);

export const readSitePage = (slug: SitePageSlug): Promise<CachedSitePage> => cached(slug);
