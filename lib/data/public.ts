import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { organisation, publicBaseUrl } from '@/lib/config';
import { buildClaimReview, claimPath, type ClaimReviewInput } from '@/lib/claimreview';
import { canonical, type TSnapshotData } from '@/lib/data/snapshot-data';
import { reanchor } from '@/lib/anchoring';
import { readerVersion } from '@/lib/public-cache';
import type { Prisma } from '@/lib/generated/prisma/client';

// Reader-facing reads. No permission is needed, so the one rule that matters lives here:
// REVIEWERS: readers see published snapshots only (lib/data/snapshots.ts decides what goes into
// one). Every query in this file goes through `published` and reads the latest snapshot, never
// the workspace's claims, sources or verdicts: a change reaches readers only when an editor
// publishes a new version. Selects name every field.
const published = { status: 'published', snapshots: { some: {} } } as const satisfies Prisma.FactCheckWhereInput;
const latest = { orderBy: { number: 'desc' }, take: 1 } as const;

/** A public slug: what slugFor (lib/data/factchecks.ts) makes. Anything else is no fact-check. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const asDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** One published fact-check as its latest snapshot shows it, or null (unpublished, unknown). */
/** What the reader's page needs of the article beside a snapshot (its current text and version). */
export const readerArticleSelect = {
  plainText: true,
  currentVersion: true,
  isDemo: true,
  versions: { orderBy: { number: 'desc' }, take: 1, select: { createdAt: true } },
} as const satisfies Prisma.ArticleSelect;

/** The corrections readers see, with what dates them (the version that showed each). */
export const readerCorrectionSelect = {
  id: true,
  createdAt: true,
  kind: true,
  whatChanged: true,
  reason: true,
  claimId: true,
  snapshot: { select: { publishedAt: true } },
} as const satisfies Prisma.CorrectionSelect;

type ReaderCorrectionRow = Prisma.CorrectionGetPayload<{ select: typeof readerCorrectionSelect }>;

/**
 * Readers got a correction with the version that showed it, or when it was written if that was
 * later (corrections carried over from before snapshots existed); `pendingAt` dates the ones no
 * version has shown yet (the preview's "if published now").
 */
export const readerCorrections = (rows: ReaderCorrectionRow[], pendingAt?: Date) =>
  rows
    .map(({ snapshot: s, createdAt, ...k }) => ({
      ...k,
      date: s ? (s.publishedAt > createdAt ? s.publishedAt : createdAt) : (pendingAt ?? createdAt),
    }))
    .sort((x, y) => x.date.getTime() - y.date.getTime());

/** One published fact-check as its latest snapshot shows it, or null (unpublished, unknown). */
export const getPublishedFactCheck = cache(async (slug: string) => {
  if (!SLUG.test(slug)) return null;
  const fc = await db.factCheck.findFirst({
    where: { ...published, slug },
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      snapshots: { ...latest, select: { number: true, data: true } },
      article: { select: readerArticleSelect },
      corrections: { where: { snapshotId: { not: null } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: readerCorrectionSelect },
    },
  });
  const snapshot = fc?.snapshots[0];
  if (!fc?.publishedAt || !snapshot) return null;
  return readerView({
    slug: fc.slug,
    snapshotNumber: snapshot.number,
    data: canonical(snapshot.data),
    publishedAt: fc.publishedAt,
    article: fc.article,
    corrections: readerCorrections(fc.corrections),
    firstPublished: await claimsFirstPublished(fc.id),
  });
});

type ViewInput = {
  slug: string;
  snapshotNumber: number;
  data: TSnapshotData;
  /** The fact-check's first publication. */
  publishedAt: Date;
  article: Prisma.ArticleGetPayload<{ select: typeof readerArticleSelect }>;
  corrections: ReturnType<typeof readerCorrections>;
  firstPublished: Map<string, Date>;
};

/** The reader's page of a fact-check from one version of its content: the published page, or the editor's preview. */
export function readerView({ slug, snapshotNumber, data, publishedAt, article: now, corrections, firstPublished }: ViewInput) {
  const { summary, article: a, claims } = data;
  const article = {
    title: a.title,
    publisher: a.publisher,
    byline: a.byline,
    url: a.url,
    publishedAt: asDate(a.publishedAt),
    plainText: a.plainText,
  };
  const update = articleUpdate(a.plainText, claims, now);
  return {
    slug,
    /** The snapshot's number: 1 for the first publication, one more for each update or correction. */
    version: snapshotNumber,
    /** What this copy shows (lib/public-cache.ts): the snapshot and the article version beside it. */
    readerVersion: readerVersion(snapshotNumber, now.currentVersion),
    /** The publisher changed the article after the fact-check (its latest version's date), or null. */
    articleUpdatedAt: update?.date ?? null,
    /** Demo content: the seed's explicit flag on the article (never guessed from the sources' addresses). */
    demo: now.isDemo,
    summary,
    bylines: data.bylines,
    publishedAt,
    /** When readers last saw a change: the latest correction (null if never corrected). */
    correctedAt: corrections.at(-1)?.date ?? null,
    article,
    language: a.language,
    claims: claims.map((c, i) =>
      readerClaim(c, i, {
        slug,
        bylines: data.bylines,
        publishedAt,
        article,
        language: a.language,
        firstPublished,
        nowInArticle: update?.claims,
        lastCorrection: (id) => corrections.filter((k) => k.claimId === null || k.claimId === id).at(-1)?.date ?? null,
      }),
    ),
    corrections: corrections.map(({ claimId: _claimId, ...k }) => k),
  };
}

