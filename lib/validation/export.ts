import { z } from 'zod';
import { ZClaimListQuerySchema } from '@/lib/validation/claim-lists';

/** The two shapes an export is written in (GET /api/export/claims.csv and claims.json). */
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The query parameters the /claims page carries, and so the export's: the filters and the sort. */
export const CLAIM_EXPORT_PARAMS = ['status', 'assignee', 'rating', 'article', 'sort'] as const;

/**
 * The export's filters are the claims list's schema itself, so the two accept, refuse and mean
 * exactly the same things. `after` is the list's page position, not a filter: an export always
 * starts at the top, so a cursor copied along from a later page is dropped rather than refused.
 */
export const ZClaimExportQuerySchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, unknown>), after: undefined } : v),
  ZClaimListQuerySchema,
);
export type TClaimExportQuery = Partial<Record<(typeof CLAIM_EXPORT_PARAMS)[number], string>>;

/** The first value of each filter in a query string (as the page reads them); others are ignored. */
export function exportQueryFromParams(params: URLSearchParams): TClaimExportQuery {
  const out: TClaimExportQuery = {};
  for (const k of CLAIM_EXPORT_PARAMS) {
    const v = params.get(k);
    if (v !== null) out[k] = v;
  }
  return out;
}
