import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { article, code, makeClaim, people } from './claims-helpers';
import { getDeskOverview } from '@/lib/data/desk-overview';
import type { ClaimStatus, EventAction } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

// Issue 14, the editors' desk overview: who may see it, and its numbers on a small known desk.

beforeEach(resetDatabase);

const HOUR = 3_600_000;
/** Monday 00:00 UTC of this week, `ago` weeks back: the overview's weeks start there. */
function weekStart(ago: number) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - ((now.getUTCDay() + 6) % 7) * 24 * HOUR - ago * 7 * 24 * HOUR);
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const later = (d: Date, hours: number) => new Date(d.getTime() + hours * HOUR);

async function event(action: EventAction, claim: { id: string; articleId: string }, at: Date, after?: Prisma.InputJsonValue) {
  await db.event.create({ data: { action, entityType: 'claim', entityId: claim.id, claimId: claim.id, articleId: claim.articleId, at, after } });
}

async function ruled(claimId: string, byId: string, createdAt: Date, kind: 'ruled' | 'proposed' = 'ruled') {
  await db.verdict.create({ data: { claimId, kind, rating: 'mostly_true', explanation: 'x', attributionConfirmed: true, byId, createdAt } });
}

/**
 * A desk two weeks old: an article imported on Monday 01:00 two weeks ago; claims in every status,
 * held by two journalists, an editor and a deactivated journalist, some by nobody; first rulings
 * 10 h and 30 h after the import (two weeks ago) and 170 h after it (last week).
 */
async function smallDesk() {
  const { journalist, editor, admin } = await people();
  const kim = await makeUser('journalist', 'Kim');
  const zed = await makeUser('journalist', 'Zed'); // active, holds nothing: still listed, with 0
  const lee = await makeUser('journalist', 'Lee');
  const gone = await makeUser('journalist', 'Gone'); // deactivated, holds nothing: not listed
  await db.user.updateMany({ where: { id: { in: [lee.id, gone.id] } }, data: { active: false } });

  const a = await article(journalist.id);
  const imported = later(weekStart(2), 1);
  await db.article.update({ where: { id: a.id }, data: { createdAt: imported } });
  const claim = (status: ClaimStatus, assigneeId: string | null = null) => makeClaim(a.id, { status, assigneeId });

  await Promise.all([claim('suggested'), claim('suggested'), claim('dismissed')]);
  const opened = await claim('open');
  await Promise.all([
    claim('researching', journalist.id),
    claim('researching', journalist.id),
    claim('researching', kim.id),
    claim('researching', editor.id),
  ]);
  await Promise.all([claim('in_review', journalist.id), claim('in_review', lee.id), claim('in_review')]);
  const [r1, r2, r3] = [await claim('ruled', journalist.id), await claim('ruled'), await claim('ruled')];

  await ruled(r1.id, editor.id, later(imported, 10));
  await ruled(r2.id, editor.id, later(imported, 30));
  await ruled(r3.id, editor.id, later(imported, 100), 'proposed'); // a proposal is not a ruling
  await ruled(r3.id, editor.id, later(imported, 170));
  await ruled(r1.id, editor.id, later(imported, 171)); // ruled again last week: not a first ruling

  // Accepted two weeks ago, dismissed and accepted again last week: counts once, two weeks ago.
  await event('claim_accept', r1, later(weekStart(2), 2));
  await event('claim_dismiss', r1, later(weekStart(1), 1));
  await event('claim_accept', r1, later(weekStart(1), 2));
  await event('claim_propose', r1, later(weekStart(2), 5));
  await event('claim_propose', r1, later(weekStart(1), 3)); // proposed again: not a first proposal
  await event('claim_accept', r2, later(weekStart(1), 4));
  // Added by hand straight into the desk's work this week counts as accepted; a split's second half does not.
  await event('claim_create', opened, later(weekStart(0), 0.01), { start: 0, end: 1, text: 'S', status: 'open' });
  await event('claim_create', r3, later(weekStart(0), 0.01), { start: 0, end: 1, text: 'S', status: 'open', splitFrom: r2.id });
  return { journalist, editor, admin, kim, zed, lee };
}