export type ClaimContext = {
  slug: string;
  bylines?: TSnapshotData['bylines'];
  publishedAt: Date;
  article: ClaimReviewInput['article'];
  language: string;
  firstPublished: Map<string, Date>;
  nowInArticle: Map<string, string | null> | undefined;
  lastCorrection: (claimId: string) => Date | null;
};

/** A snapshot's claim as the reader's pages show it: its number, page, dates and ClaimReview. */
export function readerClaim(c: TSnapshotData['claims'][number], i: number, k: ClaimContext) {
  // Versions published before claims had numbers: their position, as the page showed them then.
  const n = c.number ?? i + 1;
  const datePublished = k.firstPublished.get(c.id) ?? k.publishedAt;
  return {
    ...c,
    n,
    path: claimPath(k.slug, n),
    datePublished,
    /** The article's words now, where they differ from what we checked: text, or null if removed. */
    nowInArticle: k.nowInArticle?.get(c.id),
    sources: c.sources.map((s) => ({ ...s, accessedAt: asDate(s.accessedAt) })),
    claimReview: buildClaimReview({
      baseUrl: publicBaseUrl(),
      organisation: organisation(),
      slug: k.slug,
      number: n,
      datePublished,
      dateModified: k.lastCorrection(c.id),
      language: k.language,
      bylines: k.bylines,
      claim: c,
      verdict: c.verdict,
      article: k.article,
    }),
  };
}

/**
 * When each claim first reached readers: the first published version that showed it. A claim
 * added to a live fact-check has its own date, not the fact-check's.
 */
export async function claimsFirstPublished(factCheckId: string): Promise<Map<string, Date>> {
  const rows = await db.$queryRaw<{ id: string; at: Date }[]>`
    SELECT c->>'id' AS id, min(s.published_at) AS at
    FROM fact_check_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.data->'claims') AS c
    WHERE s.fact_check_id = ${factCheckId}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** One claim's page: the fact-check and the claim numbered n, or where a retired number went (a merge or split). */
export async function getPublishedClaim(slug: string, n: number) {
  const fc = await getPublishedFactCheck(slug);
  if (!fc) return null;
  const claim = fc.claims.find((c) => c.n === n);
  if (claim) return { fc, claim };
  const successor = fc.claims.find((c) => c.formerNumbers.includes(n));
  return successor ? { fc, movedTo: successor.path } : null;
}

/**
 * When the article's text is no longer the one the snapshot checked: the date of its latest
 * version, and for each checked claim whose words changed or went, what the article says now
 * (lib/anchoring follows each claim from the checked text to the current one).
 */
function articleUpdate(
  checked: string,
  claims: { id: string; start: number; end: number; text: string }[],
  now: { plainText: string; versions: { createdAt: Date }[] },
) {
  if (now.plainText === checked) return null;
  const found = reanchor(
    checked,
    now.plainText,
    claims.map((c) => ({ start: c.start, end: c.end, exact: c.text })),
  );
  const changed = new Map<string, string | null>();
  found.forEach((r, i) => {
    if (r.status === 'changed' || r.status === 'orphaned') changed.set(claims[i]!.id, r.new?.text ?? null);
  });
  return { date: now.versions[0]?.createdAt ?? null, claims: changed };
}

export type PublicFactCheck = NonNullable<Awaited<ReturnType<typeof getPublishedFactCheck>>>;

/**
 * A fact-check an editor retracted (unpublished with a reason): what its address tells readers
 * instead of the fact-check, with status 410. Only the title readers saw last (the latest
 * snapshot's), the dates and the reason; null for anything else (never published, published, or
 * unpublished before reasons were recorded, which stays a 404).
 */
export const getRetraction = cache(async (slug: string) => {
  if (!SLUG.test(slug)) return null;
  const fc = await db.factCheck.findFirst({
    where: { slug, status: 'unpublished', retractedAt: { not: null }, snapshots: { some: {} } },
    select: { slug: true, publishedAt: true, retractedAt: true, retractionReason: true, snapshots: { ...latest, select: { title: true } } },
  });
  const title = fc?.snapshots[0]?.title;
  if (!fc?.publishedAt || !fc.retractedAt || !fc.retractionReason || title === undefined) return null;
  return { slug: fc.slug, title, publishedAt: fc.publishedAt, retractedAt: fc.retractedAt, reason: fc.retractionReason };
});

export type Retraction = NonNullable<Awaited<ReturnType<typeof getRetraction>>>;
