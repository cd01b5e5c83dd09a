import 'server-only';
import { db, queryRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from '@/lib/auth/actor';
import { assertCan, rolesWith } from '@/lib/auth/permissions';
import { conflict, invalidField, notFound, type SavedRecord } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { notify } from '@/lib/data/notifications';
import { quote } from '@/lib/text';
import { writeCorrectionIn } from '@/lib/data/corrections';
import { canonical } from '@/lib/data/snapshot-data';
import { admitFeedback, newReference } from '@/lib/feedback/limit';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZWriteCorrectionSchema } from '@/lib/validation/factchecks';
import { createHash } from 'node:crypto';
import {
  HONEYPOT_FIELD,
  ZAcceptReportSchema,
  ZDeclineReportSchema,
  ZSubmitReportSchema,
  ZSubmitTipSchema,
  ZDeclineTipSchema,
  ZTipToArticleSchema,
  ZTipToClaimSchema,
  type TAcceptReport,
  type TDeclineReport,
  type TSubmitReport,
  type TSubmitTip,
  type TDeclineTip,
  type TTipToArticle,
  type TTipToClaim,
} from '@/lib/validation/feedback';

// Reader feedback (issue 13). Readers send an error report on a published fact-check (or one of
// its claims) or a tip (a claim to check) with no account: the input is parsed like any other, a
// per-client limit counts every message (lib/feedback/limit.ts), and a filled honeypot is answered
// exactly like a success while nothing is stored. Staff triage at /feedback: editors accept a
// report (a correction on the fact-check, in the same transaction) or decline it with a reason;
// journalists and editors turn a tip into an article or a claim, or decline it. Every triage names the version it was loaded with and writes its history event.

/** What the sender is shown: the reference to quote if they write again. */
export type FeedbackReceipt = { reference: string };

/**
 * The published fact-check a reader reports on, and the claim they name by its number on the
 * reader's pages (a retired number finds the claim that took it over). Published only: readers
 * cannot report on what they cannot see.
 */
async function reportTarget(slug: string, n: number | null) {
  const fc = await db.factCheck.findFirst({
    where: { slug, status: 'published', snapshots: { some: {} } },
    select: { id: true, snapshots: { orderBy: { number: 'desc' }, take: 1, select: { data: true } } },
  });
  const snapshot = fc?.snapshots[0];
  if (!fc || !snapshot) throw notFound('That fact-check');
  if (n === null) return { factCheckId: fc.id, claimId: null };
  const claims = canonical(snapshot.data).claims;
  const claim = claims.find((c, i) => (c.number ?? i + 1) === n) ?? claims.find((c) => c.formerNumbers.includes(n)) ?? invalidClaim();
  return { factCheckId: fc.id, claimId: claim.id };
}

const invalidClaim = (): never => {
  throw invalidField('claim', 'That claim is not part of this fact-check.');
};

/**
 * A reader's error report. `client` is the sender's address (lib/auth/client-address.ts), the
 * key of the per-client limit; no account is involved. Bad input is refused before it is counted.
 */
export async function submitReport(client: string, input: TSubmitReport): Promise<FeedbackReceipt> {
  const data = parseOrThrow(ZSubmitReportSchema, input);
  await admitFeedback(client);
  const reference = newReference('R');
  // A bot filled the hidden field: it is told what a person would be, and nothing is stored.
  if (data[HONEYPOT_FIELD]) return { reference };
  const target = await reportTarget(data.slug, data.claim);
  await db.$transaction(async (tx) => {
    await tx.readerReport.create({
      data: {
        reference,
        ...target,
        claimNumber: data.claim,
        whatIsWrong: data.whatIsWrong,
        evidenceUrl: data.evidenceUrl ?? null,
        email: data.email ?? null,
      },
    });
    const text = `A reader reported an error${data.claim ? ` in claim ${data.claim}` : ''} of /fact-checks/${data.slug} (${reference}): ${quote(data.whatIsWrong, 80)}`;
    await notify(tx, { roles: rolesWith('report.triage') }, { kind: 'report', text, url: '/feedback' });
  });
  return { reference };
}

/** A reader's tip: a claim they would like checked, and where they saw it. */
export async function submitTip(client: string, input: TSubmitTip): Promise<FeedbackReceipt> {
  const data = parseOrThrow(ZSubmitTipSchema, input);
  await admitFeedback(client);
  const reference = newReference('T');
  if (data[HONEYPOT_FIELD]) return { reference };
  await db.$transaction(async (tx) => {
    await tx.tip.create({ data: { reference, claimText: data.claimText, seenAtUrl: data.seenAtUrl ?? null, email: data.email ?? null } });
    const text = `A reader sent a claim to check (${reference}): ${quote(data.claimText, 80)}`;
    await notify(tx, { roles: rolesWith('tip.triage') }, { kind: 'tip', text, url: '/feedback' });
  });
  return { reference };
}

const reportSelect = {
  id: true,
  reference: true,
  version: true,
  status: true,
  whatIsWrong: true,
  claimId: true,
  triagedBy: { select: { name: true } },
  factCheck: { select: { articleId: true } },
} as const;

