// Issues 13 and 14: every claim has a stable number in its article, never reused (a merge or
// split retires the old numbers and issues new ones); each published claim has its own page with
// exactly one ClaimReview, dated when that claim was first published; editors write the short
// summary the markup gives as claimReviewed.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { importArticle } from '@/lib/data/import';
import { addClaimFromSelection, mergeClaims, splitClaim } from '@/lib/data/claim-spans';
import { updateClaimSummary } from '@/lib/data/claims';
import { publishFactCheck, saveBylines, saveSummary } from '@/lib/data/factchecks';
import { getPublishedClaim, getPublishedFactCheck } from '@/lib/data/public';
import { getReaderPreview } from '@/lib/data/preview';
import { updateArticleDetails } from '@/lib/data/article-details';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const RAW = [
  'The ministry said exports rose 12% in 2024.',
  'Officials said 40,000 jobs were created last year.',
  'The mayor said crime fell by a third since 2020.',
  'Unions said wages fell 3% in real terms.',
  'The minister said the plan would cost £2bn.',
].join(' ');

const numbers = (articleId: string) =>
  db.claim.findMany({
    where: { articleId },
    orderBy: { start: 'asc' },
    select: { id: true, number: true, formerNumbers: true, text: true, version: true },
  });

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: AppError) => e.info?.code ?? String(e),
  );

async function imported() {
  const j = await makeUser('journalist');
  const editor = await makeUser('editor');
  const saved = await importArticle(j.id, {
    raw: RAW,
    title: 'Figures',
    publisher: 'The Paper',
    url: 'https://news.example/a',
    publishedAt: '2025-05-08',
  });
  return { j, editor, articleId: saved.id };
}

describe('stable claim numbers', () => {
  it('numbers imported claims 1, 2, 3… in text order, and the article remembers the last one', async () => {
    const { articleId } = await imported();
    const claims = await numbers(articleId);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(claims.map((c) => c.number)).toEqual(claims.map((_, i) => i + 1));
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).claimSeq).toBe(claims.length);
  });

  it('never renumbers: a merge and a split retire the old numbers and issue new ones', async () => {
    const { j, articleId } = await imported();
    const before = await numbers(articleId);
    const n = before.length;
    const [a, b, c] = before;
    const merged = await mergeClaims(j.id, { firstId: a!.id, firstVersion: a!.version, secondId: b!.id, secondVersion: b!.version });
    expect(merged.number).toBe(n + 1);
    const afterMerge = await numbers(articleId);
    expect(afterMerge.find((x) => x.id === a!.id)).toMatchObject({ number: n + 1, formerNumbers: [1, 2] });
    // Every other claim keeps its number: "claim 3" is still claim 3.
    expect(afterMerge.filter((x) => x.id !== a!.id).map((x) => x.number)).toEqual(before.slice(2).map((x) => x.number));

    const at = c!.text.indexOf(' said ') + 1;
    const { first, second } = await splitClaim(j.id, { claimId: c!.id, version: c!.version, at: (await startOf(c!.id)) + at });
    expect([first.number, second.number]).toEqual([n + 2, n + 3]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ formerNumbers: [3] });
    const all = (await numbers(articleId)).map((x) => x.number);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain(1);
    expect(all).not.toContain(2);
    expect(all).not.toContain(3);
  });

  it('gives claims added at the same time distinct numbers, after every number issued before', async () => {
    const { j, articleId } = await imported();
    const n = (await numbers(articleId)).length;
    await db.claim.deleteMany({ where: { articleId } }); // free the text; the numbers stay used
    const sentences = [...RAW.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const added = await Promise.all(sentences.map((s) => addClaimFromSelection(j.id, { articleId, start: s.start, end: s.end })));
    expect(added.map((c) => c.number).sort((x, y) => x - y)).toEqual(sentences.map((_, i) => n + i + 1));
  });
});

async function startOf(id: string) {
  return (await db.claim.findUniqueOrThrow({ where: { id }, select: { start: true } })).start;
}

/** Rules every claim of the article with a source, writes the summary and publishes. */
async function publishAll(articleId: string, editorId: string, claimIds?: string[]) {
  const claims = await db.claim.findMany({ where: { articleId, ...(claimIds ? { id: { in: claimIds } } : {}) } });
  for (const c of claims) {
    await db.claim.update({ where: { id: c.id }, data: { status: 'ruled', claimant: c.claimant ?? 'Someone', included: true } });
    await db.source.create({
      data: { claimId: c.id, url: 'https://data.example/x', title: 'Data', type: 'dataset', stance: 'supports', addedById: editorId },
    });
    await db.verdict.create({
      data: { claimId: c.id, kind: 'ruled', rating: 'true_', explanation: 'Matches the data.', attributionConfirmed: true, byId: editorId },
    });
  }
  const fc = await db.factCheck.findUnique({ where: { articleId } });
  const draft = fc ?? (await saveSummary(editorId, { articleId, version: 0, summary: 'We checked the figures.' }));
  return publishFactCheck(editorId, { articleId, version: draft.version, ...(fc ? { kind: 'update', note: 'Added a claim.' } : {}) });
}

