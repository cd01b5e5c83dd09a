// The role → permission matrix. Every data-layer function asks `assertCan` with the role it read
// from the database; nothing here trusts what the browser sends. Readers (signed out) have no
// row: they only see published fact-checks, which need no permission.
import { forbidden } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

export const PERMISSIONS = [
  'workspace.read', // see articles, claims, sources, notes, history
  'article.import',
  'claim.review', // accept, dismiss, edit span, merge, split, add from a selection
  'claim.edit', // claimant, cue
  'source.write',
  'note.write',
  'verdict.propose',
  'claim.assign',
  'claim.sendBack',
  'verdict.rule',
  'factcheck.publish', // publish, unpublish, include/exclude claims, summary
  'correction.write',
  'user.manage',
  'site.edit', // the transparency pages readers see: /about, /methodology, /corrections-policy
  'tip.triage', // turn a reader's tip into an article or a claim, or decline it (/feedback)
  'report.triage', // accept a reader's error report as a correction, or decline it (/feedback)
  'webhook.manage', // register webhooks, see their delivery log, redeliver (/admin/webhooks)
  'claim.link', // link a claim as the same claim as an earlier one ("Checked before?"), or unlink it
  'claimant.manage', // rename, describe and merge claimant records
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const JOURNALIST: readonly Permission[] = [
  'workspace.read',
  'article.import',
  'claim.review',
  'claim.edit',
  'source.write',
  'note.write',
  'verdict.propose',
  'tip.triage',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  journalist: JOURNALIST,
  editor: [
    ...JOURNALIST,
    'claim.assign',
    'claim.sendBack',
    'verdict.rule',
    'factcheck.publish',
    'correction.write',
    'report.triage',
    'claim.link',
    'claimant.manage',
  ],
  // Admins manage accounts and the site's transparency pages; they may look at the workspace but
  // change nothing in it.
  admin: ['workspace.read', 'user.manage', 'site.edit', 'webhook.manage'],
};

export type RoleHolder = { role: Role } | null | undefined;

export function can(user: RoleHolder, permission: Permission): boolean {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

const DESCRIBE: Record<Permission, string> = {
  'workspace.read': 'see the workspace',
  'article.import': 'import articles',
  'claim.review': 'change the claims of an article',
  'claim.edit': 'edit claims',
  'source.write': 'change sources',
  'note.write': 'write notes',
  'verdict.propose': 'propose verdicts',
  'claim.assign': 'assign claims',
  'claim.sendBack': 'send claims back',
  'verdict.rule': 'rule on verdicts',
  'factcheck.publish': 'publish fact-checks',
  'correction.write': 'write corrections',
  'user.manage': 'manage accounts',
  'site.edit': 'edit the transparency pages',
  'tip.triage': 'handle readers’ tips',
  'report.triage': 'handle readers’ error reports',
  'webhook.manage': 'manage webhooks',
  'claim.link': 'link claims as the same claim',
  'claimant.manage': 'change claimant records',
};

export function assertCan(user: RoleHolder, permission: Permission): void {
  if (!can(user, permission)) throw forbidden(DESCRIBE[permission]);
}

/** The roles that hold a permission: whom a notification about it goes to. */
export const rolesWith = (permission: Permission): Role[] =>
  (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes(permission));

/**
 * The roles that can hold a claim: those who research claims and propose verdicts (journalists and
 * editors). Claims are assigned only to them, the assignee pickers list only them, and a ruling
 * goes back to the last of them who proposed one.
 */
export const CLAIM_HOLDER_ROLES: readonly Role[] = rolesWith('verdict.propose');
