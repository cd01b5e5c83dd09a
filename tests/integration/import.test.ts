import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { importArticle, previewImport } from '@/lib/data/import';
import { extractArticle } from '@/lib/extraction';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/articles';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: AppError) => e,
  );

const ARTICLE = `<html><head><title>Ministry figures</title></head><body>
<p>The ministry said exports rose 12% in 2024, according to <a href="https://example.org/report">its annual report</a>.</p>
<p>Officials claimed unemployment fell to 4.1 per cent in March, the lowest level since 2008.</p>
</body></html>`;

const HOSTILE = `<p>The minister said 40 per cent of schools had closed.<script>alert("in-script")</script></p>
<p><img src="x" onerror="alert('in-onerror')">Police said 3,000 people marched on Sunday, the ministry reported.</p>
<p onclick="alert('in-onclick')">See <a href="javascript:alert('in-link')">this link</a> and <a href="https://example.org/ok">a safe one</a>.</p>
<style>body{background:url(javascript:alert('in-style'))}</style>`;

const fields = { title: 'An article', publisher: 'The Paper', url: 'https://example.org/a', publishedAt: '2025-05-08' };

describe('importing an article', () => {
  it('stores the raw input unchanged, the plain text, links and every claim, with history', async () => {
    const j = await makeUser('journalist');
    const preview = await previewImport(j.id, { raw: ARTICLE });
    expect(preview.meta.title).toBe('Ministry figures');
    expect(preview.existing).toBeNull();
    const scores = preview.claims.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const saved = await importArticle(j.id, { raw: ARTICLE, ...fields });
    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id }, include: { links: true, claims: { orderBy: { start: 'asc' } } } });
    expect(article.rawInput).toBe(ARTICLE);
    expect(article.plainText).toContain('The ministry said exports rose 12% in 2024');
    expect(article.plainText).not.toContain('<p>');
    expect(article.links.map((l) => [l.href, article.plainText.slice(l.start, l.end)])).toEqual([
      ['https://example.org/report', 'its annual report'],
    ]);
    expect(article.claims).toHaveLength(preview.claims.length);
    for (const c of article.claims) {
      expect(article.plainText.slice(c.start, c.end)).toBe(c.text);
      expect(c.status).toBe('suggested');
    }
    // `recommended` is the extractor's own "suggested" verdict on each sentence.
    const byText = new Map(preview.claims.map((c) => [c.text, c.suggested]));
    expect(article.claims.map((c) => c.recommended)).toEqual(article.claims.map((c) => byText.get(c.text)));
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe('2025-05-08');
    const events = await db.event.findMany({ where: { articleId: saved.id } });
    expect(events.map((e) => e.action)).toEqual(['article_import']);
  });

  it('stores who each claim is attributed to as the extractor reads it: name, kind, role, words used, and the sentence that disputes it', async () => {
    const j = await makeUser('journalist');
    const raw =
      'Council leader Maria Romero said the city had closed 30 libraries since 2019. The council said no library had closed.\n\n' +
      'Ms Romero added that 4,000 people had signed a petition. Doctors said waiting times rose 12 per cent last year.';
    const extracted = extractArticle(raw).claims;
    const saved = await importArticle(j.id, { raw, ...fields });
    const rows = await db.claim.findMany({ where: { articleId: saved.id }, orderBy: { start: 'asc' } });
    expect(rows.map((c) => [c.claimant, c.claimantType, c.claimantRole, c.claimantMention])).toEqual(
      extracted.map((c) => [c.speaker, c.speakerType, c.speakerRole, c.speakerMention]),
    );
    const first = rows[0]!;
    expect([first.claimant, first.claimantType, first.claimantRole]).toEqual(['Maria Romero', 'person', 'Council leader']);
    expect(first.flagDisputed).toBe(true);
    expect(first.disputedBy).toBe('The council said no library had closed.');
    expect(rows.find((c) => c.text.startsWith('Doctors'))?.claimantType).toBe('group');
    expect(rows.filter((c) => c.disputedBy !== null)).toHaveLength(1);
  });

  it('stores no script from hostile HTML in the text, the links or the claims', async () => {
    const j = await makeUser('journalist');
    const saved = await importArticle(j.id, { raw: HOSTILE, ...fields });
    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id }, include: { links: true, claims: true } });
    expect(article.rawInput).toBe(HOSTILE); // kept as received, never rendered
    const stored = [
      article.plainText,
      ...article.claims.flatMap((c) => [c.text, c.prefix, c.suffix]),
      ...article.links.flatMap((l) => [l.href, l.text]),
    ].join('\n');
    for (const bad of ['<script', 'alert(', 'onerror', 'onclick', 'javascript:', '<img', '<style']) expect(stored).not.toContain(bad);
    expect(article.plainText).toContain('Police said 3,000 people marched on Sunday');
    expect(article.links.every((l) => /^https?:/.test(l.href))).toBe(true);
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it('notices the same text imported twice, offers the existing one, and imports anyway when asked', async () => {
    const j = await makeUser('journalist');
    const first = await importArticle(j.id, { raw: ARTICLE, ...fields });
    // Different markup, same text: still the same article.
    const again = ARTICLE.replace('<title>Ministry figures</title>', '<title>Ministry figures</title>\n\n');
    expect((await previewImport(j.id, { raw: again })).existing).toEqual({ id: first.id, title: fields.title });
    const e = await failure(importArticle(j.id, { raw: again, ...fields, title: 'Second copy' }));
    expect(e).toMatchObject({ info: { code: 'CONFLICT', current: { entity: 'article', id: first.id, title: fields.title } } });
    expect(await db.article.count()).toBe(1);
    expect(await outcome(importArticle(j.id, { raw: again, ...fields, title: 'Second copy', allowDuplicate: 'on' }))).toBe('OK');
    expect(await db.article.count()).toBe(2);
  });

  it('refuses bad input with an error on the field at fault and stores nothing', async () => {
    const j = await makeUser('editor');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Partial<typeof fields & { raw: string }>, string][] = [
      [{ raw: '   \n ' }, 'raw'],
      [{ raw: 'Some text\u0000with binary' }, 'raw'],
      [{ raw: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }, 'raw'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ publishedAt: tomorrow }, 'publishedAt'],
      [{ publishedAt: '2025-02-30x' }, 'publishedAt'],
      [{ title: '  ' }, 'title'],
    ];
    for (const [override, field] of cases) {
      const e = await failure(importArticle(j.id, { raw: ARTICLE, ...fields, ...override }));
      expect(e.info.code, field).toBe('INVALID');
      if (e.info.code === 'INVALID') expect(Object.keys(e.info.fieldErrors), JSON.stringify(override).slice(0, 80)).toContain(field);
    }
    expect(await failure(previewImport(j.id, { raw: '' }))).toMatchObject({ info: { code: 'INVALID', fieldErrors: { raw: expect.any(Array) } } });
    expect(await failure(previewImport(j.id, { raw: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }))).toMatchObject({ info: { code: 'INVALID' } });
    expect(await db.article.count()).toBe(0);
  });

  it('lets journalists and editors import, refuses admins and signed-out callers, and stores nothing for them', async () => {
    const [j, ed, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
    expect(await outcome(importArticle(null, { raw: ARTICLE, ...fields }))).toBe('UNAUTHORIZED');
    expect(await outcome(importArticle(admin.id, { raw: ARTICLE, ...fields }))).toBe('FORBIDDEN');
    expect(await outcome(previewImport(null, { raw: ARTICLE }))).toBe('UNAUTHORIZED');
    expect(await outcome(previewImport(admin.id, { raw: ARTICLE }))).toBe('FORBIDDEN');
    expect(await db.article.count()).toBe(0);
    expect(await db.claim.count()).toBe(0);
    expect(await db.event.count()).toBe(0);
    expect(await outcome(importArticle(j.id, { raw: ARTICLE, ...fields }))).toBe('OK');
    expect(await outcome(importArticle(ed.id, { raw: ARTICLE, ...fields, allowDuplicate: true }))).toBe('OK');
    expect(await db.article.count()).toBe(2);
  });
  it('stores text beyond ASCII as written in claims, links and version 1 (the rows travel as \\u escapes)', async () => {
    const j = await makeUser('journalist');
    const raw = `<p>“Exports rose 12% in 2024,” said Ms Müller of the café 😀 association, citing <a href="https://example.org/ré">the réport — 2024</a>.</p>
<p>Officials claimed unemployment fell to 4.1 per cent in March, the lowest level since 2008 ✓.</p>`;
    const saved = await importArticle(j.id, { raw, title: 'Ünïcode' });
    const article = await db.article.findUniqueOrThrow({
      where: { id: saved.id },
      include: { claims: { orderBy: { number: 'asc' } }, links: { orderBy: { start: 'asc' } }, versions: true },
    });
    const expected = extractArticle(raw);
    // Context snippets cut through an emoji keep U+FFFD for the lone half, as before.
    const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    expect(article.claims.map((c) => [c.text, c.prefix, c.suffix])).toEqual(
      expected.claims.map((c) => [c.text, wellFormed(c.selector.prefix), wellFormed(c.selector.suffix)]),
    );
    expect(article.claims[0]!.text).toContain('“Exports rose 12% in 2024,” said Ms Müller of the café 😀 association');
    expect(article.links.map((l) => [l.text, l.href])).toEqual(expected.links.map((l) => [l.text, l.href]));
    expect(article.versions).toHaveLength(1);
    expect(article.versions[0]).toMatchObject({
      number: 1,
      rawInput: raw,
      plainText: article.plainText,
      textHash: article.textHash,
      extractorVersion: article.extractorVersion,
      importedById: j.id,
    });
  });
});
