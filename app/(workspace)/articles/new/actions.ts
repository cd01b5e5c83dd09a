'use server';

import { callAction } from '@/lib/actions';
import { previewImport } from '@/lib/data/import';
import { queueImport } from '@/lib/data/tasks';
import { ZImportArticleSchema, ZPreviewImportSchema } from '@/lib/validation/articles';

// The two steps of the import form. The (possibly large) text stays in the browser: it is never
// echoed back. Validation, permission and the duplicate check happen in lib/data/import.ts. Both
// take a plain object, not FormData: a form's entries turn every line break of the text into
// CRLF, which would change the text that is stored and count against the character limit.

/** Runs the extractor and saves nothing. */
export const previewImportAction = callAction({
  schema: ZPreviewImportSchema,
  run: previewImport,
  success: (p) => `${p.claims.length} sentences found.`,
  data: (preview) => preview,
  keepOut: 'all',
});

/**
 * Queues the save of the article and its suggested claims (lib/data/tasks.ts); the form follows
 * the task at /api/tasks/<id> and opens the article when it is done. A duplicate text comes back
 * as the task's CONFLICT.
 */
export const saveImportAction = callAction({
  schema: ZImportArticleSchema,
  run: queueImport,
  success: 'Queued: saving the article…',
  refresh: () => ['/articles', '/dashboard'],
  data: (task) => ({ taskId: task.taskId }),
  keepOut: 'all',
});
