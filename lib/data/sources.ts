import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound, type SavedRecord } from '@/lib/errors';
import { recordEvent, type SourceFields } from '@/lib/data/events';
import { updateVersioned, writeVersioned } from '@/lib/data/versioned';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  ZCreateSourceSchema,
  ZDeleteSourceSchema,
  ZUpdateSourceSchema,
  type TCreateSource,
  type TDeleteSource,
  type TUpdateSource,
} from '@/lib/validation/sources';

// The evidence ledger of a claim. Reads are in lib/data/claim-page.ts.

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
  notArchivableReason: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  addedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.SourceSelect;

type Source = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

/** What a CONFLICT on a source shows of it. */
const savedSource = (s: Source): SavedRecord => ({ entity: 'source', id: s.id, version: s.version, claimId: s.claimId, title: s.title, url: s.url });

type SourceValues = Pick<Source, 'url' | 'title' | 'publisher' | 'type' | 'stance' | 'excerpt' | 'accessedAt' | 'archiveUrl' | 'notArchivableReason'>;

/** What the history keeps of a source: its fields, not who or when (the event says that). */
export const sourceFieldsOf = (s: SourceValues): SourceFields => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  type: s.type,
  stance: s.stance,
  excerpt: s.excerpt,
  accessedAt: s.accessedAt ? s.accessedAt.toISOString().slice(0, 10) : null,
  archiveUrl: s.archiveUrl,
  notArchivableReason: s.notArchivableReason,
});

export async function createSource(actorId: string | null, input: TCreateSource) {
  const { claimId, ...fields } = parseOrThrow(ZCreateSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'source.write', tx);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound('That claim');
    const source = await tx.source.create({ data: { ...fields, claimId, addedById: actor.id }, select: sourceSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'source_create',
      entityId: source.id,
      claimId,
      articleId: claim.articleId,
      after: sourceFieldsOf(source),
    });
    return source;
  });
}

/** Edits a source only if nobody changed it since the form was loaded. */
export async function updateSource(actorId: string | null, input: TUpdateSource) {
  const { sourceId, version, ...fields } = parseOrThrow(ZUpdateSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'source.write', tx);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: { ...sourceSelect, claim: { select: { articleId: true } } } });
    if (!before) throw notFound('That source');
    const after = await updateVersioned(
      { id: sourceId, version },
      {
        write: (where) => tx.source.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
        read: () => tx.source.findUnique({ where: { id: sourceId }, select: sourceSelect }),
        saved: savedSource,
        what: 'this source',
        missing: 'That source',
      },
    );
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'source_update',
      entityId: sourceId,
      claimId: before.claimId,
      articleId: before.claim.articleId,
      before: sourceFieldsOf(before),
      after: sourceFieldsOf(after),
    });
    return after;
  });
}

/** Removes a source, unless someone changed it since the remove button was shown. */
export async function deleteSource(actorId: string | null, input: TDeleteSource) {
  const { sourceId, version } = parseOrThrow(ZDeleteSourceSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'source.write', tx);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: { ...sourceSelect, claim: { select: { articleId: true } } } });
    if (!before) throw notFound('That source');
    await writeVersioned(
      { id: sourceId, version },
      {
        write: (where) => tx.source.deleteMany({ where }),
        read: () => tx.source.findUnique({ where: { id: sourceId }, select: sourceSelect }),
        saved: savedSource,
        what: 'this source',
        missing: 'That source',
      },
    );
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'source_delete',
      entityId: sourceId,
      claimId: before.claimId,
      articleId: before.claim.articleId,
      before: sourceFieldsOf(before),
    });
    return { id: sourceId, claimId: before.claimId };
  });
}
