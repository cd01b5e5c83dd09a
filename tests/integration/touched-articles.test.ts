import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { article, makeClaim, people, SOURCE } from './claims-helpers';
import { trackTouchedArticles } from '@/lib/data/touched';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { sendBackClaim } from '@/lib/data/workflow';
import { ruleVerdict } from '@/lib/data/verdicts';
import { updateClaimAttribution } from '@/lib/data/claims';
import { mergeClaims } from '@/lib/data/claim-spans';
import { publishFactCheck, saveSummary, setClaimIncluded, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';
import { createUser } from '@/lib/data/users';

// The action pipeline refreshes readers' copies of the articles a mutation's events name
// (lib/data/touched.ts). These tests pin that every change readers could see reports its
// article, and that internal ones (notes, accounts) report none.

beforeEach(resetDatabase);

const touched = async (fn: () => Promise<unknown>) => (await trackTouchedArticles(fn)).articleIds;

describe('the articles a change touches', () => {
  it('a source, a verdict, an attribution and a send-back report the article of their claim', async () => {
    const { journalist, editor } = await people();
    const [a, b] = [await article(journalist.id), await article(journalist.id)];
    const claim = await makeClaim(a.id, { status: 'researching' });
    await makeClaim(b.id, { status: 'researching' });

    let s = await createSource(journalist.id, { ...SOURCE, claimId: claim.id });
    expect(
      await touched(async () => (s = await updateSource(editor.id, { ...SOURCE, sourceId: s.id, version: s.version, title: 'New title' }))),
    ).toEqual([a.id]);
    expect(await touched(() => deleteSource(editor.id, { sourceId: s.id, version: s.version }))).toEqual([a.id]);
    expect(await touched(() => updateClaimAttribution(journalist.id, { claimId: claim.id, version: 1, claimant: 'Mr X', cue: 'said' }))).toEqual([
      a.id,
    ]);

    const inReview = await makeClaim(a.id, { status: 'in_review' });
    const ruled = await touched(() =>
      ruleVerdict(editor.id, { claimId: inReview.id, version: 1, rating: 'false_', explanation: 'No.', attributionConfirmed: true }),
    );
    expect(ruled).toEqual([a.id]);
    const back = await db.claim.findUniqueOrThrow({ where: { id: inReview.id } });
    expect(await touched(() => sendBackClaim(editor.id, { claimId: back.id, version: back.version, reason: 'Check again' }))).toEqual([a.id]);
  });

  it('notes and accounts touch no article', async () => {
    const { journalist, admin } = await people();
    const a = await article(journalist.id);
    const claim = await makeClaim(a.id);
    expect(await touched(() => addNote(journalist.id, { claimId: claim.id, body: 'Internal' }))).toEqual([]);
    expect(await touched(() => createUser(admin.id, { email: 'n@test.local', name: 'N', role: 'journalist', password: 'long enough' }))).toEqual([]);
    expect(await db.event.count()).toBe(2); // both were written: they only report nothing
  });

  it('span fixes, publishing, inclusion changes and corrections report their article', async () => {
    const editor = await makeUser('editor');
    const text = 'Alpha said one thing. Beta said two things.';
    const art = await makeArticle(editor.id, text);
    const [one, two] = await Promise.all(
      ['Alpha said one thing.', 'Beta said two things.'].map((t) =>
        db.claim.create({
          data: { articleId: art.id, start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, status: 'ruled', claimant: 'A' },
        }),
      ),
    );
    for (const c of [one!, two!]) {
      await db.source.create({ data: { ...SOURCE, claimId: c.id, addedById: editor.id } });
      await db.verdict.create({
        data: { claimId: c.id, kind: 'ruled', rating: 'mixed', explanation: 'Partly.', attributionConfirmed: true, byId: editor.id },
      });
    }
    const draft = await saveSummary(editor.id, { articleId: art.id, version: 0, summary: 'A summary long enough to pass.' });
    const fc = await trackTouchedArticles(() => publishFactCheck(editor.id, { articleId: art.id, version: draft.version }));
    expect(fc.articleIds).toEqual([art.id]);
    expect(await touched(() => setClaimIncluded(editor.id, { claimId: two!.id, version: 1, included: false }))).toEqual([art.id]);
    expect(await touched(() => writeCorrection(editor.id, { articleId: art.id, whatChanged: 'Fixed a date.', reason: 'It was wrong.' }))).toEqual([
      art.id,
    ]);
    const version = (await db.factCheck.findUniqueOrThrow({ where: { id: fc.result.id } })).version;
    expect(await touched(() => unpublishFactCheck(editor.id, { articleId: art.id, version, reason: 'Retracted for this test.' }))).toEqual([art.id]);

    await db.claim.update({ where: { id: two!.id }, data: { status: 'suggested' } });
    await db.source.deleteMany({ where: { claimId: two!.id } });
    await db.verdict.deleteMany({ where: { claimId: two!.id } });
    await db.correction.updateMany({ data: { claimId: null } });
    const merged = await touched(() => mergeClaims(editor.id, { firstId: one!.id, firstVersion: 1, secondId: two!.id, secondVersion: 2 }));
    expect(merged).toEqual([art.id]);
  });
});
