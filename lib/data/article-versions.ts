import 'server-only';
import { db, transactionConnection, type Tx } from '@/lib/db';
import { reanchor, wordDiff, type Reanchored } from '@/lib/anchoring';
import { authorize } from '@/lib/auth/actor';
import { conflict, invalid, invalidField, notFound } from '@/lib/errors';
import { recordEvent, recordEvents } from '@/lib/data/events';
import { insertClaims, insertLinks, jsonChunks } from '@/lib/data/import-write';
import { claimSummarySelect, updateClaimVersioned } from '@/lib/data/claims';
import { planReanchor, uncoveredSuggestions, type ClaimUpdate, type Plan } from '@/lib/data/reanchor-plan';
import { anchorSettled, loadAtVersion, placed } from '@/lib/data/span-rules';
import { extractOffThread, type RowsExtraction } from '@/lib/jobs/extraction-pool';
import { collectAfterLongText } from '@/lib/memory';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZCompareVersionsSchema,
  ZImportVersionSchema,
  ZSettleAnchorSchema,
  type TCompareVersions,
  type TImportVersion,
  type TSettleAnchor,
} from '@/lib/validation/articles';

// Publishers edit articles after we check them (issue 11). A new version replaces the article's
// text; every version stays in article_versions; the claims follow their words
// (lib/anchoring, planned in lib/data/reanchor-plan.ts), and what changed waits on the review
// list until someone confirms it, re-marks its words or leaves it out. Nothing is deleted: an
// orphaned claim keeps its sources, notes and verdicts.

/** Room for the largest article (~6,000 claims re-anchored) on a busy machine. */
const SAVE_TIMEOUT_MS = 60_000;

type Current = { id: string; title: string; plain_text: string; text_hash: string; current_version: number; copy_of_id: string | null };

/** The steps of a new version, reported to whoever waits for it (lib/data/tasks.ts shows them). */
export type VersionPhase = 'reading' | 'reanchoring' | 'saving';

/**
 * Imports a new version of an article's text and re-anchors its claims, in one transaction. The
 * version form queues it (lib/data/tasks.ts) and the job queue runs it, reporting its steps.
 */
