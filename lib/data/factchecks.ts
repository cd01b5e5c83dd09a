import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, conflict, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { recordCorrection } from '@/lib/data/corrections-core';
import { updateClaimVersioned } from '@/lib/data/claims';
import { invalidatePublicFactCheck } from '@/lib/public-cache';
import { ACTIVE_STATUSES, STATUS_LABELS } from '@/lib/workflow';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZPublishSchema, ZSaveSummarySchema, ZSetIncludedSchema, ZUnpublishSchema } from '@/lib/validation/factchecks';
import type { ClaimStatus, Rating } from '@/lib/generated/prisma/enums';

// The editor's publishing step: a fact-check per article, its summary, which claims it shows,
// the checklist that must pass, and publish / unpublish / republish. Reads for readers are in
// lib/data/public.ts; standalone corrections in lib/data/corrections.ts.

/** Claims that count for the fact-check: accepted into the desk's work and not left out. */
const activeClaimWhere = (articleId: string) => ({ articleId, status: { in: [...ACTIVE_STATUSES] } });

const publishClaimSelect = {
  id: true,
  text: true,
  claimant: true,
  status: true,
  included: true,
  version: true,
  _count: { select: { sources: true } },
  // Verdicts are append-only; the latest ruled one is the current verdict.
  verdicts: {
    where: { kind: 'ruled' },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { rating: true, explanation: true, attributionConfirmed: true, createdAt: true },
  },
} as const;

export type PublishClaim = {
  id: string;
  text: string;
  claimant: string | null;
  status: ClaimStatus;
  included: boolean;
  version: number;
  sourceCount: number;
  verdict: { rating: Rating; explanation: string; attributionConfirmed: boolean; createdAt: Date } | null;
};

export type ChecklistItem = { id: 'claims' | 'review' | 'verdicts' | 'claimants' | 'sources' | 'summary'; label: string; problems: string[] };

const short = (t: string) => `“${t.length > 70 ? `${t.slice(0, 67).trimEnd()}…` : t}”`;

/** The publish checklist, item by item. Pure: the page shows it, publishing enforces it. */
export function checklist(summary: string | null | undefined, claims: PublishClaim[]): ChecklistItem[] {
  const included = claims.filter((c) => c.included);
  const underReview = included.filter((c) => c.status !== 'ruled');
  const ruled = included.filter((c) => c.status === 'ruled');
  return [
    {
      id: 'claims',
      label: 'At least one claim is included',
      problems: included.length ? [] : ['Include at least one claim: a fact-check with no claims has nothing to show readers.'],
    },
    {
      id: 'review',
      label: 'Nothing included is still under review',
      problems: underReview.map((c) => `${short(c.text)} is still ${STATUS_LABELS[c.status].toLowerCase()}: rule on it or leave it out.`),
    },
    {
      id: 'verdicts',
      label: 'Every included claim has a ruled verdict with an explanation',
      problems: ruled.filter((c) => !c.verdict?.explanation.trim()).map((c) => `${short(c.text)} has no ruled verdict with an explanation.`),
    },
    {
      id: 'claimants',
      label: 'Every included claim has a claimant',
      problems: included.filter((c) => !c.claimant?.trim()).map((c) => `${short(c.text)} has no claimant: say who made the claim.`),
    },
    {
      id: 'sources',
      label: 'Every included claim has at least one source',
      problems: included.filter((c) => c.sourceCount === 0).map((c) => `${short(c.text)} has no source: add at least one.`),
    },
    {
      id: 'summary',
      label: 'The fact-check has a summary',
      problems: summary?.trim() ? [] : ['Write a summary of the fact-check.'],
    },
  ];
}

async function loadClaims(tx: Tx | typeof db, articleId: string): Promise<PublishClaim[]> {
  const rows = await tx.claim.findMany({ where: activeClaimWhere(articleId), orderBy: { start: 'asc' }, select: publishClaimSelect });
  return rows.map(({ _count, verdicts, ...c }) => ({ ...c, sourceCount: _count.sources, verdict: verdicts[0] ?? null }));
}

const factCheckSelect = { id: true, slug: true, summary: true, status: true, publishedAt: true, updatedAt: true, version: true } as const;

/** Everything the publish page shows. Staff may look; only editors may act (see the mutations). */
export async function getPublishView(userId: string | null, articleId: string) {
  await authorize(userId, 'workspace.read');
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedAt: true,
      url: true,
      factCheck: {
        select: {
          ...factCheckSelect,
          corrections: { orderBy: { createdAt: 'desc' }, select: { id: true, createdAt: true, whatChanged: true, reason: true, claimId: true, by: { select: { name: true } } } },
        },
      },
    },
  });
  if (!article) throw notFound('That article');
  const claims = await loadClaims(db, articleId);
  const { factCheck, ...rest } = article;
  return { article: rest, factCheck, claims, checklist: checklist(factCheck?.summary, claims) };
}

function slugFor(title: string) {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  // A random suffix: slugs are never reused or guessable from the title alone, and a page cached
  // for one fact-check can never be served for another that happens to share a title.
  return `${base || 'fact-check'}-${randomBytes(4).toString('hex')}`;
}

/** Applies `data` only if the fact-check is still at `version` (0 = must not exist yet). */
async function updateFactCheckVersioned(tx: Tx, articleId: string, version: number, data: { summary?: string; status?: 'published' | 'unpublished'; publishedAt?: Date }) {
  const r = await tx.factCheck.updateMany({ where: { articleId, version }, data: { ...data, version: { increment: 1 } } });
  if (r.count === 0) {
    const current = await tx.factCheck.findUnique({ where: { articleId }, select: factCheckSelect });
    if (!current) throw notFound('That fact-check');
    throw conflict(current, 'this fact-check');
  }
  return tx.factCheck.findUniqueOrThrow({ where: { articleId }, select: factCheckSelect });
}

