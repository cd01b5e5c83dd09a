// Imports a private copy of the reference article and brings one of its claims to a chosen point
// of the workflow through the real data layer (with its permission checks), as the demo people.
// Args: { title, contains, upTo?: 'open' | 'researching' | 'in_review', proposal?: {...} }
import { readFileSync } from 'node:fs';
import { importArticle } from '@/lib/data/import';
import { assignClaim, reviewClaim } from '@/lib/data/workflow';
import { proposeVerdict } from '@/lib/data/verdicts';
import { db } from '@/lib/db';
import type { Rating } from '@/lib/generated/prisma/enums';
import { DEMO_ARTICLE } from '@/prisma/demo';
import { script, userId } from './script';

type Args = { title: string; contains: string; upTo?: 'open' | 'researching' | 'in_review'; rating?: Rating; explanation?: string };

script(async (args: Args) => {
  const journalist = await userId('journalist');
  const editor = await userId('editor');
  const raw = readFileSync(`prisma/seed-data/${DEMO_ARTICLE.file}`, 'utf8');
  const article = await importArticle(journalist, { ...DEMO_ARTICLE.fields, raw, title: args.title, allowDuplicate: true });
  const found = await db.claim.findFirstOrThrow({
    where: { articleId: article.id, text: { contains: args.contains } },
    select: { id: true, text: true },
  });
  let claim = await reviewClaim(journalist, {
    claimId: found.id,
    version: (await db.claim.findUniqueOrThrow({ where: { id: found.id } })).version,
    move: 'accept',
  });
  if (args.upTo === 'researching' || args.upTo === 'in_review') {
    claim = await assignClaim(editor, { claimId: claim.id, version: claim.version, assigneeId: journalist });
  }
  if (args.upTo === 'in_review') {
    const r = await proposeVerdict(journalist, {
      claimId: claim.id,
      version: claim.version,
      rating: args.rating ?? 'unverified',
      explanation: args.explanation ?? 'Neither side’s account of the border fighting could be independently verified.',
      attributionConfirmed: 'yes',
    });
    claim = r.claim;
  }
  return { articleId: article.id, claimId: claim.id, text: found.text, version: claim.version, status: claim.status };
});