type ReportRow = { id: string; version: number; status: string; triagedBy: { name: string } | null };

export const savedFeedback = (kind: 'report' | 'tip', r: ReportRow): SavedRecord => ({
  entity: 'feedback',
  kind,
  id: r.id,
  version: r.version,
  status: r.status,
  triagedBy: r.triagedBy?.name ?? null,
});

/**
 * Marks a new report triaged if it is still at the version the form was loaded with. Anything
 * else (someone triaged it first, or it is already triaged) is a CONFLICT showing what is saved.
 */
async function claimReport(
  tx: Tx,
  id: string,
  version: number,
  triagedById: string,
  data: { status: 'accepted' | 'declined'; declineReason?: string },
) {
  const before = await tx.readerReport.findUnique({ where: { id }, select: reportSelect });
  if (!before) throw notFound('That report');
  const { count } = await tx.readerReport.updateMany({
    where: { id, version, status: 'new' },
    data: { ...data, triagedById, triagedAt: new Date(), version: { increment: 1 } },
  });
  // What is saved now, not what was read before the update: someone may have triaged it between the two.
  if (count === 0)
    throw conflict(savedFeedback('report', (await tx.readerReport.findUnique({ where: { id }, select: reportSelect })) ?? before), 'this report');
  return before;
}

const reportWords = (r: { reference: string; whatIsWrong: string }) => ({ reference: r.reference, whatIsWrong: r.whatIsWrong });

/**
 * Accepts a report: the editor's correction is published on the fact-check (writeCorrection's
 * own code, lib/data/corrections.ts) and linked to the report, in one transaction with the history.
 */
export async function acceptReport(actorId: string | null, input: TAcceptReport) {
  const data = parseOrThrow(ZAcceptReportSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'report.triage', tx);
    assertCan(actor, 'correction.write');
    const report = await claimReport(tx, data.reportId, data.version, actor.id, { status: 'accepted' });
    const articleId = report.factCheck.articleId;
    const correctionInput = parseOrThrow(ZWriteCorrectionSchema, {
      articleId,
      claimId: report.claimId,
      whatChanged: data.whatChanged,
      reason: data.reason,
    });
    const correction = await writeCorrectionIn(tx, actor.id, correctionInput);
    await tx.readerReport.update({ where: { id: report.id }, data: { correctionId: correction.id } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'report_accept',
      entityId: report.id,
      articleId,
      claimId: report.claimId,
      before: { status: 'new' },
      after: { status: 'accepted', ...reportWords(report), whatChanged: correctionInput.whatChanged },
    });
    return { reference: report.reference, correctionId: correction.id };
  });
}

/** Declines a report with the editor's reason (kept for the record; readers see nothing). */
export async function declineReport(actorId: string | null, input: TDeclineReport) {
  const data = parseOrThrow(ZDeclineReportSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'report.triage', tx);
    const report = await claimReport(tx, data.reportId, data.version, actor.id, { status: 'declined', declineReason: data.reason });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'report_decline',
      entityId: report.id,
      articleId: report.factCheck.articleId,
      claimId: report.claimId,
      before: { status: 'new' },
      after: { status: 'declined', ...reportWords(report), reason: data.reason },
    });
    return { reference: report.reference };
  });
}

// ---- Tips ----

const tipSelect = {
  id: true,
  reference: true,
  version: true,
  status: true,
  claimText: true,
  seenAtUrl: true,
  triagedBy: { select: { name: true } },
} as const;

type TipChange = { status: 'used' | 'declined'; declineReason?: string; articleId?: string; claimId?: string };

/** As claimReport, for a tip. */
async function claimTip(tx: Tx, id: string, version: number, triagedById: string, data: TipChange) {
  const before = await tx.tip.findUnique({ where: { id }, select: tipSelect });
  if (!before) throw notFound('That tip');
  const { count } = await tx.tip.updateMany({
    where: { id, version, status: 'new' },
    data: { ...data, triagedById, triagedAt: new Date(), version: { increment: 1 } },
  });
  if (count === 0) throw conflict(savedFeedback('tip', (await tx.tip.findUnique({ where: { id }, select: tipSelect })) ?? before), 'this tip');
  return before;
}

const tipWords = (t: { reference: string; claimText: string }) => ({ reference: t.reference, claimText: t.claimText });
const fromNew = { status: 'new' } as const;

/**
 * A tip becomes a claim to research: a small article holding the reader's words (titled with the
 * tip's reference, its address where the reader saw the claim) and one open claim spanning them,
 * all in one transaction with their history. The same text imported before makes this a copy.
 */
