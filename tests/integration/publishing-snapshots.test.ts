// Readers see published snapshots, never the workspace (issue 9, item 2): a journalist's changes
// to a live fact-check reach no reader until an editor publishes a new version with a note, and
// that version's changes are all in the corrections log readers see.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { publishFactCheck, saveSummary, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';
import { getPublishView } from '@/lib/data/factchecks';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { updateClaimAttribution } from '@/lib/data/claims';
import { editClaimSpan, mergeClaims } from '@/lib/data/claim-spans';
import { ruleVerdict } from '@/lib/data/verdicts';
import { sendBackClaim } from '@/lib/data/workflow';
import { proposeVerdict } from '@/lib/data/verdicts';
import { getPublishedFactCheck } from '@/lib/data/public';
import { listPublishedClaimReviews, listPublishedFactChecks } from '@/lib/data/public-lists';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const TEXT = 'Alpha said the sky is green today. Beta said so too.\n\nGamma said fire is cold. Delta said that ice is very hot.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const SOURCE = { title: 'A report', type: 'news_report', stance: 'contradicts' } as const;

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info.code, message: e.message, fields: e.info.code === 'INVALID' ? e.info.fieldErrors : undefined }),
  );

/** Three ruled claims with a source each, and a neighbouring suggestion; published as version 1. */
async function published() {
  const [journalist, editor] = [await makeUser('journalist'), await makeUser('editor')];
  const article = await makeArticle(journalist.id, TEXT);
  const claim = async (s: string, ruled: boolean) => {
    const c = await db.claim.create({
      data: { articleId: article.id, ...at(s), status: ruled ? 'ruled' : 'suggested', claimant: ruled ? s.split(' ')[0] : null },
    });
    if (!ruled) return c;
    await db.source.create({ data: { ...SOURCE, claimId: c.id, url: `https://example.org/${c.id}`, addedById: journalist.id } });
    await db.verdict.create({
      data: { claimId: c.id, kind: 'ruled', rating: 'false_', explanation: `${s} is false.`, attributionConfirmed: true, byId: editor.id },
    });
    return c;
  };
  const alpha = await claim('Alpha said the sky is green today.', true);
  const beta = await claim('Beta said so too.', false);
  const gamma = await claim('Gamma said fire is cold.', true);
  const delta = await claim('Delta said that ice is very hot.', true);
  const draft = await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'We checked three claims in this article.' });
  const fc = await publishFactCheck(editor.id, { articleId: article.id, version: draft.version });
  return { journalist, editor, article, fc, alpha, beta, gamma, delta };
}

const version = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const sourceOf = (claimId: string) => db.source.findFirstOrThrow({ where: { claimId } });
const fcVersion = async (articleId: string) => (await db.factCheck.findUniqueOrThrow({ where: { articleId } })).version;

/** Everything a reader can get: the page's data, the index, the ClaimReview feed. */
async function whatReadersSee(slug: string) {
  return JSON.stringify([await getPublishedFactCheck(slug), (await listPublishedFactChecks()).items, (await listPublishedClaimReviews()).reviews]);
}

