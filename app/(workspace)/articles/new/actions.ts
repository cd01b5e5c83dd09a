'use server';

import { callAction } from '@/lib/actions';
import { importArticle, previewImport } from '@/lib/data/import';
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

/** Saves the article and its suggested claims; the form then opens it. A duplicate text is a CONFLICT. */
export const saveImportAction = callAction({
  schema: ZImportArticleSchema,
  run: importArticle,
  success: 'Article imported.',
  refresh: () => ['/articles', '/dashboard'],
  data: (article) => ({ id: article.id }),
  keepOut: 'all',
});
