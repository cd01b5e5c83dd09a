'use server';

import { callAction, formAction } from '@/lib/actions';
import { bulkTriage } from '@/lib/data/bulk';
import { deleteView, saveView } from '@/lib/data/saved-views';
import { bulkSummary, ZBulkTriageSchema } from '@/lib/validation/bulk';
import { ZDeleteViewSchema, ZSaveViewSchema } from '@/lib/validation/saved-views';

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

export const saveViewAction = formAction({
  schema: ZSaveViewSchema,
  run: saveView,
  success: (v) => `Saved as “${v.name}”.`,
  refresh: () => ['/claims', '/search'],
});

export const deleteViewAction = formAction({
  schema: ZDeleteViewSchema,
  run: deleteView,
  success: 'View deleted.',
  refresh: () => ['/claims', '/search'],
});