describe('a live fact-check changed in the workspace', () => {
  it('shows readers nothing new until an editor publishes the changes with a note, which the corrections log then lists', async () => {
    const s = await published();
    const before = await whatReadersSee(s.fc.slug);
    const phishing = 'https://examp1e-login.test/verify-account';

    // The journalist's five changes from the issue: a source's URL, a claimant, a ruled claim cut
    // short, its only source deleted, a neighbouring sentence merged into a ruled claim.
    const deltaSource = await sourceOf(s.delta.id);
    await updateSource(s.journalist.id, { ...SOURCE, sourceId: deltaSource.id, version: deltaSource.version, url: phishing });
    await updateClaimAttribution(s.journalist.id, { claimId: s.gamma.id, version: await version(s.gamma.id), claimant: 'Someone else', cue: '' });
    await editClaimSpan(s.journalist.id, {
      claimId: s.delta.id,
      version: await version(s.delta.id),
      start: at('Delta said that ice').start,
      end: at('Delta said that ice').end,
    });
    const gammaSource = await sourceOf(s.gamma.id);
    await deleteSource(s.journalist.id, { sourceId: gammaSource.id, version: gammaSource.version });
    await mergeClaims(s.journalist.id, {
      firstId: s.alpha.id,
      firstVersion: await version(s.alpha.id),
      secondId: s.beta.id,
      secondVersion: await version(s.beta.id),
    });

    expect(await whatReadersSee(s.fc.slug)).toBe(before);
    expect(await db.correction.count()).toBe(0);
    const view = await getPublishView(s.editor.id, s.article.id);
    expect(view.factCheck?.changes?.lines).toHaveLength(3); // alpha (text), gamma (claimant, source), delta (text, source)

    // The checklist still guards a new version: Gamma has no source now.
    const noSource = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id) }));
    expect(noSource?.fields?.sources).toEqual(['“Gamma said fire is cold.” has no source: add at least one.']);
    await createSource(s.journalist.id, { ...SOURCE, claimId: s.gamma.id, url: 'https://example.org/gamma-new', title: 'A better report' });

    // Without a note, refused, naming both fields; readers still see version 1.
    const noNote = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id) }));
    expect(noNote).toMatchObject({ code: 'INVALID', fields: { kind: ['Choose correction or update.'], note: ['Write a note for readers.'] } });
    expect(await whatReadersSee(s.fc.slug)).toBe(before);

    await publishFactCheck(s.editor.id, {
      articleId: s.article.id,
      version: await fcVersion(s.article.id),
      kind: 'correction',
      note: 'We reworded the claims and replaced two sources.',
    });
    const now = (await getPublishedFactCheck(s.fc.slug))!;
    expect(now.version).toBe(2);
    expect(now.claims.map((c) => c.text)).toEqual([
      'Alpha said the sky is green today. Beta said so too.',
      'Gamma said fire is cold.',
      'Delta said that ice',
    ]);
    expect(now.claims[1]!.claimant).toBe('Someone else');
    expect(now.claims[2]!.sources[0]!.url).toBe(phishing);
    expect(now.corrections).toHaveLength(1);
    const [log] = now.corrections;
    expect(log).toMatchObject({ kind: 'correction', reason: 'We reworded the claims and replaced two sources.' });
    for (const words of [
      'the claim now reads “Alpha said the sky is green today. Beta said so too.”',
      'the claimant changed from Gamma to Someone else',
      'removed the source “A report”',
      'added the source “A better report” (https://example.org/gamma-new)',
      'the claim now reads “Delta said that ice”',
      `now links to ${phishing}`,
    ])
      expect(log!.whatChanged).toContain(words);
    for (const c of now.claims) expect(ZClaimReviewSchema.parse(c.claimReview).dateModified).toBeDefined();
    expect((await listPublishedClaimReviews()).reviews.map((r) => r.claimReviewed)).toContain('Delta said that ice');
  });

  it('keeps showing readers the published verdict while the claim is sent back and re-ruled, until the new ruling is published', async () => {
    const s = await published();
    await sendBackClaim(s.editor.id, { claimId: s.gamma.id, version: await version(s.gamma.id), reason: 'Check the source again.' });
    await proposeVerdict(s.journalist.id, {
      claimId: s.gamma.id,
      version: await version(s.gamma.id),
      rating: 'true_',
      explanation: 'A proposal readers must not see.',
      attributionConfirmed: true,
    });
    expect(JSON.stringify(await getPublishedFactCheck(s.fc.slug))).not.toContain('A proposal readers must not see.');
    const ruled = await ruleVerdict(s.editor.id, {
      claimId: s.gamma.id,
      version: await version(s.gamma.id),
      rating: 'true_',
      explanation: 'Fire is hot after all.',
      attributionConfirmed: true,
      correctionReason: 'The first source was misread.',
    });
    // The ruling's correction waits for the version that shows the ruling.
    let page = (await getPublishedFactCheck(s.fc.slug))!;
    expect(page.claims[1]!.verdict).toMatchObject({ rating: 'false_', explanation: 'Gamma said fire is cold. is false.' });
    expect(page.corrections).toEqual([]);

    await publishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id), kind: 'correction', note: 'New ruling.' });
    page = (await getPublishedFactCheck(s.fc.slug))!;
    expect(page.claims[1]!.verdict).toMatchObject({ rating: 'true_', explanation: 'Fire is hot after all.' });
    expect(page.corrections.map((k) => k.id)).toContain(ruled.correctionId);
    expect(page.corrections.find((k) => k.id !== ruled.correctionId)?.whatChanged).toContain('the verdict changed from False to True');
    expect(page.claims[0]!.claimReview).not.toHaveProperty('dateModified');
    expect(page.claims[1]!.claimReview.dateModified).toBeDefined();
  });

  it('refuses to publish again when nothing changed, and republishing an unpublished one shows the same version again', async () => {
    const s = await published();
    const same = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id) }));
    expect(same).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already published/) });
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id), reason: 'Retracted for this test.' });
    expect(await getPublishedFactCheck(s.fc.slug)).toBeNull();
    await publishFactCheck(s.editor.id, { articleId: s.article.id, version: await fcVersion(s.article.id) });
    expect((await getPublishedFactCheck(s.fc.slug))?.version).toBe(1);
    expect(await db.factCheckSnapshot.count()).toBe(1);
  });

  it('a standalone correction is published at once with a new version of the same content', async () => {
    const s = await published();
    await updateClaimAttribution(s.journalist.id, {
      claimId: s.gamma.id,
      version: await version(s.gamma.id),
      claimant: 'Not yet published',
      cue: '',
    });
    await writeCorrection(s.editor.id, { articleId: s.article.id, claimId: s.gamma.id, whatChanged: 'Added a note.', reason: 'Readers asked.' });
    const page = (await getPublishedFactCheck(s.fc.slug))!;
    expect(page.version).toBe(2);
    expect(page.corrections).toMatchObject([{ whatChanged: 'Added a note.', reason: 'Readers asked.', kind: 'correction' }]);
    expect(JSON.stringify(page)).not.toContain('Not yet published');
    expect(page.claims[1]!.claimReview.dateModified).toBeDefined();
    expect(page.claims[0]!.claimReview).not.toHaveProperty('dateModified');
  });
});

