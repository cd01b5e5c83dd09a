import { z } from 'zod';
import { ZId, ZVersion, zText } from '@/lib/validation/common';

// Bulk triage: one move applied to many claims, each claim its own versioned change
// (lib/data/bulk.ts). Client-safe: the lists also use the outcome types and the summary.

/** The most claims one bulk change takes (a page of /claims is 50, the workspace lists 100 at a time). */
export const MAX_BULK_CLAIMS = 200;

export const BULK_OPS = ['accept', 'dismiss', 'assign'] as const;
export type TBulkOp = (typeof BULK_OPS)[number];

const CHOOSE_ASSIGNEE = 'Choose who will research them.';

export const ZBulkTriageSchema = z
  .object({
    op: z.enum(BULK_OPS, { error: 'Choose accept, dismiss or assign.' }),
    // '' from an untouched <select> counts as no choice.
    assigneeId: zText().trim().max(64).optional(),
    claims: z
      .array(z.object({ claimId: ZId, version: ZVersion }), { error: 'Select the claims to change.' })
      .min(1, { error: 'Select at least one claim.' })
      .max(MAX_BULK_CLAIMS, { error: `Select at most ${MAX_BULK_CLAIMS} claims at a time.` }),
  })
  .superRefine((v, ctx) => {
    if (v.op === 'assign' && !v.assigneeId) ctx.addIssue({ code: 'custom', path: ['assigneeId'], message: CHOOSE_ASSIGNEE });
    if (new Set(v.claims.map((c) => c.claimId)).size !== v.claims.length) {
      ctx.addIssue({ code: 'custom', path: ['claims'], message: 'Each claim may be selected only once.' });
    }
  })
  // Only an assignment names an assignee: a stray one on accept or dismiss is dropped, not applied.
  .transform((v) => ({ op: v.op, claims: v.claims, assigneeId: v.op === 'assign' ? v.assigneeId : undefined }));
export type TBulkTriage = z.input<typeof ZBulkTriageSchema>;

export type TBulkFailure = 'conflict' | 'invalid' | 'not_found' | 'forbidden';

/** What happened to one claim of a bulk change. `number` is its number in its article. */
export type TBulkOutcome =
  | { claimId: string; number?: number; ok: true; version: number }
  | { claimId: string; number?: number; ok: false; reason: TBulkFailure; message: string };

export type TBulkResult = {
  op: TBulkOp;
  outcomes: TBulkOutcome[];
  succeeded: number;
  conflicted: number;
  failed: number;
  /** The articles of the claims asked about, for refreshing their pages. */
  articleIds: string[];
};

const DONE: Record<TBulkOp, string> = { accept: 'accepted', dismiss: 'dismissed', assign: 'assigned' };

const named = (o: TBulkOutcome) => (o.number !== undefined ? `claim ${o.number}` : 'a claim');

/** "3 accepted; 1 conflicted (claim 7 changed since you loaded it); 1 refused (claim 4)." */
export function bulkSummary(r: Pick<TBulkResult, 'op' | 'outcomes'>): string {
  const ok = r.outcomes.filter((o) => o.ok).length;
  const failures = r.outcomes.filter((o): o is Extract<TBulkOutcome, { ok: false }> => !o.ok);
  const conflicts = failures.filter((o) => o.reason === 'conflict');
  const others = failures.filter((o) => o.reason !== 'conflict');
  const parts = [`${ok} ${DONE[r.op]}`];
  if (conflicts.length) parts.push(`${conflicts.length} conflicted (${conflicts.map((o) => `${named(o)} changed since you loaded it`).join(', ')})`);
  // Why each was refused is listed beside the summary (app/components/bulk-bar.tsx): here, which.
  if (others.length) parts.push(`${others.length} refused (${others.map(named).join(', ')})`);
  return parts.join('; ') + '.';
}
