import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { getPublishView, publishFactCheck, saveSummary, setClaimIncluded, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';
import { sendBackClaim } from '@/lib/data/workflow';
import { updateClaimAttribution } from '@/lib/data/claims';
import { getPublishedFactCheck } from '@/lib/data/public';
import { listPublishedClaimReviews, listPublishedFactChecks } from '@/lib/data/public-lists';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );
/** The refusal's code, message and field errors (none unless INVALID). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info.code, message: e.message, fields: e.info.code === 'INVALID' ? e.info.fieldErrors : undefined }),
  );

const TEXT = 'Alpha said the sky is green. Beta said water is dry.\n\nGamma said fire is cold. Delta said ice is hot.';
const SENTENCES = ['Alpha said the sky is green.', 'Beta said water is dry.', 'Gamma said fire is cold.', 'Delta said ice is hot.'];

type Spec = { status?: ClaimStatus; claimant?: string | null; sources?: number; ruled?: boolean; explanation?: string; included?: boolean };

/** An article whose claims are in the given states (default: ruled, with claimant, source and verdict). */
async function setup(specs: Spec[]) {
  const [journalist, editor, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
  const article = await makeArticle(journalist.id, TEXT);
  const claims = [];
  for (const [i, s] of specs.entries()) {
    const text = SENTENCES[i]!;
    const start = TEXT.indexOf(text);
    const claim = await db.claim.create({
      data: {
        articleId: article.id,
        start,
        end: start + text.length,
        text,
        status: s.status ?? 'ruled',
        claimant: s.claimant === undefined ? `Speaker ${i}` : s.claimant,
        included: s.included ?? true,
      },
    });
    for (let k = 0; k < (s.sources ?? 1); k++) {
      await db.source.create({
        data: {
          claimId: claim.id,
          url: `https://example.org/s${i}-${k}`,
          title: `Source ${i}.${k}`,
          type: 'news_report',
          stance: 'contradicts',
          addedById: journalist.id,
        },
      });
    }
    if (s.ruled ?? (s.status ?? 'ruled') === 'ruled') {
      await db.verdict.create({
        data: {
          claimId: claim.id,
          kind: 'ruled',
          rating: 'false_',
          explanation: s.explanation ?? `Claim ${i} is false.`,
          attributionConfirmed: true,
          byId: editor.id,
        },
      });
    }
    claims.push(claim);
  }
  return { journalist, editor, admin, article, claims };
}

async function publishReady(specs: Spec[] = [{}, {}]) {
  const s = await setup(specs);
  const draft = await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'We checked the claims in this test article.' });
  const fc = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version });
  return { ...s, fc };
}

