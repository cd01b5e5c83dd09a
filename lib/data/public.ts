import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ORGANISATION_NAME, publicBaseUrl } from '@/lib/config';
import { buildClaimReview } from '@/lib/claimreview';
import { latestFirst } from '@/lib/data/verdicts';
import type { Prisma } from '@/lib/generated/prisma/client';

// Reader-facing reads. No permission is needed, so the one rule that matters lives here:
// REVIEWERS: every query in this file must go through `published` / `publicClaimWhere`; readers
// must never see drafts, unpublished fact-checks, claims left out or not ruled, notes,
// assignees, proposals, who did what, or anything else internal. Selects name every field.
const published = { status: 'published' } as const satisfies Prisma.FactCheckWhereInput;

/**
 * The claims a published fact-check shows: included, with a ruled verdict. Readers see the
 * latest ruling even while an editor has sent the claim back for more work: the published
 * verdict stands until a new ruling replaces it, and that needs a correction (lib/data/verdicts.ts).
 * Publishing itself requires every included claim to be ruled (lib/data/factchecks.ts).
 */
const publicClaimWhere = { included: true, verdicts: { some: { kind: 'ruled' } } } as const satisfies Prisma.ClaimWhereInput;

export async function listPublishedFactChecks() {
  const rows = await db.factCheck.findMany({
    where: published,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: {
      slug: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      article: { select: { title: true, publisher: true, publishedAt: true } },
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.article.title,
    publisher: r.article.publisher,
    articlePublishedAt: r.article.publishedAt,
    summary: r.summary,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
  }));
}

const publicClaimSelect = {
  id: true,
  start: true,
  end: true,
  text: true,
  claimant: true,
  sources: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, url: true, title: true, publisher: true, type: true, stance: true, excerpt: true, accessedAt: true, archiveUrl: true },
  },
  // Append-only verdicts: the latest ruled one is current. Proposals are never read here.
  verdicts: {
    where: { kind: 'ruled' },
    orderBy: latestFirst,
    take: 1,
    select: { rating: true, explanation: true, attributionConfirmed: true },
  },
} as const satisfies Prisma.ClaimSelect;

/** One published fact-check with what its reader page shows, or null (unpublished, unknown). */
export const getPublishedFactCheck = cache(async (slug: string) => {
  const fc = await db.factCheck.findFirst({
    where: { ...published, slug },
    select: {
      slug: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      article: {
        select: {
          title: true,
          publisher: true,
          url: true,
          publishedAt: true,
          plainText: true,
          claims: { where: publicClaimWhere, orderBy: { start: 'asc' }, select: publicClaimSelect },
        },
      },
      corrections: { orderBy: { createdAt: 'asc' }, select: { id: true, createdAt: true, whatChanged: true, reason: true, claimId: true } },
    },
  });
  if (!fc || !fc.publishedAt) return null;
  const { claims, ...article } = fc.article;
  const publishedAt = fc.publishedAt;
  const lastCorrection = fc.corrections.at(-1)?.createdAt ?? null;
  const baseUrl = publicBaseUrl();
  const shown = claims.flatMap(({ verdicts, ...c }) => {
    const verdict = verdicts[0];
    return verdict ? [{ ...c, claimant: c.claimant ?? '', verdict }] : [];
  });
  return {
    slug: fc.slug,
    summary: fc.summary,
    publishedAt,
    /** When readers last saw a change: the latest correction (null if never corrected). */
    correctedAt: lastCorrection,
    article,
    claims: shown.map((c) => {
      const touching = fc.corrections.filter((k) => k.claimId === null || k.claimId === c.id).at(-1)?.createdAt ?? null;
      return {
        ...c,
        claimReview: buildClaimReview({
          baseUrl,
          organisation: ORGANISATION_NAME,
          slug: fc.slug,
          datePublished: publishedAt,
          dateModified: touching,
          claim: c,
          verdict: c.verdict,
          article,
        }),
      };
    }),
    corrections: fc.corrections.map(({ claimId: _claimId, ...k }) => k),
  };
});

export type PublicFactCheck = NonNullable<Awaited<ReturnType<typeof getPublishedFactCheck>>>;

/** The ClaimReview feed: every claim shown on every published fact-check, newest first. */
export async function listPublishedClaimReviews() {
  const slugs = await db.factCheck.findMany({ where: published, orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }], select: { slug: true } });
  const all = await Promise.all(slugs.map((s) => getPublishedFactCheck(s.slug)));
  return all.flatMap((fc) => fc?.claims.map((c) => c.claimReview) ?? []);
}