describe('published snapshots', () => {
  it('cannot be rewritten, even by a direct update', async () => {
    const s = await published();
    const snap = await db.factCheckSnapshot.findFirstOrThrow({ where: { factCheckId: s.fc.id } });
    const { count } = await db.factCheckSnapshot.updateMany({ where: { id: snap.id }, data: { summary: 'Rewritten', data: {} } });
    expect(count).toBe(0);
    expect(await db.factCheckSnapshot.findUniqueOrThrow({ where: { id: snap.id } })).toEqual(snap);
    await expect(
      db.factCheckSnapshot.create({
        data: { factCheckId: s.fc.id, number: 2, kind: 'update', data: {}, title: 't', summary: 's', byId: s.editor.id },
      }),
    ).rejects.toThrow(/fact_check_snapshots_note_given/);
  });

  it('twenty editors creating the same fact-check at once: one creates it, the others get a clear conflict', async () => {
    const editor = await makeUser('editor');
    const article = await makeArticle(editor.id, TEXT);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveSummary(editor.id, { articleId: article.id, version: 0, summary: `Summary number ${i} of this fact-check.` }),
      ),
    );
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'OK' : ((r.reason as AppError).info?.code ?? String(r.reason))));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(await db.factCheck.count()).toBe(1);
    expect(await db.event.count({ where: { action: 'factcheck_create' } })).toBe(1);
  });
});
