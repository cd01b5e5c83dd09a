import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, conflict, invalid, notFound, type SavedRecord } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { recordCorrection } from '@/lib/data/corrections';
import { updateClaimVersioned } from '@/lib/data/claims';
import { assertChecklist, checklist, loadPublishClaims } from '@/lib/data/publish-checklist';
import { updateVersioned } from '@/lib/data/versioned';
import { quote } from '@/lib/text';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZPublishSchema,
  ZSaveSummarySchema,
  ZSetIncludedSchema,
  ZUnpublishSchema,
  type TPublish,
  type TSaveSummary,
  type TSetIncluded,
  type TUnpublish,
} from '@/lib/validation/factchecks';

// The editor's publishing step: a fact-check per article, its summary, which claims it shows,
// the checklist that must pass (lib/data/publish-checklist.ts), and publish / unpublish /
// republish. Reads for readers are in lib/data/public.ts; corrections in lib/data/corrections.ts.
// Readers' cached copies are refreshed by the action pipeline from the events' articles.

const factCheckSelect = {
  id: true,
  articleId: true,
  slug: true,
  summary: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.FactCheckSelect;

type FactCheck = Prisma.FactCheckGetPayload<{ select: typeof factCheckSelect }>;

/** What a CONFLICT on a fact-check shows of it. */
const savedFactCheck = (f: FactCheck): SavedRecord => ({
  entity: 'factcheck',
  id: f.id,
  version: f.version,
  articleId: f.articleId,
  status: f.status,
  summary: f.summary,
});

/** Everything the publish page shows. Staff may look; only editors may act (see the mutations). */
export async function getPublishView(actorId: string | null, articleId: string) {
  await authorize(actorId, 'workspace.read');
  const [article, claims] = await Promise.all([
    db.article.findUnique({
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
            corrections: {
              orderBy: { createdAt: 'desc' },
              select: { id: true, createdAt: true, whatChanged: true, reason: true, claimId: true, by: { select: { name: true } } },
            },
          },
        },
      },
    }),
    loadPublishClaims(db, articleId),
  ]);
  if (!article) throw notFound('That article');
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

/** Applies `data` only if the fact-check is still at `version` (lib/data/versioned.ts). */
function updateFactCheckVersioned(tx: Tx, id: string, version: number, data: Prisma.FactCheckUpdateManyMutationInput) {
  return updateVersioned(
    { id, version },
    {
      write: (where) => tx.factCheck.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
      read: () => tx.factCheck.findUnique({ where: { id }, select: factCheckSelect }),
      saved: savedFactCheck,
      what: 'this fact-check',
      missing: 'That fact-check',
    },
  );
}

/** Writes the summary, creating the draft fact-check (with its stable slug) on first save (version 0). */
export async function saveSummary(actorId: string | null, input: TSaveSummary) {
  const data = parseOrThrow(ZSaveSummarySchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const article = await tx.article.findUnique({
      where: { id: data.articleId },
      select: { id: true, title: true, factCheck: { select: factCheckSelect } },
    });
    if (!article) throw notFound('That article');
    const before = article.factCheck;
    if (!before) {
      if (data.version !== 0) throw notFound('That fact-check');
      const created = await tx.factCheck.create({
        data: { articleId: article.id, slug: slugFor(article.title), summary: data.summary },
        select: factCheckSelect,
      });
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'factcheck_create',
        entityId: created.id,
        articleId: article.id,
        after: { summary: created.summary, slug: created.slug },
      });
      return created;
    }
    if (data.version === 0) throw conflict(savedFactCheck(before), 'this fact-check');
    const after = await updateFactCheckVersioned(tx, before.id, data.version, { summary: data.summary });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'factcheck_summary',
      entityId: after.id,
      articleId: article.id,
      before: { summary: before.summary },
      after: { summary: after.summary, slug: after.slug },
    });
    return after;
  });
}

/** Publishes, or republishes an unpublished fact-check. The slug and first-publication date stay. */
export async function publishFactCheck(actorId: string | null, input: TPublish) {
  const data = parseOrThrow(ZPublishSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, factCheck: { select: factCheckSelect } } });
    if (!article) throw notFound('That article');
    const before = article.factCheck;
    assertChecklist(checklist(before?.summary, await loadPublishClaims(tx, article.id)), 'publish');
    if (!before) throw notFound('That fact-check'); // unreachable: no fact-check means no summary
    if (before.status === 'published')
      throw new AppError({ code: 'CONFLICT', current: savedFactCheck(before) }, 'This fact-check is already published.');
    const after = await updateFactCheckVersioned(tx, before.id, data.version, { status: 'published', publishedAt: before.publishedAt ?? new Date() });
    await recordEvent(tx, {
      actorId: actor.id,
      action: before.publishedAt ? 'factcheck_republish' : 'factcheck_publish',
      entityId: after.id,
      articleId: article.id,
      before: { status: before.status },
      after: { status: after.status, slug: after.slug },
    });
    return after;
  });
}

/** Takes a published fact-check off the reader's side at once; it can be republished later. */
export async function unpublishFactCheck(actorId: string | null, input: TUnpublish) {
  const data = parseOrThrow(ZUnpublishSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const before = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: factCheckSelect });
    if (!before) throw notFound('That fact-check');
    if (before.status !== 'published') throw new AppError({ code: 'CONFLICT', current: savedFactCheck(before) }, 'This fact-check is not published.');
    const after = await updateFactCheckVersioned(tx, before.id, data.version, { status: 'unpublished' });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'factcheck_unpublish',
      entityId: after.id,
      articleId: data.articleId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/**
 * Includes a claim in the fact-check or leaves it out. On a published fact-check readers see the
 * change, so it needs a reason, is logged as a correction, and the page must still pass the
 * checklist afterwards (otherwise: unpublish first).
 */
export async function setClaimIncluded(actorId: string | null, input: TSetIncluded) {
  const data = parseOrThrow(ZSetIncludedSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const claim = await tx.claim.findUnique({
      where: { id: data.claimId },
      select: {
        id: true,
        text: true,
        status: true,
        included: true,
        articleId: true,
        article: { select: { factCheck: { select: factCheckSelect } } },
      },
    });
    if (!claim) throw notFound('That claim');
    if (!ACTIVE_STATUSES.includes(claim.status)) {
      throw invalid('Only accepted claims can be part of a fact-check; this one is a suggestion or was dismissed.');
    }
    const fc = claim.article.factCheck;
    const live = fc?.status === 'published' ? fc : null;
    if (live && !data.reason) {
      throw invalid('This fact-check is published: say why, for the corrections log.', { reason: ['Say why, for the corrections log readers see.'] });
    }
    const after = await updateClaimVersioned(tx, claim.id, data.version, { included: data.included });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claim_included',
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: { included: claim.included },
      after: { included: after.included },
    });
    if (live && data.reason && claim.included !== data.included) {
      assertChecklist(checklist(live.summary, await loadPublishClaims(tx, claim.articleId)), 'change the published fact-check');
      await recordCorrection(tx, {
        factCheckId: live.id,
        claimId: claim.id,
        whatChanged: `${data.included ? 'Added the claim' : 'Removed the claim'} ${quote(claim.text, 70)} ${data.included ? 'to' : 'from'} this fact-check.`,
        reason: data.reason,
        byId: actor.id,
      });
    }
    return after;
  });
}
