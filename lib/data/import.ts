import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { extractArticle, ExtractionInputError } from '@/lib/extraction';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportArticleSchema } from '@/lib/validation/articles';

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

/** Runs the extractor without saving anything: the import page's preview. */
export async function previewImport(userId: string | null, raw: string) {
  await authorize(userId, 'article.import');
  const result = extract(raw);
  const existing = await db.article.findFirst({ where: { textHash: textHash(result.text) }, select: { id: true, title: true } });
  return { result, existing };
}

/**
 * Stores an article exactly as received, its plain text, links and every sentence the
 * extractor found, in one transaction. Importing the same text twice is refused with the
 * existing article's id (DUPLICATE), unless the caller confirms a second copy is wanted.
 */
export async function importArticle(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZImportArticleSchema, input);
  const extraction = extract(data.raw);
  if (extraction.text.trim() === '') {
    throw new AppError('INVALID', 'No readable text was found in that input.', { raw: ['No readable text was found in that input.'] });
  }
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
