// Publishes what changed in the workspace since readers' version, as the demo editor, through the
// same data-layer function the publish page calls (checklist and note rules apply), then refreshes
// readers' copies as the action pipeline does after the commit (through NOTIFY: another process).
// Args: { articleId, kind: 'correction' | 'update', note }.
import { publishFactCheck } from '@/lib/data/factchecks';
import { refreshReaderCopies } from '@/lib/public-cache';
import { db } from '@/lib/db';
import { script, userId } from './script';

script(async (args: { articleId: string; kind: 'correction' | 'update'; note: string }) => {
  const { version } = await db.factCheck.findUniqueOrThrow({ where: { articleId: args.articleId }, select: { version: true } });
  const published = await publishFactCheck(await userId('editor'), { articleId: args.articleId, version, kind: args.kind, note: args.note });
  await refreshReaderCopies([args.articleId]);
  return { slug: published.slug };
});
