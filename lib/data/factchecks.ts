import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { AppError, conflict, invalid, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { recordCorrection } from '@/lib/data/corrections';
import { updateClaimVersioned } from '@/lib/data/claims';
import { assertChecklist, checklist, loadPublishClaims } from '@/lib/data/publish-checklist';
import { factCheckSelect, savedFactCheck, updateFactCheckVersioned, type FactCheck } from '@/lib/data/factcheck-record';
import { attachPendingCorrections, buildSnapshotData, insertSnapshot, latestSnapshot } from '@/lib/data/snapshots';
import { describeChanges } from '@/lib/data/snapshot-data';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZPublishSchema,
  ZSaveBylinesSchema,
  ZSaveSummarySchema,
  ZSetIncludedSchema,
  ZUnpublishSchema,
  type TPublish,
  type TSaveBylines,
  type TSaveSummary,
  type TSetIncluded,
  type TUnpublish,
} from '@/lib/validation/factchecks';

// The editor's publishing step: a fact-check per article, its summary, which claims it shows,
// the checklist that must pass (lib/data/publish-checklist.ts), and publish / unpublish /
// republish. Publishing stores what readers see as a snapshot (lib/data/snapshots.ts); the
// workspace can change freely afterwards, and readers see those changes only when an editor
// publishes a new version with a note for the corrections log. Reads for readers are in
// lib/data/public.ts; corrections in lib/data/corrections.ts. Readers' cached copies are
// refreshed by the action pipeline from the events' articles (lib/public-cache.ts).

/** The publish page's read (lib/data/publish-view.ts), where pages have always found it. */
export { getPublishView } from '@/lib/data/publish-view';

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

/**
 * Creates the draft fact-check with its stable slug. Two editors saving the first summary at once
 * both saw no fact-check: ON CONFLICT DO NOTHING lets the second find the first one's row (read
 * committed: the insert waited for it) and answer CONFLICT with it, instead of a unique-key error.
 */
async function createDraft(tx: Tx, article: { id: string; title: string }, summary: string): Promise<FactCheck> {
  for (let attempt = 0; ; attempt++) {
    const slug = slugFor(article.title);
    const { count } = await tx.factCheck.createMany({ data: [{ articleId: article.id, slug, summary }], skipDuplicates: true });
    const saved = await tx.factCheck.findUnique({ where: { articleId: article.id }, select: factCheckSelect });
    if (count === 1 && saved) return saved;
    if (saved) throw conflict(savedFactCheck(saved), 'this fact-check');
    if (attempt === 2) throw new Error('No free slug for this fact-check.'); // three random collisions: not expected to happen
  }
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
      const created = await createDraft(tx, article, data.summary);
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

/**
 * Writes the bylines readers see with the next published version (and ClaimReview contributor /
 * editor): who checked the claims, who edited the fact-check. Names as the desk wants them shown.
 */
export async function saveBylines(actorId: string | null, input: TSaveBylines) {
  const data = parseOrThrow(ZSaveBylinesSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const before = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: factCheckSelect });
    if (!before) throw notFound('That fact-check');
    const after = await updateFactCheckVersioned(tx, before.id, data.version, { checkerNames: data.checkers, editorName: data.editor });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'factcheck_bylines',
      entityId: after.id,
      articleId: data.articleId,
      before: { checkers: before.checkerNames, editor: before.editorName },
      after: { checkers: after.checkerNames, editor: after.editorName },
    });
    return after;
  });
}

type PublishInput = ReturnType<typeof ZPublishSchema.parse>;

/**
 * Stores what readers will see, inside publishFactCheck's transaction (which holds the row lock).
 * The first publication takes snapshot 1. After that, a version that changes what readers see
 * needs the editor's note, and is logged as a correction or update listing every change, with the
 * pending corrections of new rulings. Republishing unchanged content shows the last version again.
 */
