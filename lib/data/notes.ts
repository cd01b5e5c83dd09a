import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZAddNoteSchema, type TAddNote } from '@/lib/validation/notes';

// Notes are internal: only workspace readers see them (lib/data/claim-page.ts), nothing in
// lib/data/public.ts selects them, and their events never refresh readers' copies.

export const noteSelect = {
  id: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.NoteSelect;

export async function addNote(actorId: string | null, input: TAddNote) {
  const data = parseOrThrow(ZAddNoteSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'note.write', tx);
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { articleId: true } });
    if (!claim) throw notFound('That claim');
    const note = await tx.note.create({ data: { claimId: data.claimId, authorId: actor.id, body: data.body }, select: noteSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'note_create',
      entityId: note.id,
      claimId: data.claimId,
      articleId: claim.articleId,
      after: { body: data.body },
    });
    return note;
  });
}