/** Writes the summary, creating the draft fact-check (with its stable slug) on first save. */
export async function saveSummary(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSaveSummarySchema, input);
  const fc = await db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'factcheck.publish', tx);
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, title: true, factCheck: { select: factCheckSelect } } });
    if (!article) throw notFound('That article');
    const before = article.factCheck;
    let after;
    if (!before) {
      if (data.version !== 0) throw notFound('That fact-check');
      after = await tx.factCheck.create({ data: { articleId: article.id, slug: slugFor(article.title), summary: data.summary }, select: factCheckSelect });
    } else {
      if (data.version === 0) throw conflict(before, 'this fact-check');
      after = await updateFactCheckVersioned(tx, article.id, data.version, { summary: data.summary });
    }
    await recordEvent(tx, {
      actorId: actor.id,
      action: before ? 'factcheck.summary' : 'factcheck.create',
      entityType: 'factcheck',
      entityId: after.id,
      articleId: article.id,
      before: before ? { summary: before.summary } : undefined,
      after: { summary: after.summary, slug: after.slug },
    });
    return after;
  });
  if (fc.status === 'published') invalidatePublicFactCheck(fc.slug);
  return fc;
}

/** Refuses with one message per failing checklist item (field errors keyed by item id). */
function assertChecklist(items: ChecklistItem[], doing: string) {
  const failing = items.filter((i) => i.problems.length);
  if (!failing.length) return;
  const details = Object.fromEntries(failing.map((i) => [i.id, i.problems]));
  const n = failing.length;
  throw new AppError('INVALID', `Cannot ${doing}: ${n} checklist item${n === 1 ? '' : 's'} fail${n === 1 ? 's' : ''}. ${failing[0]!.problems[0]}`, details);
}

/** Publishes, or republishes an unpublished fact-check. The slug and first-publication date stay. */
export async function publishFactCheck(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZPublishSchema, input);
  const fc = await db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'factcheck.publish', tx);
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, factCheck: { select: factCheckSelect } } });
    if (!article) throw notFound('That article');
    const before = article.factCheck;
    assertChecklist(checklist(before?.summary, await loadClaims(tx, article.id)), 'publish');
    if (!before) throw notFound('That fact-check'); // unreachable: no fact-check means no summary
    if (before.status === 'published') throw new AppError('CONFLICT', 'This fact-check is already published.', before);
    const after = await updateFactCheckVersioned(tx, article.id, data.version, { status: 'published', publishedAt: before.publishedAt ?? new Date() });
    await recordEvent(tx, {
      actorId: actor.id,
      action: before.publishedAt ? 'factcheck.republish' : 'factcheck.publish',
      entityType: 'factcheck',
      entityId: after.id,
      articleId: article.id,
      before: { status: before.status },
      after: { status: after.status, slug: after.slug },
    });
    return after;
  });
  invalidatePublicFactCheck(fc.slug);
  return fc;
}

/** Takes a published fact-check off the reader's side at once; it can be republished later. */
export async function unpublishFactCheck(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZUnpublishSchema, input);
  const fc = await db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'factcheck.publish', tx);
    const before = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: factCheckSelect });
    if (!before) throw notFound('That fact-check');
    if (before.status !== 'published') throw new AppError('CONFLICT', 'This fact-check is not published.', before);
    const after = await updateFactCheckVersioned(tx, data.articleId, data.version, { status: 'unpublished' });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'factcheck.unpublish',
      entityType: 'factcheck',
      entityId: after.id,
      articleId: data.articleId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
  invalidatePublicFactCheck(fc.slug);
  return fc;
}

/**
 * Includes a claim in the fact-check or leaves it out. On a published fact-check readers see the
 * change, so it needs a reason, is logged as a correction, and the page must still pass the
 * checklist afterwards (otherwise: unpublish first).
 */
export async function setClaimIncluded(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZSetIncludedSchema, input);
  const result = await db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'factcheck.publish', tx);
    const claim = await tx.claim.findUnique({
      where: { id: data.claimId },
      select: { id: true, text: true, status: true, included: true, articleId: true, article: { select: { factCheck: { select: factCheckSelect } } } },
    });
    if (!claim) throw notFound('That claim');
    if (!ACTIVE_STATUSES.includes(claim.status)) {
      throw new AppError('INVALID', 'Only accepted claims can be part of a fact-check; this one is a suggestion or was dismissed.');
    }
    const fc = claim.article.factCheck;
    const live = fc?.status === 'published';
    if (live && !data.reason) {
      throw new AppError('INVALID', 'This fact-check is published: say why, for the corrections log.', { reason: ['Say why, for the corrections log readers see.'] });
    }
    const after = await updateClaimVersioned(tx, claim.id, data.version, { included: data.included });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim.included',
      entityType: 'claim',
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: { included: claim.included },
      after: { included: after.included },
    });
    if (live && fc && claim.included !== data.included) {
      assertChecklist(checklist(fc.summary, await loadClaims(tx, claim.articleId)), 'change the published fact-check');
      await recordCorrection(tx, {
        factCheckId: fc.id,
        claimId: claim.id,
        whatChanged: `${data.included ? 'Added the claim' : 'Removed the claim'} ${short(claim.text)} ${data.included ? 'to' : 'from'} this fact-check.`,
        reason: data.reason!,
        byId: actor.id,
      });
    }
    return { claim: after, slug: live ? fc!.slug : null };
  });
  if (result.slug) invalidatePublicFactCheck(result.slug);
  return result.claim;
}
