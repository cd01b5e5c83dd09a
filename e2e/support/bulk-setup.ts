// Imports a private copy of the reference article as the demo journalist and accepts its `accept`
// best-scored suggestions (0 leaves them all suggested), through the real data layer, for the bulk
// triage spec. Args: { title, accept? }. Returns the article and its claims with their numbers.
import { readFileSync } from 'node:fs';
import { importArticle } from '@/lib/data/import';
import { reviewClaim } from '@/lib/data/workflow';
import { db } from '@/lib/db';
import { DEMO_ARTICLE } from '@/prisma/demo';
import { script, userId } from './script';

script(async (args: { title: string; accept?: number }) => {
  const journalist = await userId('journalist');
  const raw = readFileSync(`prisma/seed-data/${DEMO_ARTICLE.file}`, 'utf8');
  const article = await importArticle(journalist, { ...DEMO_ARTICLE.fields, raw, title: args.title, allowDuplicate: true });
  const best = await db.claim.findMany({
    where: { articleId: article.id, status: 'suggested' },
    orderBy: [{ score: 'desc' }, { start: 'asc' }],
    take: args.accept ?? 0,
    select: { id: true, version: true },
  });
  for (const c of best) await reviewClaim(journalist, { claimId: c.id, version: c.version, move: 'accept' });
  const claims = await db.claim.findMany({
    where: { articleId: article.id },
    orderBy: { start: 'asc' },
    select: { id: true, number: true, text: true, status: true },
  });
  return { id: article.id, title: article.title, claims };
});
