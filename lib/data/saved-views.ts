import 'server-only';
import { db, queryRows } from '@/lib/db';
import { Prisma, type SavedView } from '@/lib/generated/prisma/client';
import { authorize } from '@/lib/auth/actor';
import { invalidField, notFound } from '@/lib/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZDeleteViewSchema, ZSaveViewSchema, type TDeleteView, type TSaveView } from '@/lib/validation/saved-views';

// Saved views: a person's named filters of /claims. A view is the list's query string, so its
// address (`/claims?<query>`) is shareable as it is; views are personal, so no history is kept.

const MAX_VIEWS = 50;

export async function listViews(actorId: string | null) {
  const me = await authorize(actorId, 'workspace.read');
  // Sent by pg (queryRows): the claims list and search show them on every view.
  const views = await queryRows<Pick<SavedView, 'id' | 'name' | 'path' | 'query'>>(
    Prisma.sql`SELECT id, name, path, query FROM saved_views WHERE user_id = ${me.id} ORDER BY name`,
  );
  return views.map((v) => ({ ...v, href: v.query ? `${v.path}?${v.query}` : v.path }));
}

export async function saveView(actorId: string | null, input: TSaveView) {
  const data = parseOrThrow(ZSaveViewSchema, input);
  const me = await authorize(actorId, 'workspace.read');
  if ((await db.savedView.count({ where: { userId: me.id } })) >= MAX_VIEWS) {
    throw invalidField('name', `You have ${MAX_VIEWS} saved views, the most one person may keep: delete one first.`);
  }
  try {
    return await db.savedView.create({ data: { userId: me.id, ...data }, select: { id: true, name: true } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
      throw invalidField('name', 'You have a view with that name already.');
    throw e;
  }
}

/** Deletes one of the person's own views; someone else's is "not found". */
export async function deleteView(actorId: string | null, input: TDeleteView) {
  const data = parseOrThrow(ZDeleteViewSchema, input);
  const me = await authorize(actorId, 'workspace.read');
  const { count } = await db.savedView.deleteMany({ where: { id: data.id, userId: me.id } });
  if (count === 0) throw notFound('That view');
  return { id: data.id };
}
