import 'server-only';
import { linksOf } from '@/lib/data/claim-links';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { can, CLAIM_HOLDER_ROLES } from '@/lib/auth/permissions';
import { notFound } from '@/lib/errors';
import { claimSummarySelect } from '@/lib/data/claims';
import { claimHistory } from '@/lib/data/history';
import { noteSelect } from '@/lib/data/notes';
import { sourceSelect } from '@/lib/data/sources';
import { latestFirst, rulingNeedsCorrection, verdictSelect } from '@/lib/data/verdicts';
import { openSendBack } from '@/lib/data/workflow';
import { allowedMoves } from '@/lib/workflow';

/**
 * Everything the claim page shows, after one authorization: the claim in its context, its
 * sources, notes, verdicts and timeline, and what the signed-in person may do with it (moves
 * from lib/workflow.ts × lib/auth/permissions.ts). The page only renders; every action
 * authorizes again in its own transaction, so `moves` and `can` are a courtesy, not a gate.
 */
export async function getClaimPage(actorId: string | null, claimId: string) {
  const actor = await authorize(actorId, 'workspace.read');
  const [claim, sources, notes, verdicts, history, needsCorrection, links] = await Promise.all([
    db.claim.findUnique({
      where: { id: claimId },
      select: {
        ...claimSummarySelect,
        prefix: true,
        suffix: true,
        anchorStatus: true,
        needsRecheck: true,
        claimantMention: true,
        disputedBy: true,
        summary: true,
        noPrimarySourceReason: true,
        article: { select: { id: true, title: true } },
        claimantRecord: { select: { id: true, name: true } },
      },
    }),
    db.source.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: sourceSelect }),
    // Oldest first, as in a conversation: the newest note is last.
    db.note.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: noteSelect }),
    // Newest first: the first proposed / ruled row is the one in force.
    db.verdict.findMany({ where: { claimId }, orderBy: latestFirst, select: verdictSelect }),
    claimHistory(db, claimId),
    rulingNeedsCorrection(db, claimId),
    linksOf(db, claimId),
  ]);
  if (!claim) throw notFound('That claim');

  const moves = allowedMoves(actor, claim.status);
  const sentBack = await openSendBack(db, claimId, claim.status);
  // Only someone who may assign now needs the list of people to assign to.
  const assignable = moves.includes('assign')
    ? await db.user.findMany({
        where: { active: true, role: { in: [...CLAIM_HOLDER_ROLES] } },
        select: { id: true, name: true, role: true },
        orderBy: { name: 'asc' },
      })
    : [];

  return {
    claim,
    sources,
    notes,
    verdicts,
    history,
    /** The unanswered send-back (reason, when, by whom), shown until a verdict is proposed again. */
    sentBack,
    /** Whether a new ruling that changes what readers see needs a correction reason. */
    needsCorrection,
    /** Journalists and editors the claim can be assigned to; empty unless `moves` has 'assign'. */
    assignable,
    /** The workflow moves this person may make now, in lib/workflow.ts order. */
    moves,
    /** Live links to claims that say the same thing ("Checked before?"). */
    links,
    can: {
      editAttribution: can(actor, 'claim.edit'),
      writeSources: can(actor, 'source.write'),
      writeNotes: can(actor, 'note.write'),
      link: can(actor, 'claim.link'),
      /** Take over a linked claim's ruling as a proposal (with its sources). */
      takeOver: moves.includes('propose') && can(actor, 'source.write'),
    },
  };
}

export type ClaimPage = Awaited<ReturnType<typeof getClaimPage>>;
