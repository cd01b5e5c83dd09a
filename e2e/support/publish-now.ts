// Writes a summary and publishes an article's fact-check as the demo editor, through the same
// data-layer functions the publish page calls (so the checklist applies). Args: { articleId }.
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { script, userId } from './script';

script(async (args: { articleId: string }) => {
  const editor = await userId('editor');
  const draft = await saveSummary(editor, { articleId: args.articleId, version: 0, summary: 'An end-to-end test fact-check of one claim.' });
  const published = await publishFactCheck(editor, { articleId: args.articleId, version: draft.version });
  return { slug: published.slug };
});
