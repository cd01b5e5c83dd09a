import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, invalidField } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { extractArticle, ExtractionInputError } from '@/lib/extraction';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportArticleSchema, ZPreviewImportSchema, type TImportArticle, type TPreviewImport } from '@/lib/validation/articles';

const textHash = (plain: string) => createHash('sha256').update(plain.replace(/\s+/g, ' ').trim()).digest('hex');

/** The extractor, with its input errors turned into a field error on the text. */
function extract(raw: string) {
  try {
    return extractArticle(raw);
  } catch (e) {
    if (e instanceof ExtractionInputError) throw invalidField('raw', e.message);
    throw e;
  }
}

/** What the import page shows before anything is saved; small enough to send to the browser. */
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;

/**
 * Runs the extractor without saving anything: the import page's preview. Validates the text like
 * the import does, so the size limit and "not text" apply here too.
 */
export async function previewImport(actorId: string | null, input: TPreviewImport) {
  const { raw } = parseOrThrow(ZPreviewImportSchema, input);
  // Extraction is the expensive part (up to a second on a long page): authorize before it.
  await authorize(actorId, 'article.import');
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

const noText = () => invalidField('raw', 'No readable text was found in that input.');

/**
 * Stores an article exactly as received, its plain text, links and every sentence the
 * extractor found, in one transaction. Importing the same text twice is refused with the
 * existing article (CONFLICT, `current` an article record), unless the caller confirms a second
 * copy is wanted.
 */
export async function importArticle(actorId: string | null, input: TImportArticle) {
  const data = parseOrThrow(ZImportArticleSchema, input);
  // Extraction takes up to a second of CPU on a long page: refuse callers who may not import
  // before spending it. The check that counts is the one inside the transaction that writes;
  // extracting inside it would hold a connection (and the transaction's timeout) meanwhile.
  await authorize(actorId, 'article.import');
  const extraction = extract(data.raw);
  if (extraction.text.trim() === '') throw noText();
  const hash = textHash(extraction.text);

  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'article.import', tx);
    if (!data.allowDuplicate) {
      const existing = await tx.article.findFirst({ where: { textHash: hash }, select: { id: true, title: true } });
      if (existing) {
        throw new AppError(
          { code: 'CONFLICT', current: { entity: 'article', ...existing } },
          `This article was imported before as “${existing.title}”.`,
        );
      }
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
      action: 'article_import',
      entityId: article.id,
      articleId: article.id,
      after: {
        title: article.title,
        claims: extraction.claims.length,
        links: extraction.links.length,
        extractorVersion: extraction.extractorVersion,
      },
    });
    return { ...article, claimCount: extraction.claims.length };
  });
}
