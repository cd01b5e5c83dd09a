// Brings claims of an imported article to where the publish step starts: some ruled (claimant,
// sources, proposed then ruled verdict, with history events), some merely accepted. Direct
// Prisma in one transaction, so the publishing tests do not depend on the workspace's forms.
// Args: { articleId, ruled: [{ contains, rating, explanation, claimant, sources: [...] }], open?: [contains] }
import { db } from '@/lib/db';
import { recordEvent } from '@/lib/data/events';
import type { Rating, SourceType, Stance } from '@/lib/generated/prisma/enums';
import { script, userId } from './script';

type Source = { url: string; title: string; type: SourceType; stance: Stance };
type Args = {
  articleId: string;
  ruled: { contains: string; rating: Rating; explanation: string; claimant: string; sources: Source[] }[];
  open?: string[];
};

script(async (args: Args) => {
  const [journalist, editor] = [await userId('journalist'), await userId('editor')];
  return db.$transaction(async (tx) => {
    const find = (contains: string) =>
      tx.claim.findFirstOrThrow({ where: { articleId: args.articleId, text: { contains } }, select: { id: true, text: true } });
    const out: Record<string, { id: string; text: string }> = {};
    for (const c of args.ruled) {
      const claim = await find(c.contains);
      for (const s of c.sources) await tx.source.create({ data: { ...s, claimId: claim.id, addedById: journalist } });
      const v = { rating: c.rating, explanation: c.explanation, attributionConfirmed: true };
      await tx.verdict.create({ data: { ...v, claimId: claim.id, kind: 'proposed', byId: journalist } });
      const ruled = await tx.verdict.create({ data: { ...v, claimId: claim.id, kind: 'ruled', byId: editor }, select: { id: true } });
      await tx.claim.update({ where: { id: claim.id }, data: { status: 'ruled', claimant: c.claimant, version: { increment: 1 } } });
      await recordEvent(tx, { actorId: editor, action: 'verdict_rule', entityId: ruled.id, claimId: claim.id, articleId: args.articleId, after: v });
      out[c.contains] = claim;
    }
    for (const contains of args.open ?? []) {
      const claim = await find(contains);
      const before = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } });
      await tx.claim.update({ where: { id: claim.id }, data: { status: 'open', version: { increment: 1 } } });
      await recordEvent(tx, {
        actorId: journalist,
        action: 'claim_accept',
        entityId: claim.id,
        claimId: claim.id,
        articleId: args.articleId,
        before: { status: before.status },
        after: { status: 'open' },
      });
      out[contains] = claim;
    }
    return out;
  });
});
