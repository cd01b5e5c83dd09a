import { describe, expect, it } from 'vitest';
import { allowedMoves, type TransitionName } from '@/lib/workflow';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

// Written out by hand, not derived from TRANSITIONS or the permission matrix, so a change to
// either has to be made here too, on purpose. What the claim page offers each person.
const EXPECTED: Record<ClaimStatus, { journalist: TransitionName[]; editor: TransitionName[] }> = {
  suggested: { journalist: ['accept', 'dismiss'], editor: ['accept', 'dismiss'] },
  open: { journalist: ['dismiss', 'propose'], editor: ['dismiss', 'assign', 'propose'] },
  dismissed: { journalist: ['accept'], editor: ['accept'] },
  researching: { journalist: ['propose'], editor: ['assign', 'propose'] },
  in_review: { journalist: ['propose'], editor: ['propose', 'rule', 'sendBack'] },
  ruled: { journalist: [], editor: ['rule', 'sendBack'] },
};

describe('allowed moves: the permission matrix × the workflow', () => {
  for (const [status, by] of Object.entries(EXPECTED) as [ClaimStatus, (typeof EXPECTED)[ClaimStatus]][]) {
    it(`on a claim that is ${status}`, () => {
      expect(allowedMoves({ role: 'journalist' }, status)).toEqual(by.journalist);
      expect(allowedMoves({ role: 'editor' }, status)).toEqual(by.editor);
      // Admins manage accounts and change nothing in the workspace; readers have no role.
      expect(allowedMoves({ role: 'admin' }, status)).toEqual([]);
      expect(allowedMoves(null, status)).toEqual([]);
    });
  }
});
