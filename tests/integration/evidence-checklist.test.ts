// Issue 13: the publishing checklist asks every included claim for a primary source or a reason
// none exists, and every source for an archived copy or a reason it cannot have one. These warn
// (publishing goes ahead) and say what to fix.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { getPublishView } from '@/lib/data/publish-view';
import { publishFactCheck, saveSummary } from '@/lib/data/factchecks';
import { setPrimarySourceReason } from '@/lib/data/claims';
import { updateSource } from '@/lib/data/sources';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const TEXT = 'Alpha said the sky is green. Beta said water is dry.';

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: AppError) => e.info?.code ?? String(e),
  );

async function ready() {
  const [journalist, editor, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
  const article = await makeArticle(journalist.id, TEXT);
  const claim = await db.claim.create({
    data: { articleId: article.id, start: 0, end: 28, text: TEXT.slice(0, 28), status: 'ruled', claimant: 'Alpha', included: true },
  });
  const source = await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://news.example/story',
      title: 'A news story',
      type: 'news_report',
      stance: 'contradicts',
      addedById: journalist.id,
    },
  });
  await db.verdict.create({
    data: { claimId: claim.id, kind: 'ruled', rating: 'false_', explanation: 'It is blue.', attributionConfirmed: true, byId: editor.id },
  });
  await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'We checked one claim in this article.' });
  return { journalist, editor, admin, article, claim, source };
}

const item = async (editorId: string, articleId: string, id: string) =>
  (await getPublishView(editorId, articleId)).checklist.find((i) => i.id === id)!;

describe('the evidence checklist', () => {
  it('warns about a claim without a primary source and a source without an archived copy, until each is given or explained', async () => {
    const s = await ready();
    expect((await item(s.editor.id, s.article.id, 'primarySources')).warnings).toEqual([
      '“Alpha said the sky is green.” has no primary source: add one, or say on the claim’s page why none exists.',
    ]);
    expect((await item(s.editor.id, s.article.id, 'archives')).warnings).toHaveLength(1);

    expect(await code(setPrimarySourceReason(s.admin.id, { claimId: s.claim.id, version: 1, reason: 'No data was ever published.' }))).toBe(
      'FORBIDDEN',
    );
    expect(await code(setPrimarySourceReason(s.journalist.id, { claimId: s.claim.id, version: 1, reason: 'No' }))).toBe('INVALID');
    await setPrimarySourceReason(s.journalist.id, { claimId: s.claim.id, version: 1, reason: 'The ministry published no figures.' });
    expect((await item(s.editor.id, s.article.id, 'primarySources')).warnings).toEqual([]);
    expect(await db.event.count({ where: { action: 'claim_primarySource', claimId: s.claim.id } })).toBe(1);

    const fields = { url: s.source.url, title: s.source.title, type: 'news_report', stance: 'contradicts' } as const;
    expect(await code(updateSource(s.journalist.id, { ...fields, sourceId: s.source.id, version: 1, notArchivableReason: 'x' }))).toBe('INVALID');
    await updateSource(s.journalist.id, { ...fields, sourceId: s.source.id, version: 1, notArchivableReason: 'Behind a login wall.' });
    expect((await item(s.editor.id, s.article.id, 'archives')).warnings).toEqual([]);
  });

  it('never stops publishing: the warnings are for the editor to weigh', async () => {
    const s = await ready();
    expect((await item(s.editor.id, s.article.id, 'archives')).problems).toEqual([]);
    const fc = await db.factCheck.findUniqueOrThrow({ where: { articleId: s.article.id } });
    await expect(publishFactCheck(s.editor.id, { articleId: s.article.id, version: fc.version })).resolves.toMatchObject({ status: 'published' });
  });
});
