import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './db';
import { article, code, makeClaim, people, snapshot } from './claims-helpers';
import { assignClaim, reviewClaim, sendBackClaim } from '@/lib/data/workflow';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import { getClaimPage } from '@/lib/data/claim-page';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { TRuleVerdict } from '@/lib/validation/verdicts';

beforeEach(resetDatabase);

// `over` may hold values of the wrong type on purpose, to test validation.
const verdict = (claimId: string, version: number, over: Record<string, unknown> = {}) =>
  ({ claimId, version, rating: 'mixed', explanation: 'Partly right.', attributionConfirmed: 'yes', ...over }) as TRuleVerdict;

describe('the claim workflow', () => {
  it('walks a claim from suggestion to ruling, writing one status event per move', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'suggested' });

    let v = (await reviewClaim(journalist.id, { claimId: c.id, version: 1, move: 'accept' })).version;
    const assigned = await assignClaim(editor.id, { claimId: c.id, version: v, assigneeId: journalist.id });
    expect(assigned).toMatchObject({ status: 'researching', assignee: { id: journalist.id } });
    v = (await proposeVerdict(journalist.id, verdict(c.id, assigned.version))).claim.version;
    v = (await sendBackClaim(editor.id, { claimId: c.id, version: v, reason: 'Find the ministry transcript' })).version;
    v = (await proposeVerdict(journalist.id, verdict(c.id, v, { rating: 'unverified' }))).claim.version;
    const ruled = await ruleVerdict(editor.id, verdict(c.id, v, { rating: 'false_' }));
    expect(ruled.claim.status).toBe('ruled');

    const moves = await db.event.findMany({ where: { claimId: c.id, entityType: 'claim' }, orderBy: { id: 'asc' } });
    expect(moves.map((e) => [e.action, (e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ['claim_accept', 'suggested', 'open'],
      ['claim_assign', 'open', 'researching'],
      ['claim_propose', 'researching', 'in_review'],
      ['claim_sendBack', 'in_review', 'researching'],
      ['claim_propose', 'researching', 'in_review'],
      ['claim_rule', 'in_review', 'ruled'],
    ]);
    // Verdicts are append-only: both proposals and the ruling are kept.
    const verdicts = await db.verdict.findMany({ where: { claimId: c.id }, orderBy: { createdAt: 'asc' } });
    expect(verdicts.map((x) => `${x.kind}:${x.rating}`)).toEqual(['proposed:mixed', 'proposed:unverified', 'ruled:false_']);
    // The send-back reason is in the event and in the notes.
    expect(moves[3]!.after).toMatchObject({ reason: 'Find the ministry transcript' });
    expect((await db.note.findFirstOrThrow({ where: { claimId: c.id } })).body).toContain('Find the ministry transcript');
    // The timeline shows who did what, before → after, newest first.
    const { history } = await getClaimPage(journalist.id, c.id);
    expect(history[0]).toMatchObject({ actor: 'Ed', summary: 'Ruled a verdict' });
    expect(history.some((h) => h.changes.some((ch) => ch.field === 'Status' && ch.before === 'In review' && ch.after === 'Researching'))).toBe(true);
  });

  const REFUSED: { move: string; from: ClaimStatus; run: (ids: { j: string; e: string }, id: string) => Promise<unknown> }[] = [
    { move: 'propose from suggested', from: 'suggested', run: (u, id) => proposeVerdict(u.j, verdict(id, 1)) },
    { move: 'propose from dismissed', from: 'dismissed', run: (u, id) => proposeVerdict(u.j, verdict(id, 1)) },
    { move: 'propose from ruled', from: 'ruled', run: (u, id) => proposeVerdict(u.j, verdict(id, 1)) },
    { move: 'rule from researching', from: 'researching', run: (u, id) => ruleVerdict(u.e, verdict(id, 1)) },
    { move: 'rule from open', from: 'open', run: (u, id) => ruleVerdict(u.e, verdict(id, 1)) },
    { move: 'send back from open', from: 'open', run: (u, id) => sendBackClaim(u.e, { claimId: id, version: 1, reason: 'x' }) },
    { move: 'assign from in review', from: 'in_review', run: (u, id) => assignClaim(u.e, { claimId: id, version: 1, assigneeId: u.j }) },
    { move: 'assign from suggested', from: 'suggested', run: (u, id) => assignClaim(u.e, { claimId: id, version: 1, assigneeId: u.j }) },
    { move: 'accept from ruled', from: 'ruled', run: (u, id) => reviewClaim(u.j, { claimId: id, version: 1, move: 'accept' }) },
    { move: 'dismiss from in review', from: 'in_review', run: (u, id) => reviewClaim(u.j, { claimId: id, version: 1, move: 'dismiss' }) },
  ];
  for (const r of REFUSED) {
    it(`refuses ${r.move}, changing nothing and writing no event`, async () => {
      const { journalist, editor } = await people();
      const a = await article(journalist.id);
      const c = await makeClaim(a.id, { status: r.from });
      const before = await snapshot(c.id);
      expect(await code(r.run({ j: journalist.id, e: editor.id }, c.id))).toBe('INVALID');
      expect(await snapshot(c.id)).toEqual(before);
    });
  }

  it('refuses a stale version with CONFLICT carrying the current claim, and writes nothing', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'open' });
    await assignClaim(editor.id, { claimId: c.id, version: 1, assigneeId: journalist.id });
    const before = await snapshot(c.id);
    await expect(proposeVerdict(journalist.id, verdict(c.id, 1))).rejects.toMatchObject({
      info: { code: 'CONFLICT', current: { entity: 'claim', id: c.id, status: 'researching', version: 2 } },
    });
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('a send-back returns the claim to whoever worked on it and shows the reason until a verdict is proposed again', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    // Proposed with no assignee (a journalist picked it up from the list), then sent back.
    const c = await makeClaim(a.id, { status: 'researching' });
    let v = (await proposeVerdict(journalist.id, verdict(c.id, c.version))).claim.version;
    v = (await sendBackClaim(editor.id, { claimId: c.id, version: v, reason: 'Find the ministry transcript' })).version;
    const back = await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { status: true, assigneeId: true } });
    expect(back).toEqual({ status: 'researching', assigneeId: journalist.id });
    const event = await db.event.findFirstOrThrow({ where: { claimId: c.id, action: 'claim_sendBack' } });
    expect(event.after).toMatchObject({ status: 'researching', assignee: 'Jo', reason: 'Find the ministry transcript' });
    expect((await getClaimPage(journalist.id, c.id)).sentBack).toMatchObject({ reason: 'Find the ministry transcript', by: 'Ed' });
    // Answered: a new proposal ends the banner.
    await proposeVerdict(journalist.id, verdict(c.id, v, { rating: 'unverified' }));
    expect((await getClaimPage(journalist.id, c.id)).sentBack).toBeNull();
    // An assigned claim keeps its assignee.
    const d = await makeClaim(a.id, { status: 'in_review', assigneeId: editor.id });
    await sendBackClaim(editor.id, { claimId: d.id, version: d.version, reason: 'x' });
    expect((await db.claim.findUniqueOrThrow({ where: { id: d.id } })).assigneeId).toBe(editor.id);
  });

  it('assigns only to active journalists or editors', async () => {
    const { journalist, editor, admin } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'open' });
    expect(await code(assignClaim(editor.id, { claimId: c.id, version: 1, assigneeId: admin.id }))).toBe('INVALID');
    await db.user.update({ where: { id: journalist.id }, data: { active: false } });
    expect(await code(assignClaim(editor.id, { claimId: c.id, version: 1, assigneeId: journalist.id }))).toBe('INVALID');
    expect(await code(assignClaim(editor.id, { claimId: c.id, version: 1, assigneeId: editor.id }))).toBe('OK');
  });

  it('requires a reason to send back, and validates the verdict fields', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'in_review' });
    await expect(sendBackClaim(editor.id, { claimId: c.id, version: 1, reason: '  ' })).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { reason: expect.any(Array) } },
    });
    await expect(
      proposeVerdict(journalist.id, verdict(c.id, 1, { rating: 'nonsense', explanation: '', attributionConfirmed: undefined })),
    ).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { rating: expect.any(Array), explanation: expect.any(Array), attributionConfirmed: expect.any(Array) } },
    });
    await expect(proposeVerdict(journalist.id, verdict(c.id, 1, { explanation: 'One.\n\nTwo paragraphs.' }))).rejects.toMatchObject({
      info: { code: 'INVALID' },
    });
    expect(await db.event.count()).toBe(0);
  });
});

