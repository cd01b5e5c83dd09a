'use server';

import { formAction } from '@/lib/actions';
import { updateSitePage } from '@/lib/data/site-pages';
import { SITE_PAGE_PATHS, sitePageSegment } from '@/lib/site-pages/pages';
import { ZUpdateSitePageSchema } from '@/lib/validation/site-pages';

export const updateSitePageAction = formAction({
  schema: ZUpdateSitePageSchema,
  run: updateSitePage,
  // The version makes each success note new, so the form remounts with what is saved.
  success: (page) => `Saved (version ${page.version}). Readers see it at ${SITE_PAGE_PATHS[page.slug]}.`,
  // The public address too: readers' cached copy of the page expires with it (lib/site-pages/read.ts).
  refresh: ({ input }) => ['/admin/pages', `/admin/pages/${sitePageSegment(input.slug)}`, SITE_PAGE_PATHS[input.slug]],
});
