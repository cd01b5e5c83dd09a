// The transparency pages readers can always reach (the footer of every public page links them)
// and admins edit at /admin/pages. Client-safe: names and addresses only.
import type { SitePageSlug } from '@/lib/generated/prisma/enums';

/** In the order the footer and the admin list show them. */
export const SITE_PAGE_SLUGS = ['about', 'methodology', 'corrections_policy'] as const satisfies readonly SitePageSlug[];

/** Where readers find each page (the enum's stored names, e.g. "corrections-policy"). */
export const SITE_PAGE_PATHS: Record<SitePageSlug, string> = {
  about: '/about',
  methodology: '/methodology',
  corrections_policy: '/corrections-policy',
};

/** What links to each page say. The page's own title is the admin's to change. */
export const SITE_PAGE_LINKS: Record<SitePageSlug, string> = {
  about: 'About us',
  methodology: 'Methodology and ratings',
  corrections_policy: 'Corrections policy',
};

/** The page's name in an address ("corrections-policy"), for /admin/pages/[slug]. */
export const sitePageSegment = (slug: SitePageSlug) => SITE_PAGE_PATHS[slug].slice(1);

/** The page an address segment names, or null: the admin page answers 404 for anything else. */
export const slugFromSegment = (segment: string): SitePageSlug | null => SITE_PAGE_SLUGS.find((s) => sitePageSegment(s) === segment) ?? null;

/** Longest title and Markdown body (the database checks the same, lib/validation/site-pages.ts). */
export const SITE_PAGE_TITLE_MAX = 120;
export const SITE_PAGE_BODY_MAX = 50_000;
