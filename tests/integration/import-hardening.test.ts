import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { extractArticle } from '@/lib/extraction';
import type * as Extraction from '@/lib/extraction';
import { importArticle, previewImport } from '@/lib/data/import';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/articles';

// Issue 9: imports of the advertised size, imports at the same moment, and the server's thread.
// The extractor in this thread is a spy: an import must never call it here (it runs on a worker).
// Several worker threads, as on a bigger machine, so that simultaneous imports really overlap.
vi.hoisted(() => {
  process.env.CLAIMDESK_EXTRACTION_WORKERS = '4';
});
vi.mock('@/lib/extraction', async (importOriginal) => {
  const real = await importOriginal<typeof Extraction>();
  return { ...real, extractArticle: vi.fn(real.extractArticle) };
});

beforeEach(resetDatabase);

const SEED = readFileSync('prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt', 'utf8');
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );

/** The seed article's paragraphs, numbered so no two are alike, to exactly `size` characters. */
function longArticle(size: number) {
  let out = `Marker ${Math.random()}\n\n`;
  for (let i = 0; out.length < size; i++) out += SEED.replace(/\n\n/g, ` (${i})\n\n`);
  return out.slice(0, size);
}

describe('large imports', () => {
  it('saves an article of exactly the advertised 1,000,000 characters with every sentence, extracting off this thread', async () => {
    const j = await makeUser('journalist');
    const raw = longArticle(MAX_ARTICLE_CHARS);
    vi.mocked(extractArticle).mockClear();
    const saved = await importArticle(j.id, { raw, title: 'The longest article' });
    expect(vi.mocked(extractArticle)).not.toHaveBeenCalled();

    const expected = extractArticle(raw);
    expect(saved.claimCount).toBe(expected.claims.length);
    expect(saved.claimCount).toBeGreaterThan(5000);
    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id }, select: { rawInput: true, plainText: true } });
    expect(article.rawInput).toBe(raw);
    expect(article.plainText).toBe(expected.text);
    const claims = await db.claim.findMany({ where: { articleId: saved.id }, orderBy: { start: 'asc' } });
    expect(claims.map((c) => [c.start, c.end, c.text, c.prefix, c.suffix, c.claimant, c.kind, c.recommended, c.reasons])).toEqual(
      expected.claims.map((c) => [c.start, c.end, c.text, c.selector.prefix, c.selector.suffix, c.speaker, c.kind, c.suggested, c.reasons]),
    );
    expect(await db.event.count({ where: { articleId: saved.id, action: 'article_import' } })).toBe(1);
  }, 120_000);

  it('refuses text with half of an emoji or a NUL byte on the text field, before extracting', async () => {
    const j = await makeUser('journalist');
    for (const raw of ['Officials said 40 schools closed. \uD83D', 'Officials said \uDE00 40 schools closed.', 'A\u0000B']) {
      await expect(importArticle(j.id, { raw, title: 'x' })).rejects.toMatchObject({
        info: { code: 'INVALID', fieldErrors: { raw: expect.any(Array) } },
      });
      await expect(previewImport(j.id, { raw })).rejects.toMatchObject({ info: { code: 'INVALID' } });
    }
    // Whole emoji are text like any other.
    expect(await outcome(importArticle(j.id, { raw: 'Officials said 40 schools closed 😀. The ministry said exports rose 12%.', title: 'x' }))).toBe(
      'OK',
    );
    expect(await db.article.count()).toBe(1);
  });
});

describe('simultaneous imports of the same text', () => {
  it('save one article; the others get the CONFLICT that offers it', async () => {
    const j = await makeUser('journalist');
    const raw = longArticle(20_000);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => importArticle(j.id, { raw, title: `Copy ${i}` })));
    const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(saved).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refusals).toHaveLength(19);
    for (const e of refusals)
      expect(e).toMatchObject({ info: { code: 'CONFLICT', current: { entity: 'article', id: saved[0]!.id, title: saved[0]!.title } } });
    expect(await db.article.count()).toBe(1);
    expect(await db.claim.count({ where: { articleId: { not: saved[0]!.id } } })).toBe(0);
  });

  it('"import anyway" still saves a copy each time, all naming the one original', async () => {
    const j = await makeUser('journalist');
    const raw = longArticle(20_000);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => importArticle(j.id, { raw, title: `Copy ${i}`, allowDuplicate: true })));
    expect(new Set(results.map((r) => r.id)).size).toBe(6);
    const rows = await db.article.findMany({ select: { id: true, copyOfId: true } });
    const originals = rows.filter((r) => r.copyOfId === null);
    expect(originals).toHaveLength(1);
    expect(rows.filter((r) => r.copyOfId === originals[0]!.id)).toHaveLength(5);
    // The preview offers the original, not a copy.
    expect((await previewImport(j.id, { raw })).existing?.id).toBe(originals[0]!.id);
  });
});
