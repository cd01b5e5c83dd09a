// Publishes the demo article's fact-check (development seed only). The claim work a desk would do
// first (accept, assign, sources, proposal, ruling) is written directly in one transaction with
// its history events, so the seed does not depend on the workspace's own mutations; the
// fact-check itself is then published through the real publishing functions and their checklist.
import { db } from '@/lib/db';
import { recordEvent } from '@/lib/data/events';
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { DEMO_FACT_CHECK } from '@/prisma/demo';

export async function publishDemoFactCheck(articleId: string, people: { journalistId: string; editorId: string }) {
  const { journalistId, editorId } = people;
  await db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { articleId }, select: { id: true, text: true, claimant: true, status: true, version: true } });
    for (const demo of DEMO_FACT_CHECK.claims) {
      const claim = claims.find((c) => c.text.startsWith(demo.match));
      if (!claim) throw new Error(`The demo claim “${demo.match}…” is not in the imported article; update prisma/demo.ts.`);
      const ev = (action: string, entityType: 'claim' | 'source' | 'verdict', entityId: string, actorId: string, before: unknown, after: unknown) =>
        recordEvent(tx, { actorId, action, entityType, entityId, claimId: claim.id, articleId, before, after });

      await ev('claim.status', 'claim', claim.id, journalistId, { status: claim.status }, { status: 'open' });
      await ev('claim.assign', 'claim', claim.id, editorId, { status: 'open', assigneeId: null }, { status: 'researching', assigneeId: journalistId });
      if (claim.claimant !== demo.claimant) {
        await ev('claim.attribution', 'claim', claim.id, journalistId, { claimant: claim.claimant }, { claimant: demo.claimant });
      }
      for (const s of demo.sources) {
        const source = await tx.source.create({ data: { ...s, claimId: claim.id, addedById: journalistId, accessedAt: new Date('2025-05-09T00:00:00Z') }, select: { id: true } });
        await ev('source.create', 'source', source.id, journalistId, null, s);
      }
      const verdict = { rating: demo.rating, explanation: demo.explanation, attributionConfirmed: demo.attributionConfirmed };
      const proposed = await tx.verdict.create({ data: { ...verdict, claimId: claim.id, kind: 'proposed', byId: journalistId }, select: { id: true } });
      await ev('verdict.propose', 'verdict', proposed.id, journalistId, { status: 'researching' }, { status: 'in_review', ...verdict });
      const ruled = await tx.verdict.create({ data: { ...verdict, claimId: claim.id, kind: 'ruled', byId: editorId }, select: { id: true } });
      await ev('verdict.rule', 'verdict', ruled.id, editorId, { status: 'in_review' }, { status: 'ruled', ...verdict });
      // Four workflow steps above, so four version bumps.
      await tx.claim.update({
        where: { id: claim.id },
        data: { status: 'ruled', included: true, claimant: demo.claimant, assigneeId: journalistId, version: { increment: 4 } },
      });
    }
  });
  const draft = await saveSummary(editorId, { articleId, version: 0, summary: DEMO_FACT_CHECK.summary });
  return publishFactCheck(editorId, { articleId, version: draft.version });
}
