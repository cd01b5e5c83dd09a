// The claim workflow from the product brief, as data: which status may follow which, and which
// permission each move needs. The data layer consults this for every status change; the UI
// only uses it to decide which buttons to show.
import type { Permission } from '@/lib/auth/permissions';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

export type Transition = {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  permission: Permission;
  label: string;
};

export const TRANSITIONS = {
  accept: { from: ['suggested', 'dismissed'], to: 'open', permission: 'claim.review', label: 'Accept' },
  dismiss: { from: ['suggested', 'open'], to: 'dismissed', permission: 'claim.review', label: 'Dismiss' },
  // Assigning a claim starts the research; the assignee is set in the same change.
  assign: { from: ['open', 'researching'], to: 'researching', permission: 'claim.assign', label: 'Assign' },
  // Proposing a verdict puts the claim in review.
  propose: { from: ['open', 'researching', 'in_review'], to: 'in_review', permission: 'verdict.propose', label: 'Propose verdict' },
  rule: { from: ['in_review', 'ruled'], to: 'ruled', permission: 'verdict.rule', label: 'Rule' },
  // An editor sends a claim back for more research, with a reason.
  sendBack: { from: ['in_review', 'ruled'], to: 'researching', permission: 'claim.sendBack', label: 'Send back' },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

export function canTransition(name: TransitionName, from: ClaimStatus): boolean {
  return (TRANSITIONS[name].from as readonly ClaimStatus[]).includes(from);
}

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  suggested: 'Suggested',
  open: 'Open',
  dismissed: 'Dismissed',
  researching: 'Researching',
  in_review: 'In review',
  ruled: 'Ruled',
};

/** Statuses of claims that are part of the desk's work (not suggestions or dismissed). */
export const ACTIVE_STATUSES: readonly ClaimStatus[] = ['open', 'researching', 'in_review', 'ruled'];
