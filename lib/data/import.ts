import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { extractArticle, ExtractionInputError } from '@/lib/extraction';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportArticleSchema, ZPreviewImportSchema } from '@/lib/validation/articles';

export const textHash = (plain: string) => createHash('sha256').update(plain.replace(/\s+/g, ' ').trim()).digest('hex');

/** The extractor, with its input errors turned into a field error on the text. */
function extract(raw: string) {
  try {
    return extractArticle(raw);
  } catch (e) {
    if (e instanceof ExtractionInputError) throw new AppError('INVALID', e.message, { raw: [e.message] });
    throw e;
  }
}

/** What the import page shows before anything is saved; small enough to send to the browser. */
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;

/**
 * Runs the extractor without saving anything: the import page's preview. Takes the raw text or
 * `{ raw }` and validates it like the import does, so the size limit and "not text" apply here too.
 */
export async function previewImport(userId: string | null, input: unknown) {
  await authorize(userId, 'article.import');
  const { raw } = parseOrThrow(ZPreviewImportSchema, typeof input === 'string' ? { raw: input } : input);
  const result = extract(raw);
  if (result.text.trim() === '') throw noText();
  const existing = await db.article.findFirst({ where: { textHash: textHash(result.text) }, select: { id: true, title: true } });
  return {
    meta: result.meta,
    existing,
    textLength: result.text.length,
    links: result.links.length,
    // Ranked by score, highest first: the order in which a reviewer should look at them.
    claims: result.claims
      .map((c, i) => ({
        n: i + 1,
        text: c.text,
        score: c.score,
        suggested: c.suggested,
        reasons: c.reasons,
        kind: c.kind,
        speaker: c.speaker,
        cue: c.cue,
        flags: c.flags,
      }))
      .sort((a, b) => b.score - a.score || a.n - b.n),
  };
}

const noText = () => new AppError('INVALID', 'No readable text was found in that input.', { raw: ['No readable text was found in that input.'] });

/**
 * Stores an article exactly as received, its plain text, links and every sentence the
 * extractor found, in one transaction. Importing the same text twice is refused with the
 * existing article's id and title (CONFLICT, details.duplicateOf), unless the caller confirms a second copy is wanted.
 */
export async function importArticle(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZImportArticleSchema, input);
  const extraction = extract(data.raw);
  if (extraction.text.trim() === '') throw noText();
  const hash = textHash(extraction.text);

  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'article.import', tx);
    if (!data.allowDuplicate) {
      const existing = await tx.article.findFirst({ where: { textHash: hash }, select: { id: true, title: true } });
      if (existing) throw new AppError('CONFLICT', `This article was imported before as “${existing.title}”.`, { duplicateOf: existing });
    }
    const article = await tx.article.create({
      data: {
        title: data.title,
        publisher: data.publisher,
        url: data.url,
        publishedAt: data.publishedAt ? new Date(`${data.publishedAt}T00:00:00Z`) : null,
        rawInput: data.raw,
        plainText: extraction.text,
        textHash: hash,
        extractorVersion: extraction.extractorVersion,
        importedById: actor.id,
      },
      select: { id: true, title: true },
    });
    await tx.articleLink.createMany({
      data: extraction.links.map((l) => ({ articleId: article.id, text: l.text, href: l.href, start: l.start, end: l.end })),
    });
    await tx.claim.createMany({
      data: extraction.claims.map((c) => ({
        articleId: article.id,
        start: c.start,
        end: c.end,
        text: c.text,
        prefix: c.selector.prefix,
        suffix: c.selector.suffix,
        claimant: c.speaker,
        cue: c.cue,
        kind: c.kind,
        score: c.score,
        reasons: c.reasons,
        flagUnverified: c.flags.unverified,
        flagDisputed: c.flags.disputed,
        recommended: c.suggested,
        status: 'suggested' as const,
      })),
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'article.import',
      entityType: 'article',
      entityId: article.id,
      articleId: article.id,
      after: { title: article.title, claims: extraction.claims.length, links: extraction.links.length, extractorVersion: extraction.extractorVersion },
    });
    return { ...article, claimCount: extraction.claims.length };
  });
}