export async function tipToClaim(actorId: string | null, input: TTipToClaim) {
  const data = parseOrThrow(ZTipToClaimSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'tip.triage', tx);
    assertCan(actor, 'article.import');
    const tip = await tx.tip.findUnique({ where: { id: data.tipId }, select: tipSelect });
    if (!tip) throw notFound('That tip');
    const text = tip.claimText;
    const textHash = createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
    const original = await tx.article.findFirst({ where: { textHash, copyOfId: null }, select: { id: true } });
    const title = `Reader tip ${tip.reference}`;
    const article = await tx.article.create({
      data: { title, url: tip.seenAtUrl, rawInput: text, plainText: text, textHash, copyOfId: original?.id ?? null, importedById: actor.id },
      select: { id: true },
    });
    await tx.articleVersion.create({ data: { articleId: article.id, number: 1, rawInput: text, plainText: text, textHash, importedById: actor.id } });
    const claim = await tx.claim.create({
      data: { articleId: article.id, start: 0, end: text.length, text, status: 'open', recommended: true, createdById: actor.id },
      select: { id: true, number: true },
    });
    await claimTip(tx, tip.id, data.version, actor.id, { status: 'used', articleId: article.id, claimId: claim.id });
    const names = { actorId: actor.id, articleId: article.id };
    await recordEvent(tx, {
      ...names,
      action: 'article_import',
      entityId: article.id,
      after: { title, claims: 1, links: 0, extractorVersion: 'reader tip' },
    });
    const span = { start: 0, end: text.length, text };
    await recordEvent(tx, { ...names, action: 'claim_create', entityId: claim.id, claimId: claim.id, after: { ...span, status: 'open' } });
    await recordEvent(tx, {
      ...names,
      action: 'tip_claim',
      entityId: tip.id,
      claimId: claim.id,
      before: fromNew,
      after: { status: 'used', ...tipWords(tip) },
    });
    return { reference: tip.reference, articleId: article.id, claimId: claim.id, claimNumber: claim.number };
  });
}

/** A tip led to an article imported as usual (/articles/new, prefilled from the tip): linked here. */
export async function tipToArticle(actorId: string | null, input: TTipToArticle) {
  const data = parseOrThrow(ZTipToArticleSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'tip.triage', tx);
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, title: true } });
    if (!article) throw invalidField('articleId', 'Choose one of the articles in the list.');
    const tip = await claimTip(tx, data.tipId, data.version, actor.id, { status: 'used', articleId: article.id });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'tip_article',
      entityId: tip.id,
      articleId: article.id,
      before: fromNew,
      after: { status: 'used', ...tipWords(tip) },
    });
    return { reference: tip.reference, articleId: article.id, title: article.title };
  });
}

export async function declineTip(actorId: string | null, input: TDeclineTip) {
  const data = parseOrThrow(ZDeclineTipSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'tip.triage', tx);
    const tip = await claimTip(tx, data.tipId, data.version, actor.id, { status: 'declined', declineReason: data.reason });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'tip_decline',
      entityId: tip.id,
      before: fromNew,
      after: { status: 'declined', ...tipWords(tip), reason: data.reason },
    });
    return { reference: tip.reference };
  });
}

// ---- The /feedback page ----

/** New items first (the enums' order: new, then triaged), newest first within each. */
const queueOrder = [{ status: 'asc' }, { createdAt: 'desc' }, { id: 'asc' }] as const;
const QUEUE_SIZE = 100;

/**
 * What the workspace header shows on every page, in one statement: new reader feedback (reports
 * and tips: counts on (status, created_at) indexes) and the person's unread notifications.
 */
export async function headerCounts(actorId: string | null): Promise<{ feedback: number; unread: number }> {
  const me = await authorize(actorId, 'workspace.read');
  // On every workspace page: sent by pg (queryRows), the counts cast to int.
  const [row] = await queryRows<{ feedback: number; unread: number }>(Prisma.sql`
    SELECT ((SELECT count(*) FROM reader_reports WHERE status = 'new') + (SELECT count(*) FROM tips WHERE status = 'new'))::int AS feedback,
           (SELECT count(*) FROM notifications WHERE user_id = ${me.id} AND read_at IS NULL)::int AS unread`);
  return row ?? { feedback: 0, unread: 0 };
}

/** The /feedback page in one read: reports and tips (new first), their counts, and recent articles to link a tip to. */
export async function listFeedback(actorId: string | null) {
  await authorize(actorId, 'workspace.read');
  const [reports, tips, newReports, newTips, articles] = await Promise.all([
    db.readerReport.findMany({
      orderBy: [...queueOrder],
      take: QUEUE_SIZE,
      select: {
        ...reportSelect,
        claimNumber: true,
        evidenceUrl: true,
        email: true,
        declineReason: true,
        createdAt: true,
        triagedAt: true,
        correction: { select: { whatChanged: true } },
        factCheck: { select: { articleId: true, slug: true, status: true, article: { select: { title: true } } } },
      },
    }),
    db.tip.findMany({
      orderBy: [...queueOrder],
      take: QUEUE_SIZE,
      select: {
        ...tipSelect,
        email: true,
        declineReason: true,
        createdAt: true,
        triagedAt: true,
        article: { select: { id: true, title: true } },
        claim: { select: { id: true, number: true } },
      },
    }),
    db.readerReport.count({ where: { status: 'new' } }),
    db.tip.count({ where: { status: 'new' } }),
    db.article.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 30, select: { id: true, title: true } }),
  ]);
  return { reports, tips, counts: { reports: newReports, tips: newTips }, articles };
}

export type FeedbackQueue = Awaited<ReturnType<typeof listFeedback>>;