describe('a page and a ClaimReview per claim', () => {
  it('finds each published claim by its number, with one valid ClaimReview whose url is that page', async () => {
    const { editor, articleId } = await imported();
    const [first, second] = await numbers(articleId);
    await publishAll(articleId, editor.id, [first!.id, second!.id]);
    const fc = (await getPublishedFactCheck((await db.factCheck.findUniqueOrThrow({ where: { articleId } })).slug))!;
    expect(fc.claims.map((c) => c.n)).toEqual([1, 2]);
    for (const c of fc.claims) {
      const page = await getPublishedClaim(fc.slug, c.n);
      expect(page?.claim?.id).toBe(c.id);
      const review = ZClaimReviewSchema.parse(c.claimReview);
      expect(review.url).toMatch(new RegExp(`/fact-checks/${fc.slug}/claims/${c.n}$`));
      expect(review.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://news.example/a', datePublished: '2025-05-08' });
      expect(review.inLanguage).toBe('en');
    }
    expect(await getPublishedClaim(fc.slug, 3)).toBeNull(); // claim 3 was never published
    expect(await getPublishedClaim(fc.slug, 99)).toBeNull();
  });

  it('dates a claim added to a live fact-check by its own first publication, and sends a retired number to its successor', async () => {
    const { j, editor, articleId } = await imported();
    const [first, second, third] = await numbers(articleId);
    await publishAll(articleId, editor.id, [first!.id]);
    const slug = (await db.factCheck.findUniqueOrThrow({ where: { articleId } })).slug;
    await publishAll(articleId, editor.id, [second!.id]);
    const fc = (await getPublishedFactCheck(slug))!;
    const byId = new Map(fc.claims.map((c) => [c.id, c]));
    const [v1, v2] = await db.factCheckSnapshot.findMany({ where: { factCheck: { slug } }, orderBy: { number: 'asc' } });
    expect(v2!.publishedAt.getTime()).toBeGreaterThan(v1!.publishedAt.getTime());
    expect(byId.get(first!.id)!.claimReview.datePublished).toBe(v1!.publishedAt.toISOString());
    expect(byId.get(second!.id)!.claimReview.datePublished).toBe(v2!.publishedAt.toISOString());

    // Claim 3 merges into claim 2's successor… and the old addresses of 2 and 3 find it.
    const two = await db.claim.findUniqueOrThrow({ where: { id: second!.id } });
    const merged = await mergeClaims(j.id, { firstId: two.id, firstVersion: two.version, secondId: third!.id, secondVersion: third!.version });
    await db.verdict.create({
      data: { claimId: merged.id, kind: 'ruled', rating: 'true_', explanation: 'Still matches.', attributionConfirmed: true, byId: editor.id },
    });
    const fcRow = await db.factCheck.findUniqueOrThrow({ where: { articleId } });
    await publishFactCheck(editor.id, { articleId, version: fcRow.version, kind: 'update', note: 'Merged two claims.' });
    const moved = await getPublishedClaim(slug, 2);
    expect(moved).toMatchObject({ movedTo: `/fact-checks/${slug}/claims/${merged.number}` });
    expect((await getPublishedClaim(slug, merged.number))?.claim?.id).toBe(merged.id);
  });
});

describe('the short summary (claimReviewed)', () => {
  it('journalists and editors write it, versioned and in the history; admins and signed-out callers cannot', async () => {
    const { j, editor, articleId } = await imported();
    const admin = await makeUser('admin');
    const [c] = await numbers(articleId);
    expect(await code(updateClaimSummary(admin.id, { claimId: c!.id, version: c!.version, summary: 'x' }))).toBe('FORBIDDEN');
    expect(await code(updateClaimSummary(null, { claimId: c!.id, version: c!.version, summary: 'x' }))).toBe('UNAUTHORIZED');
    const saved = await updateClaimSummary(j.id, { claimId: c!.id, version: c!.version, summary: '  Exports rose 12% in 2024 ' });
    expect(await db.claim.findUniqueOrThrow({ where: { id: c!.id } })).toMatchObject({
      summary: 'Exports rose 12% in 2024',
      version: c!.version + 1,
    });
    // A form based on the old version does not overwrite the saved one.
    expect(await code(updateClaimSummary(editor.id, { claimId: c!.id, version: c!.version, summary: 'Other words' }))).toBe('CONFLICT');
    expect(await code(updateClaimSummary(editor.id, { claimId: c!.id, version: saved.version, summary: 'x'.repeat(201) }))).toBe('INVALID');
    const events = await db.event.findMany({ where: { claimId: c!.id, action: 'claim_summary' } });
    expect(events.map((e) => e.after)).toEqual([{ summary: 'Exports rose 12% in 2024' }]);

    await publishAll(articleId, editor.id, [c!.id]);
    const fc = (await getPublishedFactCheck((await db.factCheck.findUniqueOrThrow({ where: { articleId } })).slug))!;
    expect(fc.claims[0]!.claimReview.claimReviewed).toBe('Exports rose 12% in 2024');
  });
});

describe('the preview of the reader’s page', () => {
  it('shows editors what publishing now would show, and is what readers then get; nobody else sees it', async () => {
    const { j, editor, articleId } = await imported();
    const [first] = await numbers(articleId);
    expect(await code(getReaderPreview(j.id, articleId))).toBe('FORBIDDEN');
    expect(await code(getReaderPreview(null, articleId))).toBe('UNAUTHORIZED');
    await db.claim.update({ where: { id: first!.id }, data: { status: 'ruled', claimant: 'The ministry', included: true } });
    await db.verdict.create({
      data: { claimId: first!.id, kind: 'ruled', rating: 'true_', explanation: 'Matches the data.', attributionConfirmed: true, byId: editor.id },
    });
    const before = await getReaderPreview(editor.id, articleId);
    expect(before.published).toBe(false);
    expect(before.view.claims.map((c) => [c.n, c.verdict.rating])).toEqual([[1, 'true_']]);
    await publishAll(articleId, editor.id, [first!.id]);
    const fc = (await getPublishedFactCheck((await db.factCheck.findUniqueOrThrow({ where: { articleId } })).slug))!;
    const after = await getReaderPreview(editor.id, articleId);
    expect(after.published).toBe(true);
    // Nothing changed since: the preview is the published page, but for the next version's number.
    expect({ ...after.view, version: 0, readerVersion: 0 }).toEqual({ ...fc, version: 0, readerVersion: 0 });
  });
});

describe('bylines', () => {
  it('editors write them; readers get them with the next version, on the page and as contributor and editor in the markup', async () => {
    const { j, editor, articleId } = await imported();
    const [c] = await numbers(articleId);
    await publishAll(articleId, editor.id, [c!.id]);
    const fc = await db.factCheck.findUniqueOrThrow({ where: { articleId } });
    const input = { articleId, version: fc.version, checkers: 'Ana Silva\nBen Okafor, Ana Silva', editor: ' Chris Editor ' };
    expect(await code(saveBylines(j.id, input))).toBe('FORBIDDEN');
    const saved = await saveBylines(editor.id, input);
    expect(saved).toMatchObject({ checkerNames: ['Ana Silva', 'Ben Okafor'], editorName: 'Chris Editor', version: fc.version + 1 });
    expect(await code(saveBylines(editor.id, input))).toBe('CONFLICT'); // the form's version is stale now
    const [event] = await db.event.findMany({ where: { action: 'factcheck_bylines' } });
    expect(event?.after).toEqual({ checkers: ['Ana Silva', 'Ben Okafor'], editor: 'Chris Editor' });
    // Readers see nothing new until the next version is published.
    expect((await getPublishedFactCheck(fc.slug))!.bylines).toEqual({ checkers: [], editor: null });
    await publishFactCheck(editor.id, { articleId, version: saved.version, kind: 'update', note: 'Added the bylines.' });
    const now = (await getPublishedFactCheck(fc.slug))!;
    expect(now.bylines).toEqual({ checkers: ['Ana Silva', 'Ben Okafor'], editor: 'Chris Editor' });
    const review = ZClaimReviewSchema.parse(now.claims[0]!.claimReview);
    expect(review.contributor).toEqual([
      { '@type': 'Person', name: 'Ana Silva' },
      { '@type': 'Person', name: 'Ben Okafor' },
    ]);
    expect(review.editor).toEqual({ '@type': 'Person', name: 'Chris Editor' });
    expect(now.corrections.at(-1)?.whatChanged).toContain('The bylines changed.');
  });
});

describe('the article’s language', () => {
  it('is set at import or in the details, refused when not a language tag, and is what the markup says', async () => {
    const j = await makeUser('journalist');
    const editor = await makeUser('editor');
    const saved = await importArticle(j.id, {
      raw: RAW,
      title: 'Cifras',
      publisher: 'El Diario',
      url: 'https://news.example/es',
      publishedAt: '2025-05-08',
      language: 'es',
    });
    const a = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(a.language).toBe('es');
    expect(await code(updateArticleDetails(j.id, { articleId: a.id, version: a.detailsVersion, title: 'Cifras', language: 'Spanish' }))).toBe(
      'INVALID',
    );
    await updateArticleDetails(j.id, {
      articleId: a.id,
      version: a.detailsVersion,
      title: 'Cifras',
      publisher: 'El Diario',
      url: 'https://news.example/es',
      publishedAt: '2025-05-08',
      language: 'es-MX',
    });
    const [c] = await numbers(a.id);
    await publishAll(a.id, editor.id, [c!.id]);
    const fc = (await getPublishedFactCheck((await db.factCheck.findUniqueOrThrow({ where: { articleId: a.id } })).slug))!;
    expect(fc.claims[0]!.claimReview).toMatchObject({ inLanguage: 'es-MX', itemReviewed: { appearance: { inLanguage: 'es-MX' } } });
  });
});
