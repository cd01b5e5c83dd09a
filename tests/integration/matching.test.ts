// Issue 10, "Checked before?": earlier claims from other articles that say what a sentence says,
// found in PostgreSQL by trigram similarity and re-ranked by lib/matching with numbers and names.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { matchClaims } from '@/lib/data/matching';
import { linkClaims, linksOf, takeOverVerdict, unlinkClaims } from '@/lib/data/claim-links';
import { previewImport } from '@/lib/data/import';
import { createToken } from '@/lib/data/api-tokens';
import { GET as matchApi } from '@/app/api/claims/match/route';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

beforeEach(resetDatabase);

const UNEMPLOYMENT = 'The minister said unemployment fell to 4.1 per cent in March, the lowest level since 2008.';
const FARES = 'The council said bus fares fell 8 per cent in 2024 after the new contract.';
const HARBOUR = 'A spokeswoman said the harbour will reopen to ferries in June.';

/** One article holding these claims, each in the given status, the ruled ones with a verdict. */
async function archive(claims: { text: string; status?: ClaimStatus; rating?: 'false_' | 'mostly_true' }[]) {
  const editor = await makeUser('editor', 'Ed');
  const text = claims.map((c) => c.text).join(' ');
  const article = await makeArticle(editor.id, text);
  let at = 0;
  const ids: string[] = [];
  for (const c of claims) {
    const row = await db.claim.create({
      data: { articleId: article.id, start: at, end: at + c.text.length, text: c.text, status: c.status ?? 'open', claimant: 'The minister' },
      select: { id: true },
    });
    at += c.text.length + 1;
    if (c.rating) {
      await db.verdict.create({
        data: { claimId: row.id, kind: 'ruled', rating: c.rating, explanation: 'Checked.', attributionConfirmed: true, byId: editor.id },
      });
    }
    ids.push(row.id);
  }
  return { editor, article, ids };
}

