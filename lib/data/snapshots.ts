import 'server-only';
import { db, type DbClient, type Tx } from '@/lib/db';
import { latestFirst } from '@/lib/data/verdicts';
import { placed } from '@/lib/data/span-rules';
import { canonical, describeChanges, type Changes, type TSnapshotData } from '@/lib/data/snapshot-data';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import type { SnapshotKind } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

// Published snapshots: the copy of a fact-check readers see (prisma/schema.prisma
// FactCheckSnapshot). Taken only by an editor's publishing step (lib/data/factchecks.ts) or
// correction (lib/data/corrections.ts), never changed afterwards.
//
// REVIEWERS: buildSnapshotData decides what becomes public. It must select only what the reader's
// page shows: never drafts, claims left out or not ruled, notes, assignees, proposals, who did
// what, or anything else internal. Every select below names its fields.

/** The claims a fact-check shows: included, accepted into the desk's work, with a ruled verdict. */
const shownClaimWhere = {
  included: true,
  // Words no longer in the article have no place in its text (the checklist refuses them anyway).
  ...placed,
  status: { in: [...ACTIVE_STATUSES] },
  verdicts: { some: { kind: 'ruled' } },
} as const satisfies Prisma.ClaimWhereInput;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** What readers would see if the article's fact-check were published now, from the workspace. */
export async function buildSnapshotData(client: DbClient, articleId: string): Promise<TSnapshotData> {
  const a = await client.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      publisher: true,
      byline: true,
      url: true,
      publishedAt: true,
      language: true,
      plainText: true,
      links: { orderBy: [{ start: 'asc' }, { id: 'asc' }], select: { text: true, href: true, start: true, end: true } },
      factCheck: { select: { summary: true, checkerNames: true, editorName: true } },
      claims: {
        where: shownClaimWhere,
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          number: true,
          formerNumbers: true,
          summary: true,
          start: true,
          end: true,
          text: true,
          claimant: true,
          claimantType: true,
          claimantRole: true,
          // The claimant's record, where one is linked, describes them (type, jobTitle, sameAs) over the claim's own reading.
          claimantRecord: { select: { type: true, role: true, sameAs: true } },
          sources: {
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
            select: {
              id: true,
              url: true,
              title: true,
              publisher: true,
              type: true,
              stance: true,
              excerpt: true,
              accessedAt: true,
              archiveUrl: true,
            },
          },
          // Append-only verdicts: the latest ruled one is in force. Proposals are never read here.
          verdicts: {
            where: { kind: 'ruled' },
            orderBy: latestFirst,
            take: 1,
            select: { rating: true, explanation: true, attributionConfirmed: true },
          },
        },
      },
    },
  });
  return canonical({
    v: 1,
    summary: a.factCheck?.summary ?? '',
    bylines: { checkers: a.factCheck?.checkerNames ?? [], editor: a.factCheck?.editorName ?? null },
    article: {
      title: a.title,
      publisher: a.publisher,
      byline: a.byline,
      url: a.url,
      publishedAt: day(a.publishedAt),
      language: a.language,
      plainText: a.plainText,
      links: a.links,
    },
    claims: a.claims.map(({ verdicts, sources, claimantRecord: record, ...c }) => ({
      ...c,
      claimant: c.claimant ?? '',
      claimantType: record?.type ?? c.claimantType,
      claimantRole: record?.role ?? c.claimantRole,
      claimantSameAs: record?.sameAs ?? null,
      verdict: verdicts[0]!,
      sources: sources.map((s) => ({ ...s, accessedAt: day(s.accessedAt) })),
    })),
  });
}

export type LatestSnapshot = { id: string; number: number; kind: SnapshotKind; publishedAt: Date; data: TSnapshotData };

/** The version readers see (or saw last, if unpublished); null before the first publication. */
export async function latestSnapshot(client: DbClient, factCheckId: string): Promise<LatestSnapshot | null> {
  const s = await client.factCheckSnapshot.findFirst({
    where: { factCheckId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, kind: true, publishedAt: true, data: true },
  });
  return s && { ...s, data: canonical(s.data) };
}

/** What publishing now would change for readers; null if nothing was ever published. */
export async function unpublishedChanges(client: DbClient, fc: { id: string; articleId: string }): Promise<Changes | null> {
  const [latest, next] = await Promise.all([latestSnapshot(client, fc.id), buildSnapshotData(client, fc.articleId)]);
  return latest && describeChanges(latest.data, next);
}

type NewSnapshot = {
  factCheckId: string;
  number: number;
  kind: SnapshotKind;
  note: string | null;
  data: TSnapshotData;
  byId: string;
  /** Now, except for the backfill below. */
  publishedAt?: Date;
};

/**
 * Stores a new version. The caller holds the fact-check's row lock (its versioned update or
 * version bump), so `number` is the next free one; the unique (fact_check_id, number) backs that.
 */
export async function insertSnapshot(tx: Tx, s: NewSnapshot) {
  const { article, summary } = s.data;
  return tx.factCheckSnapshot.create({
    data: {
      ...s,
      data: s.data as Prisma.InputJsonValue,
      title: article.title,
      publisher: article.publisher,
      articlePublishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
      summary,
    },
    select: { id: true, number: true, publishedAt: true },
  });
}

/** Pending corrections (written by a new ruling) go out with the version that shows them. */
export async function attachPendingCorrections(tx: Tx, factCheckId: string, snapshotId: string) {
  await tx.correction.updateMany({ where: { factCheckId, snapshotId: null }, data: { snapshotId } });
}

/**
 * Gives fact-checks published before snapshots existed their first one, from what they show now,
 * with the corrections readers already saw. Dated at the first publication, so each of those
 * corrections keeps its own date for readers (lib/data/public.ts shows the later of the two).
 * Run by prisma/seed.ts at every start; does nothing once every published fact-check has one.
 */
export async function backfillSnapshots(): Promise<number> {
  const missing = await db.factCheck.findMany({
    where: { status: 'published', snapshots: { none: {} } },
    select: { id: true, articleId: true, publishedAt: true },
  });
  for (const fc of missing) {
    await db.$transaction(async (tx) => {
      await tx.factCheck.update({ where: { id: fc.id }, data: { version: { increment: 1 } } }); // the row lock
      if (await tx.factCheckSnapshot.count({ where: { factCheckId: fc.id } })) return;
      const by = await tx.event.findFirst({
        where: { entityId: fc.id, action: { in: ['factcheck_publish', 'factcheck_republish'] }, actorId: { not: null } },
        orderBy: { id: 'desc' },
        select: { actorId: true },
      });
      const byId = by?.actorId ?? (await tx.user.findFirstOrThrow({ where: { role: { in: ['editor', 'admin'] } }, select: { id: true } })).id;
      const data = await buildSnapshotData(tx, fc.articleId);
      const publishedAt = fc.publishedAt ?? undefined;
      const s = await insertSnapshot(tx, { factCheckId: fc.id, number: 1, kind: 'publish', note: null, data, byId, publishedAt });
      await attachPendingCorrections(tx, fc.id, s.id);
    });
  }
  return missing.length;
}
