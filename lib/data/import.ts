import 'server-only';
import { matchSentences } from '@/lib/data/matching';
import { db, transactionConnection, type DbClient } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, invalidField } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { insertArticle, insertClaims, insertFirstVersion, insertLinks, releaseQueryLogs } from '@/lib/data/import-write';
import { extractOffThread, type RowsExtraction } from '@/lib/jobs/extraction-pool';
import { collectAfterLongText } from '@/lib/memory';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportArticleSchema, ZPreviewImportSchema, type TImportArticle, type TPreviewImport } from '@/lib/validation/articles';

/** The article first imported with this text (copies made on purpose name it in copy_of_id). */
const findOriginal = (client: DbClient, hash: string) =>
  client.article.findFirst({ where: { textHash: hash, copyOfId: null }, select: { id: true, title: true } });

const noText = () => invalidField('raw', 'No readable text was found in that input.');

const duplicate = (existing: { id: string; title: string }) =>
  new AppError({ code: 'CONFLICT', current: { entity: 'article', ...existing } }, `This article was imported before as “${existing.title}”.`);

/**
 * Authorizes, then runs the extractor on a worker thread: a long text takes a second or two of
 * CPU, which neither a caller who may not import nor the server's other requests should pay for.
 */
async function extractFor<S extends 'preview' | 'rows'>(actorId: string | null, raw: string, shape: S) {
  await authorize(actorId, 'article.import');
  const extraction = await extractOffThread(raw, shape);
  if (extraction.empty) throw noText();
  return extraction;
}

/** What the import page shows before anything is saved; small enough to send to the browser. */
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;

/**
 * Runs the extractor without saving anything: the import page's preview. Validates the text like
 * the import does, so the size limit and "not text" apply here too.
 */
export async function previewImport(actorId: string | null, input: TPreviewImport) {
  const { raw } = parseOrThrow(ZPreviewImportSchema, input);
  const result = await extractFor(actorId, raw, 'preview');
  // "Checked before?" for the suggested claims, best scored first (issue 10): earlier claims of
  // other articles that say the same thing, with their verdicts.
  const asked = result.claims.filter((c) => c.suggested).slice(0, CHECKED_BEFORE_CLAIMS);
  const found = await matchSentences(
    actorId,
    asked.map((c) => c.text),
    null,
  );
  const matches = new Map(asked.map((c, i) => [c.n, found[i] ?? []]));
  return {
    meta: result.meta,
    existing: await findOriginal(db, result.hash),
    textLength: result.textLength,
    links: result.linkCount,
    claims: result.claims.map((c) => ({ ...c, checkedBefore: matches.get(c.n) ?? [] })),
  };
}

/** How many of a preview's suggested claims are looked up in the archive. */
const CHECKED_BEFORE_CLAIMS = 30;

type ImportInput = ReturnType<typeof ZImportArticleSchema.parse>;

/**
 * Stores an article exactly as received, its plain text, links and every sentence the extractor
 * found, in one transaction. Importing the same text twice is refused with the existing article
 * (CONFLICT, `current` an article record), unless the caller confirms a second copy is wanted.
 * The database decides who was first (a unique index on the text of originals), so simultaneous
 * imports of one text save one article, not several.
 */
export async function importArticle(actorId: string | null, input: TImportArticle, onPhase: (p: 'reading' | 'saving') => unknown = () => {}) {
  const data = parseOrThrow(ZImportArticleSchema, input);
  await onPhase('reading');
  const extraction = await extractFor(actorId, data.raw, 'rows');
  await onPhase('saving');
  try {
    return await saveWithRetry(actorId, data, extraction);
  } finally {
    releaseQueryLogs(); // the text and the rows, kept by Prisma's debug history (see there)
    collectAfterLongText(data.raw.length);
  }
}

/**
 * Two tries: a wanted copy whose original appeared between its check and its insert is saved
 * again as a copy of that original.
 */
async function saveWithRetry(actorId: string | null, data: ImportInput, extraction: RowsExtraction) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await saveImport(actorId, data, extraction);
    } catch (e) {
      if (!isOriginalTaken(e)) throw e;
      const existing = await findOriginal(db, extraction.hash);
      if (!existing) throw e; // the original was removed meanwhile: a bug worth seeing
      if (!data.allowDuplicate || attempt > 0) throw duplicate(existing);
    }
  }
}

/** The unique index of originals refused the article's row (PostgreSQL's error: insertArticle writes it through pg). */
const isOriginalTaken = (e: unknown) =>
  e instanceof Error && (e as { code?: string }).code === '23505' && (e as { constraint?: string }).constraint === 'articles_text_hash_original_key';

/** Room for the largest article (~6,000 sentences, 2 MB of text) on a busy machine. */
const SAVE_TIMEOUT_MS = 60_000;

function saveImport(actorId: string | null, data: ImportInput, extraction: RowsExtraction) {
  return db.$transaction(
    async (tx) => {
      const actor = await authorize(actorId, 'article.import', tx);
      const original = await findOriginal(tx, extraction.hash);
      if (original && !data.allowDuplicate) throw duplicate(original);
      const conn = await transactionConnection(tx);
      const article = await insertArticle(conn, {
        title: data.title,
        publisher: data.publisher ?? null,
        byline: data.byline ?? null,
        url: data.url ?? null,
        publishedAt: data.publishedAt ?? null,
        language: data.language ?? null,
        rawInput: data.raw,
        plainText: extraction.text,
        textHash: extraction.hash,
        copyOfId: original?.id ?? null,
        extractorVersion: extraction.extractorVersion,
        importedById: actor.id,
      });
      await insertFirstVersion(tx, article.id);
      await insertLinks(conn, article.id, extraction);
      await insertClaims(conn, article.id, extraction);
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'article_import',
        entityId: article.id,
        articleId: article.id,
        after: {
          title: article.title,
          claims: extraction.claimCount,
          links: extraction.linkCount,
          extractorVersion: extraction.extractorVersion,
        },
      });
      return { ...article, claimCount: extraction.claimCount };
    },
    { timeout: SAVE_TIMEOUT_MS, maxWait: 10_000 },
  );
}