describe('the desk overview', () => {
  it('is for editors: journalists and admins are refused, and so is a signed-out caller', async () => {
    const { journalist, editor, admin } = await people();
    expect(await code(getDeskOverview(editor.id))).toBe('OK');
    expect(await code(getDeskOverview(journalist.id))).toBe('FORBIDDEN');
    expect(await code(getDeskOverview(admin.id))).toBe('FORBIDDEN');
    expect(await code(getDeskOverview(null))).toBe('UNAUTHORIZED');
  });

  it('covers the last 8 weeks by default, up to 26, and refuses anything else', async () => {
    const { editor } = await people();
    const byDefault = await getDeskOverview(editor.id);
    expect(byDefault.weeks).toBe(8);
    expect(byDefault.weekly.map((w) => w.week)).toEqual([7, 6, 5, 4, 3, 2, 1, 0].map((ago) => isoDay(weekStart(ago))));
    expect((await getDeskOverview(editor.id, { weeks: '26' })).weekly).toHaveLength(26);
    for (const weeks of [0, 27, 2.5, 'eight', -1]) expect(await code(getDeskOverview(editor.id, { weeks }))).toBe('INVALID');
  });

  it('counts claims per status, the steps they reached per week, and import → first ruling', async () => {
    const { editor } = await smallDesk();
    const o = await getDeskOverview(editor.id, { weeks: 4 });
    expect(o.statuses).toEqual([
      { status: 'suggested', count: 2 },
      { status: 'open', count: 1 },
      { status: 'researching', count: 4 },
      { status: 'in_review', count: 3 },
      { status: 'ruled', count: 3 },
    ]);
    expect(o.weekly.map(({ week, accepted, proposed, ruled }) => ({ week, accepted, proposed, ruled }))).toEqual([
      { week: isoDay(weekStart(3)), accepted: 0, proposed: 0, ruled: 0 },
      { week: isoDay(weekStart(2)), accepted: 1, proposed: 1, ruled: 2 },
      { week: isoDay(weekStart(1)), accepted: 1, proposed: 0, ruled: 1 },
      { week: isoDay(weekStart(0)), accepted: 1, proposed: 0, ruled: 0 },
    ]);
    const [, twoAgo, lastWeek, thisWeek] = o.weekly;
    // 10 h and 30 h: the median is 20 h, the 90th percentile (interpolated) 28 h.
    expect(twoAgo!.medianHours).toBeCloseTo(20, 6);
    expect(twoAgo!.p90Hours).toBeCloseTo(28, 6);
    expect(lastWeek!.medianHours).toBeCloseTo(170, 6);
    expect(lastWeek!.p90Hours).toBeCloseTo(170, 6);
    expect(thisWeek!.medianHours).toBeNull();
  });

  it('leaves out what happened before the period, even when it was the first time', async () => {
    const { editor } = await smallDesk();
    const o = await getDeskOverview(editor.id, { weeks: 2 });
    // r1's second ruling and second acceptance last week are not firsts; r3's first ruling is.
    expect(o.weekly.map((w) => [w.accepted, w.proposed, w.ruled])).toEqual([
      [1, 0, 1],
      [1, 0, 0],
    ]);
  });

  it('shows each journalist’s open load now, with whoever else holds claims and the claims nobody holds', async () => {
    const { editor } = await smallDesk();
    const { load } = await getDeskOverview(editor.id);
    expect(load.map((l) => [l.user?.name ?? null, l.user?.active ?? null, l.researching, l.inReview, l.total])).toEqual([
      ['Jo', true, 2, 1, 3],
      ['Ed', true, 1, 0, 1],
      ['Kim', true, 1, 0, 1],
      ['Lee', false, 0, 1, 1],
      ['Zed', true, 0, 0, 0],
      [null, null, 0, 1, 1],
    ]);
  });

  it('has an empty desk to show when nothing has happened yet', async () => {
    const { editor } = await people();
    const o = await getDeskOverview(editor.id, { weeks: 4 });
    expect(o.statuses.every((s) => s.count === 0)).toBe(true);
    expect(o.weekly.every((w) => w.accepted + w.proposed + w.ruled === 0 && w.medianHours === null)).toBe(true);
    expect(o.load).toEqual([{ user: { id: expect.any(String), name: 'Jo', active: true }, researching: 0, inReview: 0, total: 0 }]);
  });
});
