import 'server-only';
import { db, type DbClient, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from '@/lib/auth/actor';
import { invalid, notFound } from '@/lib/errors';
import { recordEvents, type EventInput } from '@/lib/data/events';
import { moveClaim } from '@/lib/data/workflow';
import { latestFirst } from '@/lib/data/verdicts';
import { sourceFieldsOf } from '@/lib/data/sources';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZLinkClaimsSchema, ZTakeOverSchema, ZUnlinkSchema, type TLinkClaims, type TTakeOver, type TUnlink } from '@/lib/validation/claim-links';

// "The same claim as": an editor links a claim to an earlier one that "Checked before?" found.
// A link says who made it and when; unlinking ends it (who and when) without deleting it; both
// are in the claim's history. A claim linked to a ruled one may take over that ruling as its own
// proposal, with copies of its sources, in one step: an editor still rules on it.

const otherSelect = { id: true, number: true, text: true, articleId: true, article: { select: { title: true } } } as const;
type Other = Prisma.ClaimGetPayload<{ select: typeof otherSelect }>;

const fieldsOf = (o: Other) => ({ linkedClaimId: o.id, linkedText: o.text, article: o.article.title });

export async function linkClaims(actorId: string | null, input: TLinkClaims) {
  const data = parseOrThrow(ZLinkClaimsSchema, input);
  if (data.claimId === data.linkedClaimId) throw invalid('A claim cannot be linked to itself.');
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.link', tx);
    const [claim, other] = await Promise.all([
      tx.claim.findUnique({ where: { id: data.claimId }, select: otherSelect }),
      tx.claim.findUnique({ where: { id: data.linkedClaimId }, select: otherSelect }),
    ]);
    if (!claim || !other) throw notFound('That claim');
    const live = await tx.claimLink.findFirst({ where: { claimId: claim.id, linkedClaimId: other.id, removedAt: null }, select: { id: true } });
    if (live) throw invalid('These two claims are linked already.');
    const link = await tx.claimLink.create({ data: { claimId: claim.id, linkedClaimId: other.id, createdById: actor.id }, select: { id: true } });
    await recordEvents(tx, [
      { actorId: actor.id, action: 'claim_link', entityId: claim.id, claimId: claim.id, articleId: claim.articleId, after: fieldsOf(other) },
    ]);
    return { linkId: link.id, claimId: claim.id };
  });
}

/** Ends a live link; the row stays, with who ended it and when. */
export async function unlinkClaims(actorId: string | null, input: TUnlink) {
  const data = parseOrThrow(ZUnlinkSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.link', tx);
    const link = await liveLink(tx, data.linkId);
    await tx.claimLink.update({ where: { id: link.id }, data: { removedAt: new Date(), removedById: actor.id } });
    await recordEvents(tx, [
      {
        actorId: actor.id,
        action: 'claim_unlink',
        entityId: link.claimId,
        claimId: link.claimId,
        articleId: link.claim.articleId,
        before: fieldsOf(link.linked),
      },
    ]);
    return { claimId: link.claimId };
  });
}

async function liveLink(tx: Tx, id: string) {
  const link = await tx.claimLink.findUnique({
    where: { id },
    select: { id: true, claimId: true, removedAt: true, claim: { select: { articleId: true } }, linked: { select: otherSelect } },
  });
  if (!link || link.removedAt) throw notFound('That link');
  return link;
}

/**
 * The linked claim's ruling becomes this claim's proposal (the move to "in review", authorized as
 * any proposal), and its sources are copied to this claim; one transaction, one event each.
 */
export async function takeOverVerdict(actorId: string | null, input: TTakeOver) {
  const data = parseOrThrow(ZTakeOverSchema, input);
  return db.$transaction(async (tx) => {
    await authorize(actorId, 'source.write', tx);
    const link = await liveLink(tx, data.linkId);
    if (link.claimId !== data.claimId) throw notFound('That link');
    const ruling = await tx.verdict.findFirst({ where: { claimId: link.linked.id, kind: 'ruled' }, orderBy: latestFirst });
    if (!ruling) throw invalid('The linked claim has no ruling yet: there is nothing to take over.');
    const { actor, claim } = await moveClaim(tx, actorId, 'propose', data.claimId, data.version);
    const values = { rating: ruling.rating, explanation: ruling.explanation, attributionConfirmed: ruling.attributionConfirmed };
    const verdict = await tx.verdict.create({ data: { claimId: claim.id, kind: 'proposed', ...values, byId: actor.id }, select: { id: true } });
    const sources = await copySources(tx, link.linked.id, claim.id, actor.id);
    const at = { actorId: actor.id, claimId: claim.id, articleId: claim.articleId };
    const events: EventInput[] = [
      { ...at, action: 'verdict_propose', entityId: verdict.id, after: values },
      ...sources.map((s): EventInput => ({ ...at, action: 'source_create', entityId: s.id, after: s.fields })),
      { ...at, action: 'claim_takeOver', entityId: claim.id, after: { ...fieldsOf(link.linked), rating: ruling.rating, sources: sources.length } },
    ];
    await recordEvents(tx, events);
    return { claim, sources: sources.length };
  });
}

async function copySources(tx: Tx, fromClaimId: string, toClaimId: string, byId: string) {
  const from = await tx.source.findMany({ where: { claimId: fromClaimId }, orderBy: { createdAt: 'asc' } });
  const rows = await tx.source.createManyAndReturn({
    data: from.map(({ id: _id, claimId: _c, addedById: _a, version: _v, createdAt: _t, updatedAt: _u, ...fields }) => ({
      ...fields,
      claimId: toClaimId,
      addedById: byId,
    })),
  });
  return rows.map((s) => ({ id: s.id, fields: sourceFieldsOf(s) }));
}

/** A claim's live links, both ways, with the other claim's ruling: the claim page's "Same claim as". */
export async function linksOf(client: DbClient, claimId: string) {
  const rows = await client.claimLink.findMany({
    where: { removedAt: null, OR: [{ claimId }, { linkedClaimId: claimId }] },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      claimId: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      claim: { select: { ...otherSelect, latestRating: true, status: true } },
      linked: { select: { ...otherSelect, latestRating: true, status: true } },
    },
  });
  return rows.map((r) => {
    const outgoing = r.claimId === claimId;
    const other = outgoing ? r.linked : r.claim;
    return {
      id: r.id,
      outgoing,
      createdAt: r.createdAt,
      by: r.createdBy.name,
      other,
      ruled: other.status === 'ruled' && other.latestRating !== null,
    };
  });
}
