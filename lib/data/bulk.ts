import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { isAppError, type AppError } from '@/lib/errors';
import { assertAssignable, assignClaim, reviewClaim } from '@/lib/data/workflow';
import { TRANSITIONS } from '@/lib/workflow';
import { staffPeople } from '@/lib/data/users';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZBulkTriageSchema, type TBulkFailure, type TBulkOutcome, type TBulkResult, type TBulkTriage } from '@/lib/validation/bulk';

/**
 * Bulk triage: accept, dismiss or assign many claims at once. Each claim is its own change in its
 * own transaction, through the same functions as the single-claim buttons (reviewClaim,
 * assignClaim → moveClaim), so each is authorized, version-checked and recorded in the history on
 * its own. A stale version or a claim in the wrong status is reported for that claim and never
 * undoes the others: what succeeded is committed.
 *
 * The permission (and an assignee's eligibility) is checked once up front as well, so a request
 * that cannot succeed for any claim is refused as a whole before any claim is touched.
 */
export async function bulkTriage(actorId: string | null, input: TBulkTriage): Promise<TBulkResult> {
  const data = parseOrThrow(ZBulkTriageSchema, input);
  await authorize(actorId, TRANSITIONS[data.op].permission);
  if (data.assigneeId) await assertAssignable(db, data.assigneeId);

  const ids = data.claims.map((c) => c.claimId);
  const known = await db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, articleId: true } });
  const byId = new Map(known.map((c) => [c.id, c]));

  const outcomes: TBulkOutcome[] = [];
  // One after another, not in parallel: each takes a pooled connection for its transaction, and a
  // bulk change must not starve the other requests of the pool.
  for (const { claimId, version } of data.claims) {
    const number = byId.get(claimId)?.number;
    try {
      const claim =
        data.op === 'assign'
          ? await assignClaim(actorId, { claimId, version, assigneeId: data.assigneeId! })
          : await reviewClaim(actorId, { claimId, version, move: data.op });
      outcomes.push({ claimId, number: claim.number, ok: true, version: claim.version });
    } catch (e) {
      const reason = isAppError(e) ? failureReason(e) : null;
      if (!reason || !isAppError(e)) throw e;
      outcomes.push({ claimId, ...(number !== undefined ? { number } : {}), ok: false, reason, message: e.message });
    }
  }
  return {
    op: data.op,
    outcomes,
    succeeded: outcomes.filter((o) => o.ok).length,
    conflicted: outcomes.filter((o) => !o.ok && o.reason === 'conflict').length,
    failed: outcomes.filter((o) => !o.ok).length,
    articleIds: [...new Set(known.map((c) => c.articleId))],
  };
}

/**
 * Which expected failures are one claim's own. FORBIDDEN can happen mid-way only if the actor's
 * role changed since the check up front; it is reported per claim so the committed ones are not
 * hidden. Anything else (UNAUTHORIZED: signed out or deactivated mid-way) stops the run.
 */
function failureReason(e: AppError): TBulkFailure | null {
  switch (e.info.code) {
    case 'CONFLICT':
      return 'conflict';
    case 'INVALID':
      return 'invalid';
    case 'NOT_FOUND':
      return 'not_found';
    case 'FORBIDDEN':
      return 'forbidden';
    default:
      return null;
  }
}

/**
 * The people a bulk assignment may name: active journalists and editors, as on the claim page.
 * Empty for someone who may not assign, so nobody else's accounts are listed to them.
 */
export async function bulkAssignees(actorId: string | null): Promise<{ id: string; name: string }[]> {
  const actor = await authorize(actorId, 'workspace.read');
  if (!can(actor, TRANSITIONS.assign.permission)) return [];
  return (await staffPeople()).filter((p) => p.active).map(({ id, name }) => ({ id, name }));
}
