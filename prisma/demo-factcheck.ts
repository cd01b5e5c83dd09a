// Publishes the demo article's fact-check (development seed only). The claim work a desk would do
// first (accept, assign, sources, proposal, ruling) is written directly in one transaction with
// its history events, so the seed does not depend on the workspace's own mutations; the
// fact-check itself is then published through the real publishing functions and their checklist,
// which take the published snapshot readers see.
import { db } from '@/lib/db';
import { recordEvent, type EventInput } from '@/lib/data/events';
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { DEMO_FACT_CHECK } from '@/prisma/demo';

const ACCESSED = '2025-05-09';

type Move = Extract<EventInput, { action: 'claim_accept' }>;

export async function publishDemoFactCheck(articleId: string, people: { journalistId: string; editorId: string }) {
  const { journalistId, editorId } = people;
  const journalist = await db.user.findUniqueOrThrow({ where: { id: journalistId }, select: { name: true } });
  await db.$transaction(
    async (tx) => {
      const claims = await tx.claim.findMany({
        where: { articleId },
        select: { id: true, text: true, claimant: true, claimantType: true, claimantRole: true, cue: true, status: true },
      });
      for (const demo of DEMO_FACT_CHECK.claims) {
        const claim = claims.find((c) => c.text.startsWith(demo.match));
        if (!claim) throw new Error(`The demo claim “${demo.match}…” is not in the imported article; update prisma/demo.ts.`);
        const on = { claimId: claim.id, articleId };
        const ev = (e: EventInput) => recordEvent(tx, e);
        let bumps = 0;
        const move = async (
          action: 'claim_accept' | 'claim_assign' | 'claim_propose' | 'claim_rule',
          actorId: string,
          before: Move['before'],
          after: Move['after'],
        ) => {
          bumps++;
          await ev({ ...on, actorId, action, entityId: claim.id, before, after });
        };

        await move('claim_accept', journalistId, { status: claim.status }, { status: 'open' });
        await move('claim_assign', editorId, { status: 'open', assignee: null }, { status: 'researching', assignee: journalist.name });
        const said = { claimant: demo.claimant, claimantType: demo.claimantType, claimantRole: demo.claimantRole };
        if (claim.claimant !== said.claimant || claim.claimantType !== said.claimantType || claim.claimantRole !== said.claimantRole) {
          bumps++;
          await ev({
            ...on,
            actorId: journalistId,
            action: 'claim_attribution',
            entityId: claim.id,
            before: { claimant: claim.claimant, claimantType: claim.claimantType, claimantRole: claim.claimantRole, cue: claim.cue },
            after: { ...said, cue: claim.cue },
          });
        }
        for (const s of demo.sources) {
          const source = await tx.source.create({
            data: { ...s, claimId: claim.id, addedById: journalistId, accessedAt: new Date(`${ACCESSED}T00:00:00Z`) },
            select: { id: true },
          });
          const fields = {
            url: s.url,
            title: s.title,
            publisher: s.publisher ?? null,
            type: s.type,
            stance: s.stance,
            excerpt: s.excerpt ?? null,
            accessedAt: ACCESSED,
            archiveUrl: null,
          };
          await ev({ ...on, actorId: journalistId, action: 'source_create', entityId: source.id, after: fields });
        }
        const verdict = { rating: demo.rating, explanation: demo.explanation, attributionConfirmed: demo.attributionConfirmed };
        const proposed = await tx.verdict.create({
          data: { ...verdict, claimId: claim.id, kind: 'proposed', byId: journalistId },
          select: { id: true },
        });
        await move('claim_propose', journalistId, { status: 'researching' }, { status: 'in_review' });
        await ev({ ...on, actorId: journalistId, action: 'verdict_propose', entityId: proposed.id, after: verdict });
        const ruled = await tx.verdict.create({ data: { ...verdict, claimId: claim.id, kind: 'ruled', byId: editorId }, select: { id: true } });
        await move('claim_rule', editorId, { status: 'in_review' }, { status: 'ruled' });
        await ev({ ...on, actorId: editorId, action: 'verdict_rule', entityId: ruled.id, after: verdict });
        // One version bump per change above, as the workspace's own mutations would make.
        await tx.claim.update({
          where: { id: claim.id },
          data: { status: 'ruled', included: true, ...said, assigneeId: journalistId, version: { increment: bumps } },
        });
      }
    },
    { timeout: 60_000 }, // a seed on a busy machine (tests beside builds) may take longer than the default 5 s
  );
  const draft = await saveSummary(editorId, { articleId, version: 0, summary: DEMO_FACT_CHECK.summary });
  return publishFactCheck(editorId, { articleId, version: draft.version });
}