async function publishVersion(tx: Tx, fc: FactCheck, input: PublishInput, byId: string) {
  const [shown, data] = await Promise.all([latestSnapshot(tx, fc.id), buildSnapshotData(tx, fc.articleId)]);
  if (!shown) {
    const s = await insertSnapshot(tx, { factCheckId: fc.id, number: 1, kind: 'publish', note: null, data, byId });
    await attachPendingCorrections(tx, fc.id, s.id);
    return;
  }
  const changes = describeChanges(shown.data, data);
  if (!changes.lines.length) {
    if (fc.status !== 'published') return;
    throw new AppError(
      { code: 'CONFLICT', current: savedFactCheck(fc) },
      'This fact-check is already published, and readers see everything it shows now.',
    );
  }
  if (!input.kind || !input.note) {
    const missing = 'Readers have seen an earlier version: say whether this corrects it or updates it, and why. The corrections log shows it.';
    throw invalid(missing, {
      ...(input.kind ? {} : { kind: ['Choose correction or update.'] }),
      ...(input.note ? {} : { note: ['Write a note for readers.'] }),
    });
  }
  const s = await insertSnapshot(tx, { factCheckId: fc.id, number: shown.number + 1, kind: input.kind, note: input.note, data, byId });
  await attachPendingCorrections(tx, fc.id, s.id);
  const claimId = changes.claimIds.length === 1 && changes.lines.length === 1 ? changes.claimIds[0]! : null;
  const correction = { factCheckId: fc.id, claimId, kind: input.kind, whatChanged: changes.lines.join(' '), reason: input.note, byId };
  await recordCorrection(tx, { ...correction, snapshotId: s.id }, { bump: false });
}

/**
 * Publishes: a first publication, a republication of an unpublished fact-check, or a new version
 * of a published one with what changed in the workspace since. The slug and the date of first
 * publication stay.
 */
export async function publishFactCheck(actorId: string | null, input: TPublish) {
  const data = parseOrThrow(ZPublishSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const article = await tx.article.findUnique({
      where: { id: data.articleId },
      select: { id: true, url: true, publisher: true, publishedAt: true, factCheck: { select: factCheckSelect } },
    });
    if (!article) throw notFound('That article');
    const before = article.factCheck;
    assertChecklist(checklist(before?.summary, await loadPublishClaims(tx, article.id), article), 'publish');
    if (!before) throw notFound('That fact-check'); // unreachable: no fact-check means no summary
    // The versioned update first: it refuses a stale form and holds the row until the commit, so
    // two editors publishing at once never both take the next snapshot number.
    const after = await updateFactCheckVersioned(tx, before.id, data.version, {
      status: 'published',
      publishedAt: before.publishedAt ?? new Date(),
      // Republishing ends a retraction: readers get the fact-check again, not the 410 notice.
      retractedAt: null,
      retractionReason: null,
    });
    await publishVersion(tx, before, data, actor.id);
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

/**
 * Retracts a published fact-check: readers' side drops it at once (its claims leave every list and
 * feed), and its address answers 410 with the title, the dates and the editor's reason
 * (lib/data/public.ts getRetraction). It can be republished later, which clears the retraction.
 */
export async function unpublishFactCheck(actorId: string | null, input: TUnpublish) {
  const data = parseOrThrow(ZUnpublishSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const before = await tx.factCheck.findUnique({ where: { articleId: data.articleId }, select: factCheckSelect });
    if (!before) throw notFound('That fact-check');
    if (before.status !== 'published') throw new AppError({ code: 'CONFLICT', current: savedFactCheck(before) }, 'This fact-check is not published.');
    const after = await updateFactCheckVersioned(tx, before.id, data.version, {
      status: 'unpublished',
      retractedAt: new Date(),
      retractionReason: data.reason,
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'factcheck_unpublish',
      entityId: after.id,
      articleId: data.articleId,
      before: { status: before.status },
      after: { status: after.status, reason: data.reason },
    });
    return after;
  });
}

/**
 * Includes a claim in the fact-check or leaves it out. On a published fact-check readers see the
 * change with the next version an editor publishes, whose note and change list explain it.
 */
export async function setClaimIncluded(actorId: string | null, input: TSetIncluded) {
  const data = parseOrThrow(ZSetIncludedSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'factcheck.publish', tx);
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, status: true, included: true, articleId: true } });
    if (!claim) throw notFound('That claim');
    if (!ACTIVE_STATUSES.includes(claim.status)) {
      throw invalid('Only accepted claims can be part of a fact-check; this one is a suggestion or was dismissed.');
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
    return after;
  });
}
