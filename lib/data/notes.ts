import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZAddNoteSchema } from '@/lib/validation/notes';

// Notes are internal: only workspace readers see them, and nothing in app/(public) selects them.

const noteSelect = { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } as const;

/** The thread, oldest first so the newest note is last, as in a conversation. */
export async function listNotes(userId: string | null, claimId: string) {
  await authorize(userId, 'workspace.read');
  return db.note.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: noteSelect });
}

export async function addNote(userId: string | null, input: unknown) {
  const data = parseOrThrow(ZAddNoteSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(userId, 'note.write', tx);
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { articleId: true } });
    if (!claim) throw notFound('That claim');
    const note = await tx.note.create({ data: { claimId: data.claimId, authorId: actor.id, body: data.body }, select: noteSelect });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'note.create',
      entityType: 'note',
      entityId: note.id,
      claimId: data.claimId,
      articleId: claim.articleId,
      after: { body: data.body },
    });
    return note;
  });
}
