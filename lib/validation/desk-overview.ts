import { z } from 'zod';
import { ZFormNumber } from '@/lib/validation/common';
import { blank } from '@/lib/validation/claim-lists';

/** How many weeks the desk overview covers: the current week and the ones before it. */
export const DEFAULT_OVERVIEW_WEEKS = 8;
export const MAX_OVERVIEW_WEEKS = 26;
/** What the page's selector offers; the data layer takes any whole number up to the maximum. */
export const OVERVIEW_WEEK_CHOICES = [4, 8, 12, 26] as const;

const WEEKS_ERROR = `Choose a whole number of weeks from 1 to ${MAX_OVERVIEW_WEEKS}.`;

export const ZDeskOverviewQuerySchema = z.object({
  weeks: blank(
    ZFormNumber(WEEKS_ERROR).pipe(
      z.number().int({ error: WEEKS_ERROR }).min(1, { error: WEEKS_ERROR }).max(MAX_OVERVIEW_WEEKS, { error: WEEKS_ERROR }),
    ),
  ).transform((v) => v ?? DEFAULT_OVERVIEW_WEEKS),
});
export type TDeskOverviewQuery = z.input<typeof ZDeskOverviewQuerySchema>;
