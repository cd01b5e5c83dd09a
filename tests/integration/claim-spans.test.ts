import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { addClaimFromSelection, editClaimSpan, mergeClaims, splitClaim } from '@/lib/data/claim-spans';
import { inSpanTransaction } from '@/lib/data/span-rules';
import { reviewClaim } from '@/lib/data/workflow';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012345
const TEXT = 'Alpha said one thing. Beta said two things.\n\nGamma said three. Delta said four.';
const at = (s: string) => TEXT.indexOf(s);

type Fixture = Awaited<ReturnType<typeof setup>>;
async function setup() {
  const j = await makeUser('journalist');
  const article = await makeArticle(j.id, TEXT);
  const make = (s: string, status: 'suggested' | 'open' | 'researching' = 'suggested') =>
    db.claim.create({ data: { articleId: article.id, start: at(s), end: at(s) + s.length, text: s, status }, select: { id: true, version: true } });
  // "Delta said four." is left unclaimed, for adding from a selection.
  const a = await make('Alpha said one thing.');
  const b = await make('Beta said two things.');
  const c = await make('Gamma said three.', 'researching');
  return { j, article, a, b, c };
}

const snapshot = async (articleId: string) => ({
  claims: await db.claim.findMany({ where: { articleId }, orderBy: { start: 'asc' } }),
  events: await db.event.count(),
});
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: AppError) => e,
  );

// Each change, as a function of the fixture, so the permission matrix can run every one.
const CHANGES: Record<string, (f: Fixture, uid: string | null) => Promise<unknown>> = {
  accept: (f, uid) => reviewClaim(uid, { claimId: f.a.id, version: 1, move: 'accept' }),
  dismiss: (f, uid) => reviewClaim(uid, { claimId: f.a.id, version: 1, move: 'dismiss' }),
  span: (f, uid) => editClaimSpan(uid, { claimId: f.a.id, version: 1, start: 0, end: 10 }),
  merge: (f, uid) => mergeClaims(uid, { firstId: f.a.id, firstVersion: 1, secondId: f.b.id, secondVersion: 1 }),
  split: (f, uid) => splitClaim(uid, { claimId: f.b.id, version: 1, at: at('two things') }),
  add: (f, uid) => addClaimFromSelection(uid, { articleId: f.article.id, start: at('Delta'), end: TEXT.length }),
};

describe('who may fix the split', () => {
  for (const [name, change] of Object.entries(CHANGES)) {
    it(`${name}: journalists and editors may; admins and signed-out callers are refused and nothing changes`, async () => {
      const f = await setup();
      const admin = await makeUser('admin');
      const before = await snapshot(f.article.id);
      expect(await failure(change(f, null))).toMatchObject({ info: { code: 'UNAUTHORIZED' } });
      expect(await failure(change(f, admin.id))).toMatchObject({ info: { code: 'FORBIDDEN' } });
      expect(await snapshot(f.article.id)).toEqual(before);
      await change(f, f.j.id);
      expect(await db.event.count()).toBeGreaterThan(before.events);
      await resetDatabase();
      const g = await setup();
      const editor = await makeUser('editor');
      await expect(change(g, editor.id)).resolves.toBeTruthy();
    });
  }
});

describe('accepting and dismissing', () => {
  it('moves along the workflow only, with a history event carrying before and after', async () => {
    const f = await setup();
    const accepted = await reviewClaim(f.j.id, { claimId: f.a.id, version: 1, move: 'accept' });
    expect(accepted).toMatchObject({ status: 'open', version: 2 });
    await reviewClaim(f.j.id, { claimId: f.b.id, version: 1, move: 'dismiss' });
    const again = await reviewClaim(f.j.id, { claimId: f.b.id, version: 2, move: 'accept' });
    expect(again.status).toBe('open');
    // A claim under research cannot be dismissed or accepted from here.
    expect(await failure(reviewClaim(f.j.id, { claimId: f.c.id, version: 1, move: 'dismiss' }))).toMatchObject({ info: { code: 'INVALID' } });
    expect(await failure(reviewClaim(f.j.id, { claimId: f.c.id, version: 1, move: 'accept' }))).toMatchObject({ info: { code: 'INVALID' } });
    const events = await db.event.findMany({ where: { claimId: f.a.id } });
    expect(events).toMatchObject([
      { action: 'claim_accept', actorId: f.j.id, articleId: f.article.id, before: { status: 'suggested' }, after: { status: 'open' } },
    ]);
  });

  it('refuses a stale version with what is there now, and changes nothing', async () => {
    const f = await setup();
    await reviewClaim(f.j.id, { claimId: f.a.id, version: 1, move: 'accept' });
    const e = await failure(reviewClaim(f.j.id, { claimId: f.a.id, version: 1, move: 'dismiss' }));
    expect(e).toMatchObject({ info: { code: 'CONFLICT', current: { entity: 'claim', id: f.a.id, status: 'open', version: 2 } } });
    expect(e.message).toMatch(/someone else changed/i);
    expect((await db.claim.findUniqueOrThrow({ where: { id: f.a.id } })).status).toBe('open');
    const stale = await failure(editClaimSpan(f.j.id, { claimId: f.a.id, version: 1, start: 0, end: 5 }));
    expect(stale).toMatchObject({ info: { code: 'CONFLICT', current: { entity: 'claim', start: 0, end: 21 } } });
  });
});