describe('checked before?', () => {
  it('finds a paraphrase with its verdict, flags a changed number, and returns nothing unrelated', async () => {
    const { editor, ids } = await archive([
      { text: UNEMPLOYMENT, status: 'ruled', rating: 'false_' },
      { text: FARES, status: 'ruled', rating: 'mostly_true' },
    ]);
    const paraphrase = await matchClaims(editor.id, {
      text: 'Unemployment dropped to 4.1% in March, according to the minister, its lowest since 2008.',
    });
    expect(paraphrase.matches[0]).toMatchObject({ id: ids[0], rating: 'false_', numbersDiffer: false });
    expect(paraphrase.matches[0]!.ruledAt).not.toBeNull();
    expect(paraphrase.matches.map((m) => m.id)).not.toContain(ids[1]);

    const changed = await matchClaims(editor.id, {
      text: 'The minister said unemployment fell to 5.1 per cent in March, the lowest level since 2008.',
    });
    const same = changed.matches.find((m) => m.id === ids[0]);
    expect(same).toMatchObject({ numbersDiffer: true });

    expect((await matchClaims(editor.id, { text: 'The striker scored twice as the visitors won the cup final in extra time.' })).matches).toEqual([]);
  });

  it('puts a ruled claim before its unruled twin, and leaves out suggestions, dismissed claims and the article’s own', async () => {
    const first = await archive([{ text: UNEMPLOYMENT, status: 'ruled', rating: 'false_' }]);
    const second = await archive([
      { text: UNEMPLOYMENT, status: 'open' },
      { text: FARES, status: 'suggested' },
      { text: HARBOUR, status: 'dismissed' },
    ]);
    const found = await matchClaims(first.editor.id, { text: UNEMPLOYMENT });
    expect(found.matches.map((m) => m.id).slice(0, 2)).toEqual([first.ids[0], second.ids[0]]);
    expect((await matchClaims(first.editor.id, { text: FARES })).matches).toEqual([]);
    expect((await matchClaims(first.editor.id, { text: HARBOUR })).matches).toEqual([]);
    const own = await matchClaims(first.editor.id, { text: UNEMPLOYMENT, excludeArticle: second.article.id });
    expect(own.matches.map((m) => m.id)).toEqual([first.ids[0]]);
    expect(await code(matchClaims(null, { text: UNEMPLOYMENT }))).toBe('UNAUTHORIZED');
    expect(await code(matchClaims(first.editor.id, { text: 'short' }))).toBe('INVALID');
  });

  it('follows a claim taken up, dismissed, taken up again or reworded, in the transaction that changes it', async () => {
    const first = await archive([{ text: UNEMPLOYMENT, status: 'suggested' }]);
    const [id] = first.ids;
    const found = async () => (await matchClaims(first.editor.id, { text: UNEMPLOYMENT })).matches.map((m) => m.id);
    expect(await found()).toEqual([]);
    await db.claim.update({ where: { id: id! }, data: { status: 'open' } });
    expect(await found()).toEqual([id]);
    // Inside a transaction that is rolled back: seen within it, gone after.
    await db
      .$transaction(async (tx) => {
        await tx.claim.update({ where: { id: id! }, data: { status: 'dismissed' } });
        const [row] = await tx.$queryRaw<{ taken_up: boolean; text: string }[]>`SELECT taken_up, text FROM claim_search WHERE claim_id = ${id}`;
        expect(row).toEqual({ taken_up: false, text: '' });
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await found()).toEqual([id]);
    await db.claim.update({ where: { id: id! }, data: { status: 'dismissed' } });
    expect(await found()).toEqual([]);
    await db.claim.update({ where: { id: id! }, data: { status: 'researching', text: FARES } });
    expect(await found()).toEqual([]);
    expect((await matchClaims(first.editor.id, { text: FARES })).matches.map((m) => m.id)).toEqual([id]);
  });

  it('writes a claim taken up straight into the own-words index, with no pending list for every scan to read', async () => {
    // With GIN's fast update, claims taken up since the last VACUUM would wait in a list that each
    // of a sentence's four scans reads whole (migration 20261203010000; docs/benchmarks.md).
    const [index] = await db.$queryRaw<{ options: string[] | null }[]>`
      SELECT reloptions AS options FROM pg_class WHERE relname = 'claim_search_own_taken_up_idx'`;
    expect(index?.options).toEqual(['fastupdate=off']);
  });

  it('finds the claim a sentence restates when more claims than the pool holds share its rare words', async () => {
    // 700 claims share three of the sentence's rarest words (here its longest: an ANALYZE-free
    // database has no statistics), and come first in the table; the restated claim comes last.
    // Only 600 are compared by similarity: the pool must take those sharing the most words first.
    const restated = 'Councillor Featherstonehaugh said Wolverhampton ambulances answered emergencies within eleven minutes.';
    const { editor, article } = await archive([{ text: HARBOUR }]);
    await db.claim.createMany({
      data: Array.from({ length: 700 }, (_, n) => ({
        articleId: article.id,
        // Spans of their own (they may not overlap); the text is not read.
        start: 1000 + 10 * n,
        end: 1005 + 10 * n,
        text: `Councillor Featherstonehaugh said parking in Wolverhampton cost ${n + 2} pounds.`,
        status: 'open' as const,
      })),
    });
    const [last] = await db.claim.createManyAndReturn({
      data: [{ articleId: article.id, start: 9000, end: 9005, text: restated, status: 'open' }],
      select: { id: true },
    });
    const { matches } = await matchClaims(editor.id, { text: restated });
    expect(matches[0]?.id).toBe(last!.id);
  });

  it('shows the archive’s matches under the import preview’s suggested claims', async () => {
    const { editor, ids } = await archive([{ text: UNEMPLOYMENT, status: 'ruled', rating: 'false_' }]);
    const preview = await previewImport(editor.id, {
      raw: `Unemployment dropped to 4.1% in March, according to the minister, its lowest since 2008.\n\nThe weather was mild all week.`,
    });
    const withMatch = preview.claims.find((c) => c.checkedBefore.length > 0);
    expect(withMatch?.checkedBefore[0]).toMatchObject({ id: ids[0], rating: 'false_' });
  });

  it('answers GET /api/claims/match with a token', async () => {
    const { editor, ids } = await archive([{ text: UNEMPLOYMENT, status: 'ruled', rating: 'false_' }]);
    const { token } = await createToken(editor.id, { name: 'bot' });
    const url = `http://127.0.0.1/api/claims/match?text=${encodeURIComponent('Unemployment fell to 4.1 per cent in March, the minister said.')}&limit=3`;
    const res = await matchApi(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { matches: { id: string; similarity: number; numbersDiffer: boolean; sharedEntities: string[] }[] };
    expect(body.matches[0]).toMatchObject({ id: ids[0], numbersDiffer: false });
    expect(body.matches[0]!.similarity).toBeGreaterThan(0);
    expect(body.matches[0]!.similarity).toBeLessThanOrEqual(1);
    const bad = await matchApi(new Request('http://127.0.0.1/api/claims/match?limit=3', { headers: { authorization: `Bearer ${token}` } }));
    expect(bad.status).toBe(400);
  });

  it('links a claim to an earlier one, undoably, and takes over its ruling as a proposal with its sources', async () => {
    const earlier = await archive([{ text: UNEMPLOYMENT, status: 'ruled', rating: 'false_' }]);
    await db.source.create({
      data: {
        claimId: earlier.ids[0]!,
        url: 'https://stats.example/lfs',
        title: 'Labour force survey',
        type: 'dataset',
        stance: 'contradicts',
        addedById: earlier.editor.id,
      },
    });
    const later = await archive([{ text: 'Unemployment dropped to 4.1% in March, according to the minister.', status: 'researching' }]);
    const journalist = await makeUser('journalist', 'Jo');
    const [claimId, linkedClaimId] = [later.ids[0]!, earlier.ids[0]!];

    expect(await code(linkClaims(journalist.id, { claimId, linkedClaimId }))).toBe('FORBIDDEN');
    const { linkId } = await linkClaims(later.editor.id, { claimId, linkedClaimId });
    expect(await code(linkClaims(later.editor.id, { claimId, linkedClaimId }))).toBe('INVALID');
    expect((await linksOf(db, claimId)).map((l) => [l.other.id, l.outgoing, l.ruled])).toEqual([[linkedClaimId, true, true]]);
    expect((await linksOf(db, linkedClaimId)).map((l) => [l.other.id, l.outgoing])).toEqual([[claimId, false]]);

    // Taking over: one step, the claim is in review with the ruling as its proposal and the sources copied.
    const version = (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    expect(await code(takeOverVerdict(journalist.id, { claimId, version: version + 9, linkId }))).toBe('CONFLICT');
    const taken = await takeOverVerdict(journalist.id, { claimId, version, linkId });
    expect(taken.sources).toBe(1);
    const after = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdicts: true, sources: true } });
    expect(after.status).toBe('in_review');
    expect(after.verdicts.map((v) => [v.kind, v.rating])).toEqual([['proposed', 'false_']]);
    expect(after.sources.map((s) => [s.title, s.addedById])).toEqual([['Labour force survey', journalist.id]]);
    const events = await db.event.findMany({ where: { claimId }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(['claim_link', 'claim_propose', 'verdict_propose', 'source_create', 'claim_takeOver']);

    // Unlinking keeps the row, with who and when.
    await unlinkClaims(later.editor.id, { linkId });
    expect(await linksOf(db, claimId)).toEqual([]);
    expect(await db.claimLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ removedById: later.editor.id });
    expect(await code(unlinkClaims(later.editor.id, { linkId }))).toBe('NOT_FOUND');
  });
});