export async function importArticleVersion(actorId: string | null, input: TImportVersion, onPhase: (p: VersionPhase) => unknown = () => {}) {
  const data = parseOrThrow(ZImportVersionSchema, input);
  await authorize(actorId, 'claim.review');
  await onPhase('reading');
  const extraction = await extractOffThread(data.raw, 'rows');
  if (extraction.empty) throw invalidField('raw', 'No readable text was found in that input.');
  await onPhase('reanchoring');
  const saved = db.$transaction(
    async (tx) => {
      const actor = await authorize(actorId, 'claim.review', tx);
      const article = await lockArticle(tx, data.articleId, data.baseVersion);
      if (article.text_hash === extraction.hash) throw invalidField('raw', 'This is the text the article has now: nothing changed.');
      await refuseTextOfAnother(tx, article, extraction.hash);
      const number = article.current_version + 1;
      const plan = await reanchorClaims(tx, article, extraction.text);
      await onPhase('saving');
      const suggested = await suggestNewSentences(tx, article.id, extraction);
      await replaceText(tx, article.id, number, data.raw, extraction, actor.id);
      await recordEvents(tx, [
        {
          actorId: actor.id,
          action: 'article_version',
          entityId: article.id,
          articleId: article.id,
          before: { version: article.current_version, length: article.plain_text.length },
          after: { version: number, length: extraction.text.length, ...plan.counts, suggested },
        },
        ...plan.flagged.map((f) => ({
          actorId: actor.id,
          action: 'claim_reanchor' as const,
          entityId: f.id,
          claimId: f.id,
          articleId: article.id,
          before: { text: f.before },
          after: { anchor: f.status, similarity: round(f.similarity), text: f.after, version: number },
        })),
      ]);
      return { articleId: article.id, version: number, ...plan.counts, suggested };
    },
    { timeout: SAVE_TIMEOUT_MS, maxWait: 10_000 },
  );
  return saved.finally(() => collectAfterLongText(data.raw.length));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The article, locked for this transaction; CONFLICT if a version was imported since the user looked. */
async function lockArticle(tx: Tx, id: string, baseVersion: number): Promise<Current> {
  const [article] = await tx.$queryRaw<Current[]>`
    SELECT id, title, plain_text, text_hash, current_version, copy_of_id FROM articles WHERE id = ${id} FOR UPDATE`;
  if (!article) throw notFound('That article');
  if (article.current_version !== baseVersion) {
    throw conflict(
      { entity: 'article', id: article.id, title: article.title },
      `this article (version ${article.current_version} was imported meanwhile)`,
    );
  }
  return article;
}

/** One original per text (articles_text_hash_original_key): a new version may not become another article's text. */
async function refuseTextOfAnother(tx: Tx, article: Current, hash: string) {
  if (article.copy_of_id) return;
  const other = await tx.article.findFirst({ where: { textHash: hash, copyOfId: null, id: { not: article.id } }, select: { title: true } });
  if (other) throw invalidField('raw', `That text is already the article “${other.title}”.`);
}

async function reanchorClaims(tx: Tx, article: Current, newText: string): Promise<Plan> {
  const rows = await tx.claim.findMany({
    where: { articleId: article.id },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      start: true,
      end: true,
      text: true,
      prefix: true,
      suffix: true,
      anchorStatus: true,
      anchorPending: true,
      textBefore: true,
      needsRecheck: true,
      _count: { select: { verdicts: { where: { kind: 'ruled' } } } },
    },
  });
  const claims = rows.map(({ _count, ...c }) => ({ ...c, ruled: _count.verdicts > 0 }));
  // Claims orphaned by an earlier version have offsets in an older text: only their words can be
  // looked for (lookForOrphan); the others are re-anchored from the current text.
  const inText = claims.filter((c) => c.anchorStatus !== 'orphaned');
  const results = reanchor(
    article.plain_text,
    newText,
    inText.map((c) => ({ start: c.start, end: c.end, exact: c.text, prefix: c.prefix, suffix: c.suffix })),
  );
  const orphans = claims.filter((c) => c.anchorStatus === 'orphaned');
  const plan = planReanchor(newText, [...inText, ...orphans], [...results, ...orphans.map((c) => lookForOrphan(newText, c))]);
  await writeUpdates(tx, plan.updates);
  return plan;
}

/** An earlier orphan whose words are back, once, in the new text: moved there; otherwise still orphaned. */
function lookForOrphan(newText: string, c: { start: number; end: number; text: string }): Reanchored {
  const at = newText.indexOf(c.text);
  const once = at >= 0 && newText.indexOf(c.text, at + 1) < 0;
  const old = { start: c.start, end: c.end, text: c.text };
  return once
    ? { old, status: 'moved', new: { start: at, end: at + c.text.length, text: c.text }, similarity: 1 }
    : { old, status: 'orphaned', new: null, similarity: 0 };
}

/** Every changed claim in a handful of statements (rows as JSON, like the import's inserts). */
async function writeUpdates(tx: Tx, updates: ClaimUpdate[]) {
  for (const json of jsonChunks(updates)) {
    await tx.$executeRaw`
    UPDATE claims c SET start = r.start, "end" = r."end", text = r.text, prefix = r.prefix, suffix = r.suffix,
      anchor_status = r."anchorStatus"::"AnchorStatus", anchor_pending = r."anchorPending", anchor_similarity = r."anchorSimilarity",
      text_before = r."textBefore", needs_recheck = r."needsRecheck", version = c.version + 1, updated_at = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${json}::jsonb) AS r(
      id text, start int, "end" int, text text, prefix text, suffix text, "anchorStatus" text, "anchorPending" boolean,
      "anchorSimilarity" double precision, "textBefore" text, "needsRecheck" boolean)
    WHERE c.id = r.id`;
  }
}

/** The extractor's sentences of the new text that no placed claim covers, saved as suggestions. */
async function suggestNewSentences(tx: Tx, articleId: string, extraction: RowsExtraction): Promise<number> {
  const spans = await tx.claim.findMany({ where: { articleId, ...placed }, select: { start: true, end: true } });
  const found = extraction.claimsJson.flatMap((json) => JSON.parse(json) as { start: number; end: number }[]);
  const fresh = uncoveredSuggestions(found, spans).map((i) => found[i]!);
  await insertClaims(await transactionConnection(tx), articleId, { claimsJson: jsonChunks(fresh) });
  return fresh.length;
}