describe('editing spans', () => {
  it('moves a span, snapping off spaces and recomputing text, prefix and suffix', async () => {
    const f = await setup();
    const s = at('Delta');
    await addClaimFromSelection(f.j.id, { articleId: f.article.id, start: s, end: s + 5 });
    const c = await db.claim.findFirstOrThrow({ where: { start: s } });
    const after = await editClaimSpan(f.j.id, { claimId: c.id, version: 1, start: s - 1, end: TEXT.length });
    expect(after).toMatchObject({ start: s, end: TEXT.length, text: 'Delta said four.', version: 2 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.prefix).toBe(TEXT.slice(s - 32, s));
    expect(row.suffix).toBe('');
    const events = await db.event.findMany({ where: { claimId: c.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['claim_create', 'claim_span']);
    expect(events[1]).toMatchObject({ before: { start: s, end: s + 5, text: 'Delta' }, after: { text: 'Delta said four.' } });
  });

  it('refuses spans outside the text or overlapping another claim, with a clear message', async () => {
    const f = await setup();
    const before = await snapshot(f.article.id);
    const past = await failure(editClaimSpan(f.j.id, { claimId: f.a.id, version: 1, start: 0, end: TEXT.length + 5 }));
    expect(past).toMatchObject({ info: { code: 'INVALID', fieldErrors: { end: [expect.stringMatching(/past the end/)] } } });
    expect(await failure(editClaimSpan(f.j.id, { claimId: f.a.id, version: 1, start: -1, end: 5 }))).toMatchObject({ info: { code: 'INVALID' } });
    expect(await failure(editClaimSpan(f.j.id, { claimId: f.a.id, version: 1, start: 8, end: 3 }))).toMatchObject({ info: { code: 'INVALID' } });
    const overlap = await failure(editClaimSpan(f.j.id, { claimId: f.a.id, version: 1, start: 0, end: at('Beta') + 4 }));
    expect(overlap.info.code).toBe('INVALID');
    expect(overlap.message).toMatch(/overlap another claim \(“Beta said two things\.”/);
    const add = await failure(addClaimFromSelection(f.j.id, { articleId: f.article.id, start: at('three'), end: TEXT.length }));
    expect(add.message).toMatch(/overlap/);
    expect(await failure(addClaimFromSelection(f.j.id, { articleId: f.article.id, start: at('\n\n'), end: at('\n\n') + 2 }))).toMatchObject({
      info: { code: 'INVALID' },
    });
    expect(await snapshot(f.article.id)).toEqual(before);
  });

  it('turns a database overlap refusal (a race the checks cannot see) into INVALID, not a crash', async () => {
    const f = await setup();
    const race = inSpanTransaction((tx) => tx.claim.create({ data: { articleId: f.article.id, start: 2, end: 30, text: 'x' } }));
    expect(await failure(race)).toMatchObject({ info: { code: 'INVALID' }, message: expect.stringMatching(/overlap/) });
  });
});

describe('merging, splitting and adding', () => {
  it('merges two neighbours into the first and deletes the second, with history for both', async () => {
    const f = await setup();
    const merged = await mergeClaims(f.j.id, { firstId: f.b.id, firstVersion: 1, secondId: f.a.id, secondVersion: 1 });
    expect(merged).toMatchObject({
      id: f.a.id,
      start: 0,
      end: at('Beta') + 'Beta said two things.'.length,
      text: 'Alpha said one thing. Beta said two things.',
    });
    expect(await db.claim.findUnique({ where: { id: f.b.id } })).toBeNull();
    const events = await db.event.findMany({ where: { claimId: { in: [f.a.id, f.b.id] } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.claimId])).toEqual([
      ['claim_merge', f.a.id],
      ['claim_delete', f.b.id],
    ]);
  });

  it('refuses to merge claims that are not neighbours, or whose second one holds research', async () => {
    const f = await setup();
    const far = await failure(mergeClaims(f.j.id, { firstId: f.a.id, firstVersion: 1, secondId: f.c.id, secondVersion: 1 }));
    expect(far.message).toMatch(/lies between them/);
    await db.note.create({ data: { claimId: f.b.id, authorId: f.j.id, body: 'Checked the ministry site.' } });
    const busy = await failure(mergeClaims(f.j.id, { firstId: f.a.id, firstVersion: 1, secondId: f.b.id, secondVersion: 1 }));
    expect(busy.message).toMatch(/already has sources, notes or verdicts/);
    expect(await db.claim.count()).toBe(3);
  });

  it('splits a claim in two at an offset, trimming the spaces at the cut', async () => {
    const f = await setup();
    const { first, second } = await splitClaim(f.j.id, { claimId: f.b.id, version: 1, at: at(' two') });
    expect(first).toMatchObject({ id: f.b.id, text: 'Beta said', version: 2 });
    expect(second).toMatchObject({ text: 'two things.', status: 'suggested' });
    expect(await failure(splitClaim(f.j.id, { claimId: f.b.id, version: 2, at: 0 }))).toMatchObject({
      info: { code: 'INVALID', fieldErrors: { at: expect.any(Array) } },
    });
    const events = await db.event.findMany({ where: { articleId: f.article.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['claim_split', 'claim_create']);
  });

  it('adds a claim from a selection as open and snaps the selection to its words', async () => {
    const f = await setup();
    const created = await addClaimFromSelection(f.j.id, { articleId: f.article.id, start: at('Delta') - 1, end: TEXT.length });
    expect(created).toMatchObject({ text: 'Delta said four.', status: 'open', start: at('Delta') });
    expect(await failure(addClaimFromSelection(f.j.id, { articleId: 'nope', start: 0, end: 4 }))).toMatchObject({ info: { code: 'NOT_FOUND' } });
  });
});
