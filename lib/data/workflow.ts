import 'server-only';
import { db, type Tx } from '@/lib/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { AppError, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { updateClaimVersioned } from '@/lib/data/claims';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canTransition, STATUS_LABELS, TRANSITIONS, type TransitionName } from '@/lib/workflow';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZAssignClaimSchema, ZSendBackSchema, ZSimpleMoveSchema } from '@/lib/validation/workflow';

/**
 * One status move along lib/workflow.ts, inside the caller's transaction: authorizes the move's
 * own permission, refuses a move the current status does not allow, applies it with the
 * optimistic lock and records the event. Every status change in the app goes through here.
 */
export async function moveClaim(
  tx: Tx,
  userId: string | null,
  move: TransitionName,
  claimId: string,
  version: number,
  extra: { data?: Prisma.ClaimUncheckedUpdateManyInput; event?: Record<string, unknown> } = {},
): Promise<{ actor: Actor; claim: Awaited<ReturnType<typeof updateClaimVersioned>> }> {
  const t = TRANSITIONS[move];
  const actor = await authorize(userId, t.permission, tx);
  const before = await tx.claim.findUnique({
    where: { id: claimId },
    select: { status: true, version: true, articleId: true, assigneeId: true, assignee: { select: { name: true } } },
  });
  if (!before) throw notFound('That claim');
  if (!canTransition(move, before.status)) {
    throw new AppError('INVALID', `A claim that is ${STATUS_LABELS[before.status].toLowerCase()} cannot be moved with “${t.label}”.`);
  }
  // assigneeId is a plain column here; Prisma's updateMany input does not name relations.
  const claim = await updateClaimVersioned(tx, claimId, version, { ...extra.data, status: t.to } as Prisma.ClaimUpdateManyMutationInput);
  await recordEvent(tx, {
    actorId: actor.id,
    action: `claim.${move}`,
    entityType: 'claim',
    entityId: claimId,
    claimId,
    articleId: before.articleId,
    before: { status: before.status, ...('assigneeId' in (extra.data ?? {}) ? { assignee: before.assignee?.name ?? null } : {}) },
    after: { status: claim.status, ...('assigneeId' in (extra.data ?? {}) ? { assignee: claim.assignee?.name ?? null } : {}), ...extra.event },
  });
  return { actor, claim };
}

/** Accept or dismiss a suggestion from the claim page. */
export async function reviewClaim(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSimpleMoveSchema, input);
  return db.$transaction(async (tx) => (await moveClaim(tx, userId, data.move, data.claimId, data.version)).claim);
}

/** An editor gives the claim to an active journalist or editor, which starts the research. */
export async function assignClaim(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZAssignClaimSchema, input);
  return db.$transaction(async (tx) => {
    await authorize(userId, TRANSITIONS.assign.permission, tx);
    const assignee = await tx.user.findUnique({ where: { id: data.assigneeId }, select: { active: true, role: true } });
    if (!assignee || !assignee.active || assignee.role === 'admin') {
      throw new AppError('INVALID', 'Choose an active journalist or editor.', { assigneeId: ['Choose an active journalist or editor.'] });
    }
    return (await moveClaim(tx, userId, 'assign', data.claimId, data.version, { data: { assigneeId: data.assigneeId } })).claim;
  });
}

/** An editor sends a claim back for more research; the reason goes in the history and the notes. */
export async function sendBackClaim(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSendBackSchema, input);
  return db.$transaction(async (tx) => {
    const { actor, claim } = await moveClaim(tx, userId, 'sendBack', data.claimId, data.version, { event: { reason: data.reason } });
    const note = await tx.note.create({ data: { claimId: claim.id, authorId: actor.id, body: `Sent back: ${data.reason}` }, select: { id: true } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'note.create',
      entityType: 'note',
      entityId: note.id,
      claimId: claim.id,
      articleId: claim.articleId,
      after: { body: `Sent back: ${data.reason}` },
    });
    return claim;
  });
}
