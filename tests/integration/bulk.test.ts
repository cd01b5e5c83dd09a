import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { article, code, makeClaim, people, snapshot } from './claims-helpers';
import { bulkAssignees, bulkTriage } from '@/lib/data/bulk';
import { bulkSummary, ZBulkTriageSchema, type TBulkTriage } from '@/lib/validation/bulk';

beforeEach(resetDatabase);

const moves = (claimIds: string[]) =>
  db.event.findMany({ where: { claimId: { in: claimIds }, entityType: 'claim' }, orderBy: { id: 'asc' }, select: { action: true, claimId: true } });

const numberOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { number: true } })).number;

describe('bulk triage', () => {
  it('accepts several suggestions, each its own versioned change with one event', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const cs = [
      await makeClaim(a.id, { status: 'suggested' }),
      await makeClaim(a.id, { status: 'suggested' }),
      await makeClaim(a.id, { status: 'suggested' }),
    ];

    const r = await bulkTriage(journalist.id, { op: 'accept', claims: cs.map((c) => ({ claimId: c.id, version: c.version })) });

    expect(r).toMatchObject({ op: 'accept', succeeded: 3, conflicted: 0, failed: 0, articleIds: [a.id] });
    expect(r.outcomes.map((o) => o.ok && o.version)).toEqual([2, 2, 2]);
    expect(r.outcomes.map((o) => o.number)).toEqual(await Promise.all(cs.map((c) => numberOf(c.id))));
    const rows = await db.claim.findMany({ where: { id: { in: cs.map((c) => c.id) } }, select: { status: true, version: true } });
    expect(rows).toEqual(cs.map(() => ({ status: 'open', version: 2 })));
    const events = await moves(cs.map((c) => c.id));
    expect(events.map((e) => e.action)).toEqual(['claim_accept', 'claim_accept', 'claim_accept']);
    expect(new Set(events.map((e) => e.claimId))).toEqual(new Set(cs.map((c) => c.id)));
    expect(bulkSummary(r)).toBe('3 accepted.');
  });

  it('reports a stale version in the middle as a conflict and keeps the changes around it', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const [first, stale, last] = [
      await makeClaim(a.id, { status: 'suggested' }),
      await makeClaim(a.id, { status: 'suggested' }),
      await makeClaim(a.id, { status: 'suggested' }),
    ];
    // Someone else changes the middle claim after the list was loaded.
    await bulkTriage(journalist.id, { op: 'accept', claims: [{ claimId: stale!.id, version: 1 }] });

    const r = await bulkTriage(journalist.id, {
      op: 'dismiss',
      claims: [first!, stale!, last!].map((c) => ({ claimId: c.id, version: 1 })),
    });

    expect(r).toMatchObject({ succeeded: 2, conflicted: 1, failed: 1 });
    expect(r.outcomes[1]).toMatchObject({ claimId: stale!.id, ok: false, reason: 'conflict' });
    const status = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
    expect([await status(first!.id), await status(stale!.id), await status(last!.id)]).toEqual(['dismissed', 'open', 'dismissed']);
    expect((await moves([first!.id, stale!.id, last!.id])).map((e) => `${e.action}:${e.claimId}`)).toEqual([
      `claim_accept:${stale!.id}`,
      `claim_dismiss:${first!.id}`,
      `claim_dismiss:${last!.id}`,
    ]);
    expect(bulkSummary(r)).toBe(`2 dismissed; 1 conflicted (claim ${await numberOf(stale!.id)} changed since you loaded it).`);
  });

  it('reports a claim in the wrong status or gone as refused, per claim', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const ok = await makeClaim(a.id, { status: 'suggested' });
    const ruled = await makeClaim(a.id, { status: 'ruled' });
    const r = await bulkTriage(journalist.id, {
      op: 'accept',
      claims: [
        { claimId: ok.id, version: 1 },
        { claimId: ruled.id, version: 1 },
        { claimId: 'no-such-claim', version: 1 },
      ],
    });
    expect(r.outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['ok', 'invalid', 'not_found']);
    expect(bulkSummary(r)).toBe(`1 accepted; 2 refused (claim ${await numberOf(ruled.id)}, a claim).`);
    expect(await snapshot(ruled.id)).toMatchObject({ claim: { status: 'ruled', version: 1 } });
  });

  it('assigns open claims to an active journalist; a journalist may not bulk assign', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const cs = [await makeClaim(a.id, { status: 'open' }), await makeClaim(a.id, { status: 'open' })];
    const claims = cs.map((c) => ({ claimId: c.id, version: 1 }));

    const before = await snapshot(cs[0]!.id);
    expect(await code(bulkTriage(journalist.id, { op: 'assign', assigneeId: journalist.id, claims }))).toBe('FORBIDDEN');
    expect(await snapshot(cs[0]!.id)).toEqual(before);

    const r = await bulkTriage(editor.id, { op: 'assign', assigneeId: journalist.id, claims });
    expect(r.succeeded).toBe(2);
    const rows = await db.claim.findMany({ where: { id: { in: cs.map((c) => c.id) } }, select: { status: true, assigneeId: true } });
    expect(rows).toEqual(cs.map(() => ({ status: 'researching', assigneeId: journalist.id })));
    expect((await moves(cs.map((c) => c.id))).map((e) => e.action)).toEqual(['claim_assign', 'claim_assign']);
  });

  it('refuses to assign to an admin or an inactive account, before touching any claim', async () => {
    const { journalist, editor, admin } = await people();
    const gone = await makeUser('journalist', 'Gone');
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'open' });
    const before = await snapshot(c.id);
    for (const assigneeId of [admin.id, gone.id, 'nobody']) {
      expect(await code(bulkTriage(editor.id, { op: 'assign', assigneeId, claims: [{ claimId: c.id, version: 1 }] }))).toBe('INVALID');
    }
    expect(await snapshot(c.id)).toEqual(before);
    // The list offered to choose from has neither.
    expect((await bulkAssignees(editor.id)).map((p) => p.id).sort()).toEqual([journalist.id, editor.id].sort());
    expect(await bulkAssignees(journalist.id)).toEqual([]);
  });

  it('refuses an empty list, more than 200 claims, duplicates and an assignment without an assignee', async () => {
    const { editor } = await people();
    const many = Array.from({ length: 201 }, (_, i) => ({ claimId: `c${i}`, version: 1 }));
    const cases: TBulkTriage[] = [
      { op: 'accept', claims: [] },
      { op: 'accept', claims: many },
      { op: 'dismiss', claims: [many[0]!, many[0]!] },
      { op: 'assign', claims: [many[0]!] },
      { op: 'assign', assigneeId: '  ', claims: [many[0]!] },
    ];
    for (const input of cases) {
      expect(ZBulkTriageSchema.safeParse(input).success).toBe(false);
      expect(await code(bulkTriage(editor.id, input))).toBe('INVALID');
    }
    expect(ZBulkTriageSchema.safeParse({ op: 'accept', claims: many.slice(0, 200) }).success).toBe(true);
    // A stray assignee on accept is dropped, never applied.
    expect(ZBulkTriageSchema.parse({ op: 'accept', assigneeId: 'x', claims: [many[0]!] }).assigneeId).toBeUndefined();
  });
});
