// Issue 10, claimant records: a claim's speaker links to one record across articles by its names
// (in the database, so every way a claim is written links the same way); editors rename, describe
// and merge records with history; the ClaimReview markup describes the claimant from the record.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { getClaimant, listClaimants, mergeClaimants, updateClaimant } from '@/lib/data/claimants';
import { buildSnapshotData } from '@/lib/data/snapshots';
import type { ClaimantType } from '@/lib/generated/prisma/enums';

beforeEach(resetDatabase);

let at = 0;
async function said(articleId: string, claimant: string | null, type: ClaimantType | null = 'person', role: string | null = null) {
  at += 100;
  return db.claim.create({
    data: { articleId, start: at, end: at + 10, text: `Claim ${at} by ${claimant}.`, claimant, claimantType: type, claimantRole: role },
    select: { id: true, claimantId: true },
  });
}

describe('claimant records', () => {
  it('links "Vladimir Putin", "Mr Putin" and "President Putin" to one record, across articles; indefinite speakers to none', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const b = await makeArticle(ed.id, 'y');
    const first = await said(a.id, 'Vladimir Putin', 'person', 'Russian President');
    expect(first.claimantId).not.toBeNull();
    for (const name of ['Mr Putin', 'President Putin', 'Putin', 'Vladimir Putin']) expect((await said(b.id, name)).claimantId).toBe(first.claimantId);
    // Organisations key by their name ("the" aside), not by a surname.
    const ministry = await said(a.id, "Russia's Defence Ministry", 'organisation');
    expect((await said(b.id, "the Russia's Defence Ministry", 'organisation')).claimantId).toBe(ministry.claimantId);
    for (const nobody of ['A Ukrainian military spokesman', 'officials', null]) expect((await said(b.id, nobody)).claimantId).toBeNull();
    // Two people sharing a surname: the surname alone links to neither.
    const boris = await said(a.id, 'Boris Johnson');
    const dwayne = await said(a.id, 'Dwayne Johnson');
    expect(boris.claimantId).not.toBe(dwayne.claimantId);
    expect((await said(b.id, 'Mr Johnson')).claimantId).toBeNull();
    // A claim whose speaker is edited links anew.
    await db.claim.update({ where: { id: boris.id }, data: { claimant: 'Mr Putin' } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: boris.id } })).claimantId).toBe(first.claimantId);

    const record = await getClaimant(ed.id, first.claimantId!);
    expect(record.record).toMatchObject({ name: 'Vladimir Putin', type: 'person', role: 'Russian President' });
    expect(record.total).toBe(6);
    expect((await listClaimants(ed.id, { q: 'putin' })).claimants.map((c) => c.name)).toEqual(['Vladimir Putin']);
  });

  it('renames, describes and merges records with history; journalists may not; stale versions conflict', async () => {
    const ed = await makeUser('editor', 'Ed');
    const jo = await makeUser('journalist', 'Jo');
    const a = await makeArticle(ed.id, 'x');
    const trump = await said(a.id, 'US President Donald Trump', 'organisation');
    const other = await said(a.id, 'Donald J. Trump', 'person');
    const id = trump.claimantId!;
    const v1 = (await getClaimant(ed.id, id)).record.version;
    expect(await code(updateClaimant(jo.id, { id, version: v1, name: 'Donald Trump', type: 'person', aliases: '' }))).toBe('FORBIDDEN');
    await updateClaimant(ed.id, {
      id,
      version: v1,
      name: 'Donald Trump',
      type: 'person',
      role: 'US President',
      sameAs: 'https://www.wikidata.org/wiki/Q22686',
      aliases: 'US President Donald Trump\nThe Donald',
    });
    expect(await code(updateClaimant(ed.id, { id, version: v1, name: 'Donald Trump', type: 'person', aliases: '' }))).toBe('CONFLICT');
    // A name that is another record's: merge instead.
    const taken = await code(updateClaimant(ed.id, { id, version: v1 + 1, name: 'Donald Trump', type: 'person', aliases: 'Donald J. Trump' }));
    expect(taken).toBe('INVALID');
    // The new names link new claims.
    expect((await said(a.id, 'The Donald')).claimantId).toBe(id);

    const merged = await mergeClaimants(ed.id, { id, version: v1 + 1, otherId: other.claimantId! });
    expect(merged.claims).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: other.id } })).claimantId).toBe(id);
    expect(await db.claimant.findUnique({ where: { id: other.claimantId! } })).toBeNull();
    expect((await said(a.id, 'Donald J. Trump')).claimantId).toBe(id);
    const page = await getClaimant(ed.id, id);
    expect(page.history.map((h) => h.summary)).toEqual(['Merged another claimant’s record into this one', 'Changed the claimant’s record']);
    expect(page.history[1]!.changes).toEqual(expect.arrayContaining([{ field: 'Name', before: 'US President Donald Trump', after: 'Donald Trump' }]));
    expect(await code(mergeClaimants(jo.id, { id, version: page.record.version, otherId: other.claimantId! }))).toBe('FORBIDDEN');
  });

  it('gives the published ClaimReview data the record’s type, role and sameAs', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const c = await said(a.id, 'The National', 'person');
    await db.claim.update({ where: { id: c.id }, data: { status: 'ruled', included: true } });
    await db.verdict.create({
      data: { claimId: c.id, kind: 'ruled', rating: 'false_', explanation: 'No.', attributionConfirmed: true, byId: ed.id },
    });
    const r = await getClaimant(ed.id, c.claimantId!);
    await updateClaimant(ed.id, {
      id: r.record.id,
      version: r.record.version,
      name: 'The National',
      type: 'organisation',
      sameAs: 'https://www.thenational.scot',
      aliases: '',
    });
    const snap = await buildSnapshotData(db, a.id);
    expect(snap.claims[0]).toMatchObject({ claimant: 'The National', claimantType: 'organisation', claimantSameAs: 'https://www.thenational.scot' });
    expect((await getClaimant(ed.id, r.record.id)).tally).toEqual([{ rating: 'false_', count: 1 }]);
  });
});