describe('changing a published verdict', () => {
  async function publishedRuledClaim() {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'in_review' });
    const first = await ruleVerdict(editor.id, verdict(c.id, 1, { rating: 'mixed', explanation: 'Partly right.' }));
    const fc = await db.factCheck.create({ data: { articleId: a.id, slug: `fc-${c.id}`, status: 'published', publishedAt: new Date() } });
    return { editor, claim: c, version: first.claim.version, fc };
  }

  it('needs a correction reason, and records the correction with the new ruling in one transaction', async () => {
    const { editor, claim, version, fc } = await publishedRuledClaim();
    const before = await snapshot(claim.id);
    await expect(ruleVerdict(editor.id, verdict(claim.id, version, { rating: 'false_' }))).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { correctionReason: expect.any(Array) } },
    });
    expect(await snapshot(claim.id)).toEqual(before);

    const r = await ruleVerdict(
      editor.id,
      verdict(claim.id, version, { rating: 'false_', explanation: 'Wrong on both counts.', correctionReason: 'New ministry data' }),
    );
    const corrections = await db.correction.findMany({ where: { factCheckId: fc.id } });
    expect(corrections.map((c) => c.id)).toEqual([r.correctionId]);
    expect(corrections[0]).toMatchObject({
      claimId: claim.id,
      reason: 'New ministry data',
      whatChanged: 'Verdict changed from Mixed to False; Explanation updated',
      byId: editor.id,
    });
    expect(await db.event.count({ where: { claimId: claim.id, action: 'correction_create' } })).toBe(1);
    expect(await db.verdict.count({ where: { claimId: claim.id, kind: 'ruled' } })).toBe(2);
  });

  it('re-ruling with no change needs no correction; an unpublished fact-check needs none either', async () => {
    const { editor, claim, version, fc } = await publishedRuledClaim();
    const same = await ruleVerdict(editor.id, verdict(claim.id, version, { rating: 'mixed', explanation: 'Partly right.' }));
    expect(same.correctionId).toBeNull();
    await db.factCheck.update({ where: { id: fc.id }, data: { status: 'unpublished' } });
    const changed = await ruleVerdict(editor.id, verdict(claim.id, same.claim.version, { rating: 'true_' }));
    expect(changed.correctionId).toBeNull();
    expect(await db.correction.count()).toBe(0);
  });
});
