// The claim workflow from the product brief, as data: which status may follow which, and which
// permission each move needs. The data layer consults this for every status change; pages use
// allowedMoves to decide which forms to show (a courtesy: every move authorizes again).
import { can, type Permission, type RoleHolder } from '@/lib/auth/permissions';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

type Transition = {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  permission: Permission;
};

export const TRANSITIONS = {
  accept: { from: ['suggested', 'dismissed'], to: 'open', permission: 'claim.review' },
  dismiss: { from: ['suggested', 'open'], to: 'dismissed', permission: 'claim.review' },
  // Assigning a claim starts the research; the assignee is set in the same change.
  assign: { from: ['open', 'researching'], to: 'researching', permission: 'claim.assign' },
  // Proposing a verdict puts the claim in review.
  propose: { from: ['open', 'researching', 'in_review'], to: 'in_review', permission: 'verdict.propose' },
  rule: { from: ['in_review', 'ruled'], to: 'ruled', permission: 'verdict.rule' },
  // An editor sends a claim back for more research, with a reason.
  sendBack: { from: ['in_review', 'ruled'], to: 'researching', permission: 'claim.sendBack' },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

const MOVES = Object.keys(TRANSITIONS) as TransitionName[];

export function canTransition(name: TransitionName, from: ClaimStatus): boolean {
  return (TRANSITIONS[name].from as readonly ClaimStatus[]).includes(from);
}

/** The moves this person may make on a claim in this status: the permission matrix × the workflow. */
export function allowedMoves(actor: RoleHolder, status: ClaimStatus): TransitionName[] {
  return MOVES.filter((m) => canTransition(m, status) && can(actor, TRANSITIONS[m].permission));
}

/** Statuses of claims that are part of the desk's work (not suggestions or dismissed). */
export const ACTIVE_STATUSES: readonly ClaimStatus[] = ['open', 'researching', 'in_review', 'ruled'];