async function replaceText(tx: Tx, articleId: string, number: number, raw: string, extraction: RowsExtraction, byId: string) {
  await tx.articleLink.deleteMany({ where: { articleId } });
  await insertLinks(await transactionConnection(tx), articleId, extraction);
  await tx.article.update({
    where: { id: articleId },
    data: {
      rawInput: raw,
      plainText: extraction.text,
      textHash: extraction.hash,
      extractorVersion: extraction.extractorVersion,
      currentVersion: number,
    },
  });
  await tx.articleVersion.create({
    data: {
      articleId,
      number,
      rawInput: raw,
      plainText: extraction.text,
      textHash: extraction.hash,
      extractorVersion: extraction.extractorVersion,
      importedById: byId,
    },
  });
}

type Settle = 'confirm' | 'leave_out';

/**
 * Settles what a new version did to one claim: `confirm` accepts the changed words as the claim;
 * `leave_out` keeps the claim (and its research) out of the fact-check. Re-marking the words is
 * editClaimSpan, which settles it too.
 */
async function settleAnchor(actorId: string | null, input: TSettleAnchor, how: Settle) {
  const data = parseOrThrow(ZSettleAnchorSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const before = await loadAtVersion(tx, data.claimId, data.version);
    const row = await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: { anchorStatus: true, anchorPending: true } });
    if (!row.anchorPending) throw invalid('Nothing is waiting on this claim: someone has settled it already.');
    if (how === 'confirm' && row.anchorStatus === 'orphaned') {
      throw invalid('The words of this claim are gone from the article: mark its new words in the text, or leave it out.');
    }
    const change = how === 'confirm' ? anchorSettled : { anchorPending: false, included: false };
    const after = await updateClaimVersioned(tx, before.id, data.version, change);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim_reanchor',
      entityId: before.id,
      claimId: before.id,
      articleId: before.articleId,
      before: { text: before.text },
      after: { anchor: how === 'confirm' ? 'confirmed' : 'left_out', text: after.text },
    });
    return after;
  });
}

export const confirmAnchor = (actorId: string | null, input: TSettleAnchor) => settleAnchor(actorId, input, 'confirm');
export const leaveOutAnchor = (actorId: string | null, input: TSettleAnchor) => settleAnchor(actorId, input, 'leave_out');

/**
 * The versions page: the article, its versions newest first, and (when two are named) their
 * word-level difference. One read, authorized once.
 */
export async function getVersionsView(actorId: string | null, input: TCompareVersions | { articleId: string }) {
  await authorize(actorId, 'workspace.read');
  const compare = 'a' in input ? parseOrThrow(ZCompareVersionsSchema, input) : null;
  const article = await db.article.findUnique({
    where: { id: input.articleId },
    select: {
      id: true,
      title: true,
      currentVersion: true,
      versions: { orderBy: { number: 'desc' }, select: { number: true, createdAt: true, importedBy: { select: { name: true } } } },
    },
  });
  if (!article) throw notFound('That article');
  return { article, comparison: compare ? await compareVersions(compare) : null };
}

async function compareVersions({ articleId, a, b }: { articleId: string; a: number; b: number }) {
  const rows = await db.articleVersion.findMany({ where: { articleId, number: { in: [a, b] } }, select: { number: true, plainText: true } });
  const older = rows.find((r) => r.number === a);
  const newer = rows.find((r) => r.number === b);
  if (!older || !newer) throw notFound('That version');
  return { a, b, diff: wordDiff(older.plainText, newer.plainText) };
}

/** The claims a new version changed that nobody has settled yet, for the review list. */
export async function pendingAnchors(client: Tx | typeof db, articleId: string) {
  return client.claim.findMany({
    where: { articleId, anchorPending: true },
    orderBy: [{ anchorStatus: 'desc' }, { start: 'asc' }],
    select: { ...claimSummarySelect, anchorStatus: true, anchorSimilarity: true, textBefore: true, needsRecheck: true },
  });
}