describe('the publish checklist', () => {
  it('refuses a fact-check with no summary and no included claim, naming both', async () => {
    const s = await setup([{ included: false }]);
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: 0 }));
    expect(e?.code).toBe('INVALID');
    expect(e?.fields?.summary).toEqual(['Write a summary of the fact-check.']);
    expect(e?.fields?.claims?.[0]).toMatch(/Include at least one claim/);
    expect(await db.factCheck.count()).toBe(0);
  });

  it('refuses each missing piece of an included claim with its own message', async () => {
    const s = await setup([{ status: 'in_review', ruled: false }, { claimant: null }, { sources: 0 }, { explanation: '   ' }]);
    const draft = await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'A summary long enough to pass.' });
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version }));
    expect(e?.code).toBe('INVALID');
    // The message counts the failing items; the list (field errors) says what each is, once.
    expect(e?.message).toBe('Cannot publish: 4 checklist items fail.');
    expect(e?.fields?.review).toEqual(['“Alpha said the sky is green.” is still in review: rule on it or leave it out.']);
    expect(e?.fields?.claimants).toEqual(['“Beta said water is dry.” has no claimant: say who made the claim.']);
    expect(e?.fields?.sources).toEqual(['“Gamma said fire is cold.” has no source: add at least one.']);
    // A claim under review has no ruled verdict either: the verdict item fails for it too.
    expect(e?.fields?.verdicts).toEqual([
      '“Alpha said the sky is green.” has no ruled verdict with an explanation.',
      '“Delta said ice is hot.” has no ruled verdict with an explanation.',
    ]);
    expect(e?.fields).not.toHaveProperty('summary');
    expect((await db.factCheck.findUniqueOrThrow({ where: { articleId: s.article.id } })).status).toBe('draft');
  });

  it('the verdict item fails, never passes, while an included claim has no ruled verdict', async () => {
    const s = await setup([{ status: 'researching', ruled: false }, {}]);
    const { checklist } = await getPublishView(s.editor.id, s.article.id);
    const verdicts = checklist.find((i) => i.id === 'verdicts')!;
    expect(verdicts.problems).toEqual(['“Alpha said the sky is green.” has no ruled verdict with an explanation.']);
  });

  it('a refusal with one problem names it in the message', async () => {
    const s = await setup([{ claimant: null }]);
    const draft = await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'A summary long enough to pass.' });
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version }));
    expect(e?.message).toBe('Cannot publish: “Alpha said the sky is green.” has no claimant: say who made the claim.');
  });

  it('publishes once the failing claims are left out; suggestions and dismissed claims never count', async () => {
    const s = await setup([
      {},
      { status: 'researching', ruled: false },
      { status: 'suggested', ruled: false, sources: 0 },
      { status: 'dismissed', ruled: false, claimant: null },
    ]);
    const draft = await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'A summary long enough to pass.' });
    expect(await code(publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version }))).toBe('INVALID');
    await setClaimIncluded(s.editor.id, { claimId: s.claims[1]!.id, version: 1, included: 'false' });
    const fc = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version });
    expect(fc.status).toBe('published');
    expect(fc.publishedAt).toBeInstanceOf(Date);
    expect(await db.event.count({ where: { action: 'factcheck_publish', articleId: s.article.id } })).toBe(1);
  });

  it('refuses a stale version instead of publishing over someone else’s change', async () => {
    const s = await setup([{}]);
    await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'First summary, long enough.' });
    await saveSummary(s.editor.id, { articleId: s.article.id, version: 1, summary: 'Second summary, long enough.' });
    expect(await code(publishFactCheck(s.editor.id, { articleId: s.article.id, version: 1 }))).toBe('CONFLICT');
  });
});

describe('what readers get', () => {
  it('the feed holds exactly the included ruled claims of published fact-checks', async () => {
    const a = await publishReady([{}, {}, { included: false }, { status: 'suggested', ruled: false }]);
    const b = await setup([{}, {}]); // ruled but never published
    await saveSummary(b.editor.id, { articleId: b.article.id, version: 0, summary: 'A draft that nobody may see.' });
    const feed = (await listPublishedClaimReviews()).reviews;
    expect(feed.map((r) => r.claimReviewed).sort()).toEqual([SENTENCES[0], SENTENCES[1]]);
    for (const r of feed) expect(ZClaimReviewSchema.safeParse(r).success).toBe(true);
    expect((await listPublishedFactChecks()).items.map((f) => f.slug)).toEqual([a.fc.slug]);
    const draftSlug = (await db.factCheck.findUniqueOrThrow({ where: { articleId: b.article.id } })).slug;
    expect(await getPublishedFactCheck(draftSlug)).toBeNull();
    expect(await getPublishedFactCheck('guessed-slug')).toBeNull();
  });

  it('never shows notes, proposals, assignees or who did what', async () => {
    const s = await publishReady([{}]);
    const claimId = s.claims[0]!.id;
    await db.note.create({ data: { claimId, authorId: s.journalist.id, body: 'SECRET-NOTE' } });
    await db.verdict.create({
      data: { claimId, kind: 'proposed', rating: 'true_', explanation: 'SECRET-PROPOSAL', attributionConfirmed: false, byId: s.journalist.id },
    });
    await db.claim.update({ where: { id: claimId }, data: { assigneeId: s.journalist.id } });
    const page = JSON.stringify(await getPublishedFactCheck(s.fc.slug));
    for (const secret of ['SECRET-NOTE', 'SECRET-PROPOSAL', s.journalist.email, s.editor.email, s.journalist.id, s.editor.id])
      expect(page).not.toContain(secret);
    expect(page).toContain('Claim 0 is false.');
  });

  it('unpublishing removes the fact-check from every public read; republishing keeps the slug and first date', async () => {
    const s = await publishReady();
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: 'Retracted for this test.' });
    expect(await getPublishedFactCheck(s.fc.slug)).toBeNull();
    expect((await listPublishedClaimReviews()).reviews).toEqual([]);
    expect((await listPublishedFactChecks()).items).toEqual([]);
    const again = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version + 1 });
    expect(again.slug).toBe(s.fc.slug);
    expect(again.publishedAt).toEqual(s.fc.publishedAt);
    expect(await db.event.count({ where: { action: 'factcheck_republish' } })).toBe(1);
  });
});

