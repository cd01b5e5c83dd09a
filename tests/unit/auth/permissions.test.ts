import { describe, expect, it } from 'vitest';
import { CLAIM_HOLDER_ROLES, PERMISSIONS, assertCan, can, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

// Written out by hand, not derived from ROLE_PERMISSIONS, so a change to the matrix has to be
// made twice: once in the code and once here, on purpose.
const Y = true;
const N = false;
const EXPECTED: Record<Permission, { journalist: boolean; editor: boolean; admin: boolean }> = {
  'workspace.read': { journalist: Y, editor: Y, admin: Y },
  'article.import': { journalist: Y, editor: Y, admin: N },
  'claim.review': { journalist: Y, editor: Y, admin: N },
  'claim.edit': { journalist: Y, editor: Y, admin: N },
  'source.write': { journalist: Y, editor: Y, admin: N },
  'note.write': { journalist: Y, editor: Y, admin: N },
  'verdict.propose': { journalist: Y, editor: Y, admin: N },
  'claim.assign': { journalist: N, editor: Y, admin: N },
  'claim.sendBack': { journalist: N, editor: Y, admin: N },
  'verdict.rule': { journalist: N, editor: Y, admin: N },
  'factcheck.publish': { journalist: N, editor: Y, admin: N },
  'correction.write': { journalist: N, editor: Y, admin: N },
  'user.manage': { journalist: N, editor: N, admin: Y },
  'site.edit': { journalist: N, editor: N, admin: Y },
  'tip.triage': { journalist: Y, editor: Y, admin: N },
  'report.triage': { journalist: N, editor: Y, admin: N },
  'webhook.manage': { journalist: N, editor: N, admin: Y },
  'claim.link': { journalist: N, editor: Y, admin: N },
  'claimant.manage': { journalist: N, editor: Y, admin: N },
};

describe('permission matrix', () => {
  it('covers exactly the permissions the code defines', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    for (const role of ['journalist', 'editor', 'admin'] as const) {
      const allowed = EXPECTED[permission][role];
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(allowed);
        if (allowed) expect(() => assertCan({ role }, permission)).not.toThrow();
        else expect(() => assertCan({ role }, permission)).toThrowError(AppError);
      });
    }
    it(`a signed-out reader may not ${permission}`, () => {
      expect(can(null, permission)).toBe(false);
      expect(() => assertCan(undefined, permission)).toThrowError(/Your role does not allow/);
    });
  }
});

describe('who can hold a claim', () => {
  it('is journalists and editors, the roles that propose verdicts: never an admin', () => {
    expect([...CLAIM_HOLDER_ROLES].sort()).toEqual(['editor', 'journalist']);
  });
});
