// Articles change after we check them (issue 11): a new version replaces the text, keeps the old
// one, moves every claim to its words, flags what changed for review, blocks publishing until it
// is settled, and tells readers that the article changed after the fact-check.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { confirmAnchor, getVersionsView, importArticleVersion, leaveOutAnchor } from '@/lib/data/article-versions';
import { importArticle } from '@/lib/data/import';
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { getPublishedFactCheck } from '@/lib/data/public';
import { ruleVerdict } from '@/lib/data/verdicts';
import { editClaimSpan } from '@/lib/data/claim-spans';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info?.code, message: e.message }),
  );

const P1 = 'The mayor said the city built 40 new schools last year. Officials said the budget rose by 12 per cent.';
const P2 = 'The council said bus fares fell 8 per cent in 2024. Critics said the figures were misleading.';
const P3 = 'A spokeswoman said the harbour will reopen in March.';
const OLD = [P1, P2, P3].join('\n\n');

const claimsOf = (articleId: string) => db.claim.findMany({ where: { articleId }, orderBy: { start: 'asc' } });

describe('importing a new version', () => {
  it('keeps every version, moves unchanged claims, flags changed and removed ones, suggests new sentences', async () => {
    const j = await makeUser('journalist');
    const saved = await importArticle(j.id, { raw: OLD, title: 'Schools and buses' });
    const before = await claimsOf(saved.id);
    const schools = before.find((c) => c.text.includes('40 new schools'))!;
    const harbour = before.find((c) => c.text.includes('harbour'))!;
    await db.source.create({
      data: {
        claimId: harbour.id,
        url: 'https://example.org/h',
        title: 'Port notice',
        type: 'official_statement',
        stance: 'supports',
        addedById: j.id,
      },
    });

    // The publisher swapped two paragraphs, changed a number, cut a sentence and added one.
    const P1b = P1.replace('40 new schools', '38 new schools');
    const NEW = [P2, P1b, 'The minister said hospital waiting lists fell by 20 per cent.'].join('\n\n');
    const result = await importArticleVersion(j.id, { articleId: saved.id, raw: NEW, baseVersion: 1 });
    expect(result).toMatchObject({ version: 2, changed: 1, orphaned: 1 });
    expect(result.suggested).toBeGreaterThanOrEqual(1);

    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(article).toMatchObject({ currentVersion: 2, rawInput: NEW });
    const versions = await db.articleVersion.findMany({ where: { articleId: saved.id }, orderBy: { number: 'asc' } });
    expect(versions.map((v) => [v.number, v.rawInput])).toEqual([
      [1, OLD],
      [2, NEW],
    ]);

    const after = await claimsOf(saved.id);
    for (const c of after.filter((x) => x.anchorStatus !== 'orphaned')) expect(article.plainText.slice(c.start, c.end)).toBe(c.text);
    const unchanged = before.filter((c) => c.id !== schools.id && c.id !== harbour.id);
    for (const c of unchanged) {
      const now = after.find((x) => x.id === c.id)!;
      expect(now).toMatchObject({ text: c.text, anchorStatus: null, anchorPending: false });
    }
    expect(after.find((c) => c.id === schools.id)).toMatchObject({
      anchorStatus: 'changed',
      anchorPending: true,
      textBefore: schools.text,
      text: expect.stringContaining('38 new schools'),
    });
    expect(after.find((c) => c.id === harbour.id)).toMatchObject({ anchorStatus: 'orphaned', anchorPending: true, text: harbour.text });
    expect(await db.source.count({ where: { claimId: harbour.id } })).toBe(1);
    expect(after.some((c) => c.text.includes('waiting lists') && c.status === 'suggested')).toBe(true);

    const events = await db.event.findMany({ where: { articleId: saved.id, action: { in: ['article_version', 'claim_reanchor'] } } });
    expect(events.map((e) => e.action).sort()).toEqual(['article_version', 'claim_reanchor', 'claim_reanchor']);

    const view = await getVersionsView(j.id, { articleId: saved.id, a: 1, b: 2 });
    const ops = view.comparison!.diff;
    expect(
      ops
        .filter((d) => d.op === 'insert')
        .map((d) => d.text)
        .join(''),
    ).toContain('38');
    expect(
      ops
        .filter((d) => d.op === 'delete')
        .map((d) => d.text)
        .join(''),
    ).toContain('40');
  });

  it('refuses a stale version, the same text, and anyone who may not change claims', async () => {
    const [j, admin] = [await makeUser('journalist'), await makeUser('admin')];
    const saved = await importArticle(j.id, { raw: OLD, title: 'Schools' });
    expect(await refusal(importArticleVersion(j.id, { articleId: saved.id, raw: OLD, baseVersion: 1 }))).toMatchObject({ code: 'INVALID' });
    expect(await refusal(importArticleVersion(null, { articleId: saved.id, raw: `${OLD} More.`, baseVersion: 1 }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await refusal(importArticleVersion(admin.id, { articleId: saved.id, raw: `${OLD} More.`, baseVersion: 1 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await importArticleVersion(j.id, { articleId: saved.id, raw: `${OLD}\n\nA fourth paragraph said nothing.`, baseVersion: 1 });
    // Someone else imported version 2 while this person still looked at version 1.
    expect(await refusal(importArticleVersion(j.id, { articleId: saved.id, raw: `${OLD}\n\nAnother ending.`, baseVersion: 1 }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).currentVersion).toBe(2);
  });
});

describe('reviewing and publishing after a new version', () => {
  async function publishedWithTwoRuledClaims() {
    const [j, editor] = [await makeUser('journalist'), await makeUser('editor')];
    const article = await makeArticle(j.id, OLD);
    const ruled = async (s: string) => {
      const start = OLD.indexOf(s);
      const c = await db.claim.create({
        data: { articleId: article.id, start, end: start + s.length, text: s, status: 'ruled', claimant: 'The mayor' },
      });
      await db.source.create({
        data: { claimId: c.id, url: `https://example.org/${c.id}`, title: 'A report', type: 'news_report', stance: 'contradicts', addedById: j.id },
      });
      await db.verdict.create({
        data: { claimId: c.id, kind: 'ruled', rating: 'false_', explanation: 'It is false.', attributionConfirmed: true, byId: editor.id },
      });
      return c;
    };
    const schools = await ruled('The mayor said the city built 40 new schools last year.');
    const harbour = await ruled('A spokeswoman said the harbour will reopen in March.');
    const draft = await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'We checked two claims.' });
    const fc = await publishFactCheck(editor.id, { articleId: article.id, version: draft.version });
    return { j, editor, article, schools, harbour, fc };
  }

  it('marks a changed ruled claim for a new ruling and keeps publishing closed until every claim is settled', async () => {
    const { j, editor, article, schools, harbour } = await publishedWithTwoRuledClaims();
    const NEW = [P1.replace('40 new', '38 new'), P2].join('\n\n');
    await importArticleVersion(j.id, { articleId: article.id, raw: NEW, baseVersion: 1 });
    const changed = await db.claim.findUniqueOrThrow({ where: { id: schools.id } });
    expect(changed).toMatchObject({ anchorStatus: 'changed', needsRecheck: true });

    const fcRow = await db.factCheck.findUniqueOrThrow({ where: { articleId: article.id } });
    const republish = () =>
      publishFactCheck(editor.id, { articleId: article.id, version: fcRow.version, kind: 'update', note: 'The article changed.' });
    expect(await refusal(republish())).toMatchObject({ code: 'INVALID' });

    // Confirming an orphan is refused: its words are gone.
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: harbour.id } });
    expect(await refusal(confirmAnchor(j.id, { claimId: orphan.id, version: orphan.version }))).toMatchObject({ code: 'INVALID' });
    await leaveOutAnchor(j.id, { claimId: orphan.id, version: orphan.version });
    expect(await db.claim.findUniqueOrThrow({ where: { id: harbour.id } })).toMatchObject({
      included: false,
      anchorPending: false,
      anchorStatus: 'orphaned',
    });

    await confirmAnchor(j.id, { claimId: changed.id, version: changed.version });
    const confirmed = await db.claim.findUniqueOrThrow({ where: { id: schools.id } });
    expect(confirmed).toMatchObject({ anchorStatus: null, anchorPending: false, needsRecheck: true });
    expect(await refusal(republish())).toMatchObject({ code: 'INVALID', message: expect.stringContaining('rule on it again') });
    await ruleVerdict(editor.id, {
      claimId: schools.id,
      version: confirmed.version,
      rating: 'mostly_false',
      explanation: 'The city built 38, not 40, but the figure is still wrong.',
      attributionConfirmed: true,
      correctionReason: 'The article now says 38 schools.',
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: schools.id } })).needsRecheck).toBe(false);
    const current = await db.factCheck.findUniqueOrThrow({ where: { articleId: article.id } });
    await publishFactCheck(editor.id, { articleId: article.id, version: current.version, kind: 'update', note: 'The article changed.' });
    const fc = (await getPublishedFactCheck(current.slug))!;
    expect(fc.claims.map((c) => c.id)).toEqual([schools.id]);
    expect(fc.article.plainText).toBe(NEW);
    expect(fc.articleUpdatedAt).toBeNull();
  });

  it('tells readers the article changed after the fact-check, claim by claim, without touching the review dates', async () => {
    const { j, article, schools, harbour, fc } = await publishedWithTwoRuledClaims();
    const before = (await getPublishedFactCheck(fc.slug))!;
    expect(before.articleUpdatedAt).toBeNull();
    expect(before.claims.every((c) => c.nowInArticle === undefined)).toBe(true);

    await importArticleVersion(j.id, { articleId: article.id, raw: [P1.replace('40 new', '38 new'), P2].join('\n\n'), baseVersion: 1 });
    const after = (await getPublishedFactCheck(fc.slug))!;
    expect(after.version).toBe(before.version);
    expect(after.readerVersion).not.toBe(before.readerVersion);
    expect(after.articleUpdatedAt).toBeInstanceOf(Date);
    expect(after.article.plainText).toBe(OLD); // readers still see what we checked
    const bySchools = after.claims.find((c) => c.id === schools.id)!;
    expect(bySchools.nowInArticle).toContain('38 new schools');
    expect(after.claims.find((c) => c.id === harbour.id)!.nowInArticle).toBeNull();
    expect(after.claims.map((c) => c.claimReview.dateModified ?? null)).toEqual(before.claims.map((c) => c.claimReview.dateModified ?? null));
  });

  it('lets a new claim take the place of an orphan, and re-marking an orphan settles it', async () => {
    const { j, article, harbour } = await publishedWithTwoRuledClaims();
    const FERRIES = 'Ferries resumed on Tuesday after the storm, the operator said.';
    const NEW = [P1, P2, FERRIES].join('\n\n'); // the harbour sentence is gone; a new one stands where it stood
    await importArticleVersion(j.id, { articleId: article.id, raw: NEW, baseVersion: 1 });
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: harbour.id } });
    expect(orphan).toMatchObject({ anchorStatus: 'orphaned', anchorPending: true });
    const start = NEW.indexOf(FERRIES);
    const suggestion = await db.claim.findFirstOrThrow({ where: { articleId: article.id, status: 'suggested', start } });
    expect(suggestion.start).toBeLessThan(orphan.end); // over the orphan's old offsets: allowed, nothing shows those

    await db.claim.delete({ where: { id: suggestion.id } });
    const moved = await editClaimSpan(j.id, { claimId: orphan.id, version: orphan.version, start, end: start + FERRIES.length });
    expect(moved.text).toBe(FERRIES);
    expect(await db.claim.findUniqueOrThrow({ where: { id: harbour.id } })).toMatchObject({ anchorStatus: null, anchorPending: false });
  });
});
