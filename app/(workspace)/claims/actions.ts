'use server';

import { callAction } from '@/lib/actions';
import { bulkTriage } from '@/lib/data/bulk';
import { bulkSummary, ZBulkTriageSchema } from '@/lib/validation/bulk';

// Bulk triage from the claims list and the article workspace: one action for both, since the
// change is the same. The data function reports each claim's outcome; the summary says what
// succeeded and what conflicted, and the caller lists the claims that did not change.

export const bulkTriageAction = callAction({
  schema: ZBulkTriageSchema,
  run: bulkTriage,
  success: (r) => bulkSummary(r),
  refresh: ({ input, result }) => [
    '/claims',
    '/dashboard',
    '/articles',
    ...(result?.articleIds ?? []).map((id) => `/articles/${id}`),
    ...input.claims.map((c) => `/claims/${c.claimId}`),
  ],
  data: (r) => ({ outcomes: r.outcomes }),
});