describe('corrections', () => {
  it('a correction shows in the log and as dateModified of the claims it concerns', async () => {
    const s = await publishReady();
    await writeCorrection(s.editor.id, {
      articleId: s.article.id,
      claimId: s.claims[0]!.id,
      whatChanged: 'Fixed the explanation’s date.',
      reason: 'It said 2024 instead of 2025.',
    });
    const fc = (await getPublishedFactCheck(s.fc.slug))!;
    expect(fc.corrections).toMatchObject([{ whatChanged: 'Fixed the explanation’s date.', reason: 'It said 2024 instead of 2025.' }]);
    expect(fc.correctedAt).toBeInstanceOf(Date);
    expect(fc.claims[0]!.claimReview.dateModified).toBeDefined();
    expect(fc.claims[1]!.claimReview).not.toHaveProperty('dateModified');
  });

  it('a claim left out of a published fact-check leaves with the next version, logged as a correction', async () => {
    const s = await publishReady([{}, {}]);
    const [first, second] = s.claims;
    await setClaimIncluded(s.editor.id, { claimId: second!.id, version: 1, included: false });
    expect((await getPublishedFactCheck(s.fc.slug))!.claims.map((c) => c.id)).toEqual([first!.id, second!.id]);
    const version = (await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } })).version;
    await publishFactCheck(s.editor.id, { articleId: s.article.id, version, kind: 'correction', note: 'Not check-worthy after all.' });
    const fc = (await getPublishedFactCheck(s.fc.slug))!;
    expect(fc.claims.map((c) => c.id)).toEqual([first!.id]);
    expect(fc.corrections[0]).toMatchObject({ reason: 'Not check-worthy after all.', whatChanged: 'Removed the claim “Beta said water is dry.”' });
    // Leaving out the last claim would empty the page: that version is refused, readers keep theirs.
    await setClaimIncluded(s.editor.id, { claimId: first!.id, version: 1, included: false });
    const e = await refusal(publishFactCheck(s.editor.id, { articleId: s.article.id, version: version + 1, kind: 'update', note: 'Nothing left.' }));
    expect(e?.fields?.claims?.[0]).toMatch(/Include at least one claim/);
    expect((await getPublishedFactCheck(s.fc.slug))!.claims.map((c) => c.id)).toEqual([first!.id]);
  });

  it('names the article’s byline as the authors of its appearance, from the next version published', async () => {
    const s = await publishReady([{}, {}]);
    const appearance = async () => (await getPublishedFactCheck(s.fc.slug))!.claims[0]!.claimReview.itemReviewed.appearance;
    expect(await appearance()).not.toHaveProperty('author');
    await db.article.update({ where: { id: s.article.id }, data: { byline: 'Jane Doe and John Roe, Reuters' } });
    expect(await appearance()).not.toHaveProperty('author'); // readers see published versions only
    const version = (await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } })).version;
    await publishFactCheck(s.editor.id, { articleId: s.article.id, version, kind: 'update', note: 'Named the authors.' });
    const fc = (await getPublishedFactCheck(s.fc.slug))!;
    expect(fc.claims[0]!.claimReview.itemReviewed.appearance).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe' },
      ],
    });
    expect(ZClaimReviewSchema.parse(fc.claims[0]!.claimReview)).toBeTruthy();
    expect(fc.corrections[0]!.whatChanged).toContain('byline');
  });

  it('the markup types each claimant from the recorded kind and role; an edit reaches readers with the next version', async () => {
    const s = await publishReady([{}, {}]);
    const [first] = s.claims;
    const author = async () => (await getPublishedFactCheck(s.fc.slug))!.claims[0]!.claimReview.itemReviewed.author;
    // Nothing recorded: the name-based guess.
    expect(await author()).toEqual({ '@type': 'Person', name: 'Speaker 0' });
    await updateClaimAttribution(s.journalist.id, {
      claimId: first!.id,
      version: 1,
      claimant: 'Speaker 0',
      claimantType: 'person',
      claimantRole: 'Harbour master',
      cue: '',
    });
    expect(await author()).toEqual({ '@type': 'Person', name: 'Speaker 0' });
    const version = (await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } })).version;
    await publishFactCheck(s.editor.id, { articleId: s.article.id, version, kind: 'update', note: 'Named the role.' });
    const fc = (await getPublishedFactCheck(s.fc.slug))!;
    expect(fc.claims[0]!.claimReview.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Speaker 0', jobTitle: 'Harbour master' });
    expect(ZClaimReviewSchema.parse(fc.claims[0]!.claimReview)).toBeTruthy();
    expect(fc.corrections[0]!.whatChanged).toBe('“Alpha said the sky is green.”: the description of Speaker 0 changed.');
    // An organisation carries no job title, whatever role was typed.
    await updateClaimAttribution(s.journalist.id, {
      claimId: first!.id,
      version: 2,
      claimant: 'Harbour Board',
      claimantType: 'organisation',
      cue: '',
    });
    await publishFactCheck(s.editor.id, { articleId: s.article.id, version: version + 1, kind: 'correction', note: 'Wrong speaker.' });
    expect(await author()).toEqual({ '@type': 'Organization', name: 'Harbour Board' });
    const refused = await refusal(
      updateClaimAttribution(s.journalist.id, { claimId: first!.id, version: 3, claimant: 'X', claimantType: 'robot', cue: '' }),
    );
    expect(refused?.fields?.claimantType).toEqual(['Choose person, organisation or group.']);
  });

  it('is refused on a fact-check that is not published', async () => {
    const s = await setup([{}]);
    await saveSummary(s.editor.id, { articleId: s.article.id, version: 0, summary: 'A draft summary, long enough.' });
    expect(await code(writeCorrection(s.editor.id, { articleId: s.article.id, whatChanged: 'Something changed.', reason: 'Because reasons.' }))).toBe(
      'INVALID',
    );
  });
});

