import 'server-only';
import { db, type DbClient, type Tx } from '@/lib/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { CLAIM_HOLDER_ROLES } from '@/lib/auth/permissions';
import { invalid, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { updateClaimVersioned } from '@/lib/data/claims';
import { MOVE_LABELS, STATUS_LABELS } from '@/lib/labels';
import { canTransition, TRANSITIONS, type TransitionName } from '@/lib/workflow';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZAssignClaimSchema,
  ZSendBackSchema,
  ZSimpleMoveSchema,
  type TAssignClaim,
  type TSendBack,
  type TSimpleMove,
} from '@/lib/validation/workflow';

/**
 * One status move along lib/workflow.ts, inside the caller's transaction: authorizes the move's
 * own permission, refuses a move the current status does not allow, applies it with the
 * optimistic lock and records the event. Every status change in the app goes through here.
 */
export async function moveClaim(
  tx: Tx,
  actorId: string | null,
  move: TransitionName,
  claimId: string,
  version: number,
  extra: { assigneeId?: string; reason?: string } = {},
): Promise<{ actor: Actor; claim: Awaited<ReturnType<typeof updateClaimVersioned>> }> {
  const t = TRANSITIONS[move];
  const actor = await authorize(actorId, t.permission, tx);
  const before = await tx.claim.findUnique({
    where: { id: claimId },
    select: { status: true, articleId: true, assignee: { select: { name: true } } },
  });
  if (!before) throw notFound('That claim');
  if (!canTransition(move, before.status)) {
    throw invalid(`A claim that is ${STATUS_LABELS[before.status].toLowerCase()} cannot be moved with “${MOVE_LABELS[move]}”.`);
  }
  const assigning = extra.assigneeId !== undefined;
  const claim = await updateClaimVersioned(tx, claimId, version, { status: t.to, ...(assigning ? { assigneeId: extra.assigneeId } : {}) });
  await recordEvent(tx, {
    actorId: actor.id,
    action: `claim_${move}`,
    entityId: claimId,
    claimId,
    articleId: before.articleId,
    before: { status: before.status, ...(assigning ? { assignee: before.assignee?.name ?? null } : {}) },
    after: {
      status: claim.status,
      ...(assigning ? { assignee: claim.assignee?.name ?? null } : {}),
      ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    },
  });
  return { actor, claim };
}

/** Accept or dismiss a suggestion (the article workspace and the claim page). */
export async function reviewClaim(actorId: string | null, input: TSimpleMove) {
  const data = parseOrThrow(ZSimpleMoveSchema, input);
  return db.$transaction(async (tx) => (await moveClaim(tx, actorId, data.move, data.claimId, data.version)).claim);
}

/**
 * Refuses anyone but an active journalist or editor as an assignee (INVALID on `assigneeId`).
 * Call it after authorizing: it reads someone's account. Bulk triage (lib/data/bulk.ts) checks
 * once up front with it; assignClaim checks again inside each claim's transaction.
 */
export async function assertAssignable(client: DbClient, assigneeId: string): Promise<void> {
  const assignee = await client.user.findUnique({ where: { id: assigneeId }, select: { active: true, role: true } });
  if (!assignee || !assignee.active || !CLAIM_HOLDER_ROLES.includes(assignee.role)) {
    throw invalid('Choose an active journalist or editor.', { assigneeId: ['Choose an active journalist or editor.'] });
  }
}

/** An editor gives the claim to an active journalist or editor, which starts the research. */
export async function assignClaim(actorId: string | null, input: TAssignClaim) {
  const data = parseOrThrow(ZAssignClaimSchema, input);
  return db.$transaction(async (tx) => {
    // Authorize before reading anyone's account: moveClaim authorizes again, in the same transaction.
    await authorize(actorId, TRANSITIONS.assign.permission, tx);
    await assertAssignable(tx, data.assigneeId);
    return (await moveClaim(tx, actorId, 'assign', data.claimId, data.version, { assigneeId: data.assigneeId })).claim;
  });
}

/**
 * An editor sends a claim back for more research; the reason goes in the history and the notes.
 * The claim returns to whoever worked on it: its assignee, or else the author of its latest
 * proposal (if still an active journalist or editor), so it never sits in nobody's queue.
 */
export async function sendBackClaim(actorId: string | null, input: TSendBack) {
  const data = parseOrThrow(ZSendBackSchema, input);
  return db.$transaction(async (tx) => {
    await authorize(actorId, TRANSITIONS.sendBack.permission, tx);
    const current = await tx.claim.findUnique({ where: { id: data.claimId }, select: { assigneeId: true } });
    const proposer = current && !current.assigneeId ? await lastProposer(tx, data.claimId) : null;
    const extra = { reason: data.reason, ...(proposer ? { assigneeId: proposer } : {}) };
    const { actor, claim } = await moveClaim(tx, actorId, 'sendBack', data.claimId, data.version, extra);
    const body = `Sent back: ${data.reason}`;
    const note = await tx.note.create({ data: { claimId: claim.id, authorId: actor.id, body }, select: { id: true } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'note_create',
      entityId: note.id,
      claimId: claim.id,
      articleId: claim.articleId,
      after: { body },
    });
    return claim;
  });
}

/** The active journalist or editor who proposed the claim's latest verdict, or null. */
async function lastProposer(tx: Tx, claimId: string): Promise<string | null> {
  const v = await tx.verdict.findFirst({
    where: { claimId, kind: 'proposed', by: { active: true, role: { in: [...CLAIM_HOLDER_ROLES] } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { byId: true },
  });
  return v?.byId ?? null;
}

/**
 * Why the claim was last sent back, while that is unanswered: the claim is being researched again
 * and nobody has proposed a verdict since. Null otherwise.
 */
export async function openSendBack(client: Tx | typeof db, claimId: string, status: string) {
  if (status !== 'researching') return null;
  const e = await client.event.findFirst({
    where: { claimId, action: { in: ['claim_sendBack', 'claim_propose'] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { action: true, at: true, after: true, actor: { select: { name: true } } },
  });
  if (e?.action !== 'claim_sendBack') return null;
  const reason = (e.after as { reason?: unknown } | null)?.reason;
  return { reason: typeof reason === 'string' ? reason : '', at: e.at, by: e.actor?.name ?? 'An editor' };
}
