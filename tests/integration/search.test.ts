// Issue 10, search: full text over every article's claims (their words, claimant, article, verdict
// explanations, sources, notes), misspellings through pg_trgm, filters, keyset pages and counts.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { searchClaims, type SearchPage } from '@/lib/data/search';
import { parseSearch } from '@/lib/validation/search';
import { indexSearchWords } from '@/lib/jobs/search-words';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

beforeEach(resetDatabase);

/** Spans in one article may not overlap: each claim takes the next stretch. */
let at = 0;
async function claim(articleId: string, text: string, extra: { status?: ClaimStatus; claimant?: string } = {}) {
  at += 1000;
  return db.claim.create({
    data: { articleId, start: at, end: at + text.length, text, status: extra.status ?? 'open', claimant: extra.claimant ?? null },
    select: { id: true },
  });
}

const hits = (p: SearchPage) => p.results.map((r) => r.id);
const marked = (h: { text: string; hit: boolean }[]) => h.filter((x) => x.hit).map((x) => x.text);

describe('search', () => {
  it('finds stemmed words, phrases and prefixes, leaves out -words, and marks what matched', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const jobs = await claim(a.id, 'Unemployment fell to 4.1 per cent in March.', { claimant: 'Rachel Reeves' });
    const fares = await claim(a.id, 'Bus fares are rising faster than wages.', { claimant: 'The council' });
    const unrelated = await claim(a.id, 'The harbour will reopen to ferries in June.');
    await claim(a.id, 'Unemployment figures were dismissed.', { status: 'dismissed' });

    const stemmed = await searchClaims(ed.id, { q: 'rise fare' });
    expect(hits(stemmed)).toEqual([fares.id]);
    expect(marked(stemmed.results[0]!.highlights.text)).toEqual(['fares', 'rising']);

    expect(hits(await searchClaims(ed.id, { q: '"per cent in March"' }))).toEqual([jobs.id]);
    expect(hits(await searchClaims(ed.id, { q: '"March in per cent"' }))).toEqual([]);
    expect(hits(await searchClaims(ed.id, { q: 'unemploy*' }))).toEqual([jobs.id]);
    expect(hits(await searchClaims(ed.id, { q: 'reeves' }))).toEqual([jobs.id]);
    expect(hits(await searchClaims(ed.id, { q: 'ferries OR wages' })).sort()).toEqual([fares.id, unrelated.id].sort());
    expect(hits(await searchClaims(ed.id, { q: 'reopen -ferries' }))).toEqual([]);
    // The dismissed claim is left out unless asked for.
    expect(hits(await searchClaims(ed.id, { q: 'figures' }))).toEqual([]);
    expect((await searchClaims(ed.id, { q: 'figures', status: 'dismissed' })).results).toHaveLength(1);
    expect((await searchClaims(ed.id, { q: 'the of and' })).notice).toMatch(/too common/);
  });

  it('searches the article, verdict explanations, sources and notes, and keeps them current', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const c = await claim(a.id, 'The bridge cost twice its budget.');
    expect(hits(await searchClaims(ed.id, { q: 'gazette' }))).toEqual([c.id]); // the article's publisher
    expect(hits(await searchClaims(ed.id, { q: 'auditor' }))).toEqual([]);
    await db.note.create({ data: { claimId: c.id, authorId: ed.id, body: 'Ask the auditor for the final account.' } });
    expect(hits(await searchClaims(ed.id, { q: 'auditor' }))).toEqual([c.id]);
    await db.source.create({
      data: {
        claimId: c.id,
        url: 'https://x.test',
        title: 'Procurement ledger 2024',
        type: 'primary_document',
        stance: 'supports',
        addedById: ed.id,
      },
    });
    expect(hits(await searchClaims(ed.id, { q: 'ledger' }))).toEqual([c.id]);
    await db.verdict.create({
      data: {
        claimId: c.id,
        kind: 'ruled',
        rating: 'false_',
        explanation: 'The overspend was eleven percent.',
        attributionConfirmed: true,
        byId: ed.id,
      },
    });
    expect(hits(await searchClaims(ed.id, { q: 'overspend' }))).toEqual([c.id]);
    await db.article.update({ where: { id: a.id }, data: { title: 'Viaduct inquiry' } });
    expect(hits(await searchClaims(ed.id, { q: 'viaduct' }))).toEqual([c.id]);
    await db.claim.update({ where: { id: c.id }, data: { text: 'The tunnel cost twice its budget.' } });
    expect(hits(await searchClaims(ed.id, { q: 'bridge' }))).toEqual([]);
    expect(hits(await searchClaims(ed.id, { q: 'tunnel' }))).toEqual([c.id]);
  });

  it('corrects a word no claim uses to the closest word claims use, once the queue has read their words', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const jobs = await claim(a.id, 'Unemployment fell to 4.1 per cent in March.');
    await claim(a.id, 'The harbour will reopen to ferries in June.', { claimant: 'Volodymyr Zelenskyy' });
    // Before the job has read the new claims' words, there is nothing to correct to.
    expect((await searchClaims(ed.id, { q: 'unemplymnet' })).notice).toMatch(/No claim uses “unemplymnet”/);
    // The inserts queued the job (deduplicated by its key); here it is run directly.
    expect(await db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'search_words'`)).toEqual([
      { n: 1 },
    ]);
    expect(await indexSearchWords()).toBe(2);
    expect(await indexSearchWords()).toBe(0);
    const page = await searchClaims(ed.id, { q: 'unemplymnet' });
    expect(page).toMatchObject({ mode: 'fuzzy', corrections: [{ from: 'unemplymnet', to: 'unemployment' }] });
    expect(hits(page)).toEqual([jobs.id]);
    expect(marked(page.results[0]!.highlights.text)).toEqual(['Unemployment']);
    expect((await searchClaims(ed.id, { q: 'Zelensky' })).results.map((r) => r.claimant)).toEqual(['Volodymyr Zelenskyy']);
    expect((await searchClaims(ed.id, { q: 'xylophone' })).results).toEqual([]);
    // Fewest edits wins over trigram ties and over a more common word: "partnr" is "partner", not "part".
    await claim(a.id, 'China is the largest trading partner.');
    await claim(a.id, 'Part of the budget went to roads.');
    await claim(a.id, 'Part of the army withdrew.');
    await indexSearchWords();
    expect((await searchClaims(ed.id, { q: 'partnr' })).corrections).toEqual([{ from: 'partnr', to: 'partner' }]);
    // A changed claim is read again.
    await db.claim.update({ where: { id: jobs.id }, data: { text: 'Joblessness fell to 4.1 per cent in March.' } });
    expect(await indexSearchWords()).toBe(1);
    expect((await searchClaims(ed.id, { q: 'joblesness' })).corrections).toEqual([{ from: 'joblesness', to: 'joblessness' }]);
  });

  it('filters, pages by keyset without repeats, and counts by status', async () => {
    const ed = await makeUser('editor', 'Ed');
    const j = await makeUser('journalist', 'Jo');
    const a = await makeArticle(ed.id, 'x');
    const b = await makeArticle(ed.id, 'y');
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const c = await claim(i % 2 ? a.id : b.id, `Inflation reached ${i + 1} per cent in year ${2000 + i}.`, {
        status: i < 5 ? 'ruled' : 'open',
      });
      ids.push(c.id);
    }
    await db.claim.update({ where: { id: ids[3]! }, data: { assigneeId: j.id } });
    const first = await searchClaims(ed.id, { q: 'inflation', limit: 10 });
    expect(first.counts).toEqual({ total: 25, more: false, byStatus: { ruled: 5, open: 20 } });
    const seen = [...hits(first)];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await searchClaims(ed.id, { q: 'inflation', limit: 10, cursor });
      seen.push(...hits(next));
      cursor = next.nextCursor;
    }
    expect(seen.sort()).toEqual([...ids].sort());
    expect((await searchClaims(ed.id, { q: 'inflation', status: 'ruled' })).results).toHaveLength(5);
    expect((await searchClaims(ed.id, { q: 'inflation', article: a.id })).results).toHaveLength(12);
    expect(hits(await searchClaims(ed.id, { q: 'inflation', assignee: j.id }))).toEqual([ids[3]]);
    expect((await searchClaims(ed.id, { q: 'inflation', from: '2025-05-09' })).results).toEqual([]);
    expect((await searchClaims(ed.id, { q: 'inflation', from: '2025-05-08', to: '2025-05-08' })).results).toHaveLength(20);
    expect(await code(searchClaims(ed.id, { q: 'inflation', cursor: 'nonsense' }))).toBe('INVALID');
    expect(await code(searchClaims(ed.id, { q: 'inflation', from: '2025-06-01', to: '2025-05-01' }))).toBe('INVALID');
    expect(await code(searchClaims(null, { q: 'inflation' }))).toBe('UNAUTHORIZED');
  });
});

describe('a claim’s status', () => {
  it('leaves out a claim once dismissed and counts it under its new status, in the transaction that changes it', async () => {
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const { id } = await claim(a.id, 'Tariffs on steel rose 25 per cent.', { status: 'suggested' });
    expect((await searchClaims(ed.id, { q: 'tariffs' })).counts.byStatus).toEqual({ suggested: 1 });
    await db.claim.update({ where: { id }, data: { status: 'researching' } });
    const page = await searchClaims(ed.id, { q: 'tariffs', status: 'researching' });
    expect([hits(page), page.counts.byStatus]).toEqual([[id], { researching: 1 }]);
    await db.claim.update({ where: { id }, data: { status: 'dismissed' } });
    expect(hits(await searchClaims(ed.id, { q: 'tariffs' }))).toEqual([]);
    expect(hits(await searchClaims(ed.id, { q: 'tariffs', status: 'dismissed' }))).toEqual([id]);
  });
});

describe('a broad search', () => {
  it('ranks a bounded pool of matches, says there are more than it counts, and pages through the pool without repeats', async () => {
    const { COUNT_CAP, RANK_POOL } = await import('@/lib/data/search-sql');
    const ed = await makeUser('editor', 'Ed');
    const a = await makeArticle(ed.id, 'x');
    const n = RANK_POOL + 100;
    await db.claim.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        articleId: a.id,
        start: i * 100,
        end: i * 100 + 50,
        text: `Tariffs rose ${i} per cent.`,
        status: 'open' as const,
      })),
    });
    const first = await searchClaims(ed.id, { q: 'tariffs', limit: 50 });
    expect(first.counts).toMatchObject({ total: COUNT_CAP, more: true });
    const seen = new Set(hits(first));
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const next = await searchClaims(ed.id, { q: 'tariffs', limit: 50, cursor });
      for (const id of hits(next)) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
      cursor = next.nextCursor;
      pages++;
    }
    expect(seen.size).toBe(RANK_POOL);
    expect(pages).toBe(RANK_POOL / 50);
  }, 60_000);
});

describe('the search box’s language', () => {
  it('reads words, phrases, prefixes, OR and left-out words, and drops punctuation that would be query syntax', () => {
    expect(parseSearch('bus "fell to 4.1" unemploy* OR jobs -ferry & | !')).toEqual([
      { kind: 'word', text: 'bus', not: false, or: false },
      { kind: 'phrase', text: 'fell to 4.1', not: false, or: false },
      { kind: 'prefix', text: 'unemploy', not: false, or: false },
      { kind: 'word', text: 'jobs', not: false, or: true },
      { kind: 'word', text: 'ferry', not: true, or: false },
    ]);
  });
});

describe('GET /api/claims/search', () => {
  it('answers a token with the documented shape, pages with nextCursor, and refuses a bad token or parameter', async () => {
    const { GET } = await import('@/app/api/claims/search/route');
    const { createToken } = await import('@/lib/data/api-tokens');
    const ed = await makeUser('journalist', 'Jo');
    const a = await makeArticle(ed.id, 'x');
    for (let i = 0; i < 3; i++) await claim(a.id, `Exports of steel rose ${i + 2} per cent.`, { claimant: 'Chancellor Jane Roe' });
    const { token } = await createToken(ed.id, { name: 'bot' });
    const get = (qs: string, auth: string | null = token) =>
      GET(new Request(`http://127.0.0.1/api/claims/search?${qs}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} }));
    const res = await get('q=steel&limit=2');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Record<string, unknown>[]; nextCursor: string | null; total: number };
    expect(body.total).toBe(3);
    expect(body.results).toHaveLength(2);
    expect(Object.keys(body.results[0]!).sort()).toEqual(
      ['id', 'text', 'claimant', 'claimantId', 'status', 'rating', 'article', 'factCheckUrl', 'score'].sort(),
    );
    expect(body.results[0]).toMatchObject({ claimant: 'Chancellor Jane Roe', status: 'open', rating: null, factCheckUrl: null });
    const next = (await (await get(`q=steel&limit=2&cursor=${body.nextCursor}`)).json()) as { results: { id: string }[]; nextCursor: null };
    expect(next.results).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
    expect((await get('q=steel', 'not-a-token')).status).toBe(401);
    expect((await get('q=steel&status=nonsense')).status).toBe(400);
  });
});
