import { z } from 'zod';
import { SitePageSlug } from '@/lib/generated/prisma/enums';
import { ZFormNumber, zText } from '@/lib/validation/common';
import { SITE_PAGE_BODY_MAX, SITE_PAGE_TITLE_MAX } from '@/lib/site-pages/pages';

export const ZSitePageSlug = z.enum(SitePageSlug, { error: 'Choose one of the transparency pages.' });

/** The version the form was loaded with; 0 for a page the seed never wrote (saving creates it). */
const ZSitePageVersion = ZFormNumber('Missing version.').pipe(z.number().int({ error: 'Missing version.' }).min(0, { error: 'Missing version.' }));

export const ZUpdateSitePageSchema = z.object({
  slug: ZSitePageSlug,
  version: ZSitePageVersion,
  title: zText({ error: 'Enter a title.' })
    .trim()
    .min(1, { error: 'Enter a title.' })
    .max(SITE_PAGE_TITLE_MAX, { error: `Keep the title under ${SITE_PAGE_TITLE_MAX} characters.` }),
  // Browsers send a textarea's line ends as CRLF: stored as LF, so an unchanged page compares equal.
  body: zText({ error: 'Write the page’s text.' })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'Write the page’s text.' })
        .max(SITE_PAGE_BODY_MAX, { error: `Keep the text under ${SITE_PAGE_BODY_MAX.toLocaleString('en')} characters.` }),
    ),
});
export type TUpdateSitePage = z.input<typeof ZUpdateSitePageSchema>;
