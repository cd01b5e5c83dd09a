import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { conflict, notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZCreateSourceSchema, ZDeleteSourceSchema, ZUpdateSourceSchema } from '@/lib/validation/sources';

export const sourceSelect = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  type: true,
  stance: true,
  excerpt: true,
  accessedAt: true,
  archiveUrl: true,
  createdAt: true,
  updatedAt: true,
  addedBy: { select: { id: true, name: true } },
} as const;

/** What the history keeps of a source: its fields, not who or when (the event says that). */
const snapshot = (s: { url: string; title: string; publisher: string | null; type: string; stance: string; excerpt: string | null; accessedAt: Date | null; archiveUrl: string | null }) => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  type: s.type,
  stance: s.stance,
  excerpt: s.excerpt,
  accessedAt: s.accessedAt ? s.accessedAt.toISOString().slice(0, 10) : null,
  archiveUrl: s.archiveUrl,
});

export async function listSources(userId: string | null, claimId: string) {
  await authorize(userId, 'workspace.read');
  return db.source.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: sourceSelect });
}

export async function createSource(userId: string | null, input: unknown) {
  const { claimId, ...fields } = parseOrThrow(ZCreateSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'source.write', tx);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound('That claim');
    const source = await tx.source.create({ data: { ...fields, claimId, addedById: actor.id }, select: sourceSelect });
    await recordEvent(tx, { actorId: actor.id, action: 'source.create', entityType: 'source', entityId: source.id, claimId, articleId: claim.articleId, after: snapshot(source) });
    return source;
  });
}

/** Edits a source only if nobody changed it since the form was loaded (its updatedAt is the lock). */
export async function updateSource(userId: string | null, input: unknown) {
  const { sourceId, updatedAt, ...fields } = parseOrThrow(ZUpdateSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'source.write', tx);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: { ...sourceSelect, claim: { select: { articleId: true } } } });
    if (!before) throw notFound('That source');
    const r = await tx.source.updateMany({ where: { id: sourceId, updatedAt }, data: fields });
    if (r.count === 0) throw conflict(snapshot(before), 'this source');
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: sourceSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'source.update',
      entityType: 'source',
      entityId: sourceId,
      claimId: before.claimId,
      articleId: before.claim.articleId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

export async function deleteSource(userId: string | null, input: unknown) {
  const { sourceId } = parseOrThrow(ZDeleteSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'source.write', tx);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: { ...sourceSelect, claim: { select: { articleId: true } } } });
    if (!before) throw notFound('That source');
    await tx.source.delete({ where: { id: sourceId } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'source.delete',
      entityType: 'source',
      entityId: sourceId,
      claimId: before.claimId,
      articleId: before.claim.articleId,
      before: snapshot(before),
    });
    return { id: sourceId, claimId: before.claimId };
  });
}
