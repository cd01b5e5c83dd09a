import 'server-only';
import { db, type Tx } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { ORGANISATION_NAME } from '@/lib/config';
import { conflict, type SavedRecord } from '@/lib/errors';
import { recordEvent } from '@/lib/data/events';
import { updateVersioned } from '@/lib/data/versioned';
import type { SitePageSlug } from '@/lib/generated/prisma/enums';
import { defaultSitePages } from '@/lib/site-pages/defaults';
import { SITE_PAGE_SLUGS } from '@/lib/site-pages/pages';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZSitePageSlug, ZUpdateSitePageSchema, type TUpdateSitePage } from '@/lib/validation/site-pages';

// The transparency pages (/about, /methodology, /corrections-policy). Readers read them with no
// permission; only 'site.edit' (admins) changes them, with the same optimistic lock and history as
// every other edit. A page the seed never wrote reads as its default (version 0), and saving it
// creates it, so no page a footer links to is ever missing.

export type PublicSitePage = { slug: SitePageSlug; title: string; body: string; updatedAt: Date | null };
export type EditableSitePage = PublicSitePage & { version: number; updatedBy: string | null };

const select = { slug: true, title: true, body: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } } as const;
type Row = { slug: SitePageSlug; title: string; body: string; version: number; updatedAt: Date; updatedBy: { name: string } | null };

const defaults = () => defaultSitePages(ORGANISATION_NAME);

const toEditable = (r: Row): EditableSitePage => ({
  slug: r.slug,
  title: r.title,
  body: r.body,
  version: r.version,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy?.name ?? null,
});

const unsaved = (slug: SitePageSlug): EditableSitePage => ({ slug, ...defaults()[slug], version: 0, updatedAt: null, updatedBy: null });

const saved = (r: { slug: SitePageSlug; title: string; body: string; version: number }): SavedRecord => ({
  entity: 'sitePage',
  id: r.slug,
  version: r.version,
  title: r.title,
  body: r.body,
});

/** What readers see of a page. Public: no actor, no permission (lib/site-pages/read.ts caches it). */
export async function getPublicSitePage(slug: SitePageSlug): Promise<PublicSitePage> {
  const page = parseOrThrow(ZSitePageSlug, slug);
  const row = await db.sitePage.findUnique({ where: { slug: page }, select: { slug: true, title: true, body: true, updatedAt: true } });
  return row ?? { slug: page, ...defaults()[page], updatedAt: null };
}

/** Every page, as the admin list and forms show them. */
export async function listSitePagesForEditing(actorId: string | null): Promise<EditableSitePage[]> {
  await authorize(actorId, 'site.edit');
  const rows = await db.sitePage.findMany({ select });
  return SITE_PAGE_SLUGS.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    return row ? toEditable(row) : unsaved(slug);
  });
}

/** One page for its form, with who saved it lately (its history events, newest first). */
export async function getSitePageForEditing(
  actorId: string | null,
  slug: SitePageSlug,
): Promise<EditableSitePage & { edits: { id: string; at: Date; by: string }[] }> {
  const page = parseOrThrow(ZSitePageSlug, slug);
  await authorize(actorId, 'site.edit');
  const [row, events] = await Promise.all([
    db.sitePage.findUnique({ where: { slug: page }, select }),
    db.event.findMany({
      where: { entityType: 'sitepage', entityId: page },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: RECENT_EDITS,
      select: { id: true, at: true, actor: { select: { name: true } } },
    }),
  ]);
  const edits = events.map((e) => ({ id: e.id.toString(), at: e.at, by: e.actor?.name ?? 'The system' }));
  return { ...(row ? toEditable(row) : unsaved(page)), edits };
}

const RECENT_EDITS = 10;

/**
 * Saves a page's title and Markdown if it is still at the version the form was loaded with
 * (CONFLICT with what is saved now otherwise), and writes its history event in the same
 * transaction. Saving what is already there changes nothing and writes no event.
 */
export async function updateSitePage(actorId: string | null, input: TUpdateSitePage): Promise<EditableSitePage> {
  const data = parseOrThrow(ZUpdateSitePageSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'site.edit', tx);
    const before = await tx.sitePage.findUnique({ where: { slug: data.slug }, select });
    if (before && before.version === data.version && before.title === data.title && before.body === data.body) return toEditable(before);
    const after = data.version === 0 ? await create(tx, actor.id, data) : await update(tx, actor.id, data);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'sitepage_update',
      entityId: data.slug,
      ...(before ? { before: { title: before.title, body: before.body, version: before.version } } : {}),
      after: { title: after.title, body: after.body, version: after.version },
    });
    return toEditable(after);
  });
}

type Change = { slug: SitePageSlug; version: number; title: string; body: string };

/** Version 0: the form showed the default because no row existed. Someone else creating it first is a conflict. */
async function create(tx: Tx, actorId: string, data: Change): Promise<Row> {
  const { count } = await tx.sitePage.createMany({
    data: [{ slug: data.slug, title: data.title, body: data.body, updatedById: actorId }],
    skipDuplicates: true,
  });
  const row = await tx.sitePage.findUniqueOrThrow({ where: { slug: data.slug }, select });
  if (count === 0) throw conflict(saved(row), 'this page');
  return row;
}

function update(tx: Tx, actorId: string, data: Change): Promise<Row> {
  return updateVersioned<Row>(
    { id: data.slug, version: data.version },
    {
      write: (lock) =>
        tx.sitePage.updateMany({
          where: { slug: data.slug, version: lock.version },
          data: { title: data.title, body: data.body, updatedById: actorId, version: { increment: 1 } },
        }),
      read: () => tx.sitePage.findUnique({ where: { slug: data.slug }, select }),
      saved,
      what: 'this page',
      missing: 'That page',
    },
  );
}
