'use server';

import { callAction, formAction } from '@/lib/actions';
import { articleIdOf, type SavedRecord } from '@/lib/errors';
import { confirmAnchor, leaveOutAnchor } from '@/lib/data/article-versions';
import { queueArticleVersion } from '@/lib/data/tasks';
import { ZImportVersionSchema, ZSettleAnchorSchema } from '@/lib/validation/articles';

// A new version of an article's text, and settling what it did to each claim (issue 11).

const pagesOf = (id: string | undefined) => (id ? [`/articles/${id}`, `/articles/${id}/versions`] : []);

/**
 * Queues the new version (lib/data/tasks.ts): the form then follows the task at /api/tasks/<id>
 * and opens the article when it is done. A plain object, not FormData, for the same reason as the
 * import (line breaks stay as typed).
 */
export const importVersionAction = callAction({
  schema: ZImportVersionSchema,
  run: queueArticleVersion,
  success: 'Queued: reading the new version…',
  refresh: ({ input }) => pagesOf(input.articleId),
  data: (r) => ({ taskId: r.taskId }),
  keepOut: 'all',
});

const settled = ({ result, conflict }: { result?: { articleId: string }; conflict?: SavedRecord }) =>
  pagesOf(result?.articleId ?? articleIdOf(conflict));

export const confirmAnchorAction = formAction({
  schema: ZSettleAnchorSchema,
  run: confirmAnchor,
  success: 'Confirmed: the claim now covers its new words.',
  refresh: settled,
});

export const leaveOutAnchorAction = formAction({
  schema: ZSettleAnchorSchema,
  run: leaveOutAnchor,
  success: 'Left out of the fact-check; its sources, notes and verdicts are kept.',
  refresh: settled,
});
