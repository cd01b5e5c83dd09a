// Imports an article as the demo journalist; `{ raw?, title? }`, defaulting to the reference
// article. A unique marker keeps each test's article apart from the others.
import { readFileSync } from 'node:fs';
import { importArticle } from '@/lib/data/import';
import { db } from '@/lib/db';
import { DEMO_ARTICLE } from '@/prisma/demo';
import { script, userId } from './script';

script(async (args: { raw?: string; title?: string }) => {
  const raw = args.raw ?? readFileSync(`prisma/seed-data/${DEMO_ARTICLE.file}`, 'utf8');
  const article = await importArticle(await userId('journalist'), {
    ...DEMO_ARTICLE.fields,
    raw,
    title: args.title ?? `${DEMO_ARTICLE.fields.title} (${Date.now()})`,
    allowDuplicate: true,
  });
  const claims = await db.claim.findMany({
    where: { articleId: article.id },
    orderBy: { start: 'asc' },
    select: { id: true, text: true, claimant: true },
  });
  return { id: article.id, title: article.title, claims };
});