describe('permissions', () => {
  it('journalists, admins and signed-out callers cannot publish, unpublish, change or correct; nothing changes', async () => {
    const s = await setup([{}]);
    const summary = { articleId: s.article.id, version: 0, summary: 'A summary from the wrong person.' };
    for (const who of [null, s.journalist.id, s.admin.id]) {
      const expected = who ? 'FORBIDDEN' : 'UNAUTHORIZED';
      expect(await code(saveSummary(who, summary))).toBe(expected);
      expect(await code(publishFactCheck(who, { articleId: s.article.id, version: 0 }))).toBe(expected);
      expect(await code(setClaimIncluded(who, { claimId: s.claims[0]!.id, version: 1, included: false }))).toBe(expected);
    }
    expect(await db.factCheck.count()).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: s.claims[0]!.id } })).included).toBe(true);

    const draft = await saveSummary(s.editor.id, summary);
    const fc = await publishFactCheck(s.editor.id, { articleId: s.article.id, version: draft.version });
    const correction = { articleId: s.article.id, whatChanged: 'Something changed here.', reason: 'For a good reason.' };
    for (const who of [null, s.journalist.id, s.admin.id]) {
      const expected = who ? 'FORBIDDEN' : 'UNAUTHORIZED';
      expect(await code(unpublishFactCheck(who, { articleId: s.article.id, version: fc.version, reason: 'Retracted for this test.' }))).toBe(
        expected,
      );
      expect(await code(writeCorrection(who, correction))).toBe(expected);
    }
    expect((await db.factCheck.findUniqueOrThrow({ where: { id: fc.id } })).status).toBe('published');
    expect(await db.correction.count()).toBe(0);
    expect(await getPublishedFactCheck(fc.slug)).not.toBeNull();
  });
});

describe('a published verdict stands while the claim is reworked', () => {
  it('keeps showing the ruled verdict after an editor sends the claim back, and not a new proposal', async () => {
    const s = await publishReady();
    const claim = s.claims[0]!;
    const version = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    await sendBackClaim(s.editor.id, { claimId: claim.id, version, reason: 'Check the second source again.' });
    await db.verdict.create({
      data: {
        claimId: claim.id,
        kind: 'proposed',
        rating: 'true_',
        explanation: 'A proposal readers must not see.',
        attributionConfirmed: true,
        byId: s.journalist.id,
      },
    });

    const page = await getPublishedFactCheck(s.fc.slug);
    const shown = page!.claims.find((c) => c.id === claim.id);
    expect(shown, 'the sent-back claim is still on the page').toBeDefined();
    expect(JSON.stringify(shown)).toContain('Claim 0 is false.');
    expect(JSON.stringify(page)).not.toContain('A proposal readers must not see.');
  });
});
