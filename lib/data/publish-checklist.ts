import 'server-only';
import type { DbClient } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { latestFirst } from '@/lib/data/verdicts';
import { STATUS_LABELS } from '@/lib/labels';
import { quote } from '@/lib/text';
import { SUMMARY_TARGET_CHARS } from '@/lib/validation/claims';
import { PRIMARY_SOURCE_TYPES } from '@/lib/ratings';
import { ACTIVE_STATUSES } from '@/lib/workflow';
import type { Prisma } from '@/lib/generated/prisma/client';

// The checklist a fact-check must pass to be published, and each new version of it. The publish
// page shows it; publishing enforces it.

const publishClaimSelect = {
  id: true,
  text: true,
  summary: true,
  claimant: true,
  status: true,
  included: true,
  version: true,
  anchorStatus: true,
  anchorPending: true,
  needsRecheck: true,
  noPrimarySourceReason: true,
  _count: { select: { sources: true } },
  sources: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { title: true, type: true, archiveUrl: true, notArchivableReason: true } },
  // Verdicts are append-only; the latest ruled one is the current verdict.
  verdicts: {
    where: { kind: 'ruled' },
    orderBy: latestFirst,
    take: 1,
    select: { rating: true, explanation: true, attributionConfirmed: true, createdAt: true },
  },
} as const satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof publishClaimSelect }>;
type PublishClaim = Omit<Row, '_count' | 'verdicts'> & { sourceCount: number; verdict: Row['verdicts'][number] | null };

type ChecklistItem = {
  id:
    'claims' | 'anchors' | 'review' | 'verdicts' | 'claimants' | 'sources' | 'primarySources' | 'archives' | 'summary' | 'shortSummaries' | 'article';
  label: string;
  /** Each one stops publishing. */
  problems: string[];
  /** Worth fixing, but publishing goes ahead. */
  warnings?: string[];
};

/** What the checklist needs of the article: readers and ClaimReview markup name where the claims appeared. */
export type PublishArticle = { url: string | null; publisher: string | null; publishedAt: Date | null };

/** One line per missing detail, each saying how to fix it. */
function articleProblems(a: PublishArticle): string[] {
  const where = 'in “Article details” on this page';
  return [
    ...(a.url?.trim() ? [] : [`The article has no address: add its URL ${where}.`]),
    ...(a.publisher?.trim() ? [] : [`The article has no publisher: name who published it ${where}.`]),
    ...(a.publishedAt ? [] : [`The article has no date: add the day it was published ${where}.`]),
  ];
}

const shown = (text: string) => quote(text, 70);

/**
 * The evidence behind each included claim: a primary source or why none exists, and for every
 * source an archived copy or why none can be made (IFCN's transparency of sources). They warn:
 * publishing goes ahead, and the publish page lists what is missing.
 */
function evidenceItems(included: PublishClaim[]): ChecklistItem[] {
  return [
    {
      id: 'primarySources',
      label: 'Every included claim has a primary source (document, official statement or dataset), or says why none exists',
      problems: [],
      warnings: included
        .filter((c) => !c.noPrimarySourceReason && c.sources.length > 0 && !c.sources.some((s) => PRIMARY_SOURCE_TYPES.includes(s.type)))
        .map((c) => `${shown(c.text)} has no primary source: add one, or say on the claim’s page why none exists.`),
    },
    {
      id: 'archives',
      label: 'Every source of an included claim has an archived copy, or says why it cannot',
      problems: [],
      warnings: included.flatMap((c) =>
        c.sources
          .filter((s) => !s.archiveUrl && !s.notArchivableReason)
          .map(
            (s) => `The source ${quote(s.title, 60)} of ${shown(c.text)} has no archived copy: add its address, or say why it cannot be archived.`,
          ),
      ),
    },
  ];
}

/** The checklist, item by item. Pure. */
export function checklist(summary: string | null | undefined, claims: PublishClaim[], article: PublishArticle): ChecklistItem[] {
  const included = claims.filter((c) => c.included);
  const underReview = included.filter((c) => c.status !== 'ruled');
  return [
    {
      id: 'claims',
      label: 'At least one claim is included',
      problems: included.length ? [] : ['Include at least one claim: a fact-check with no claims has nothing to show readers.'],
    },
    {
      id: 'anchors',
      label: 'Every claim the new version of the article changed has been looked at',
      problems: [
        ...claims
          .filter((c) => c.anchorPending)
          .map((c) => `${shown(c.text)} changed in the new version of the article: confirm it, re-mark it or leave it out.`),
        ...included
          .filter((c) => !c.anchorPending && c.anchorStatus === 'orphaned')
          .map((c) => `${shown(c.text)} is no longer in the article: re-mark its words or leave it out.`),
        ...included.filter((c) => c.needsRecheck).map((c) => `${shown(c.text)} changed after its ruling: rule on it again.`),
      ],
    },
    {
      id: 'review',
      label: 'Nothing included is still under review',
      problems: underReview.map((c) => `${shown(c.text)} is still ${STATUS_LABELS[c.status].toLowerCase()}: rule on it or leave it out.`),
    },
    {
      id: 'verdicts',
      label: 'Every included claim has a ruled verdict with an explanation',
      // Every included claim, not only those ruled: a claim still under review fails here too
      // (it has no ruling yet), so this item never passes while one lacks a verdict.
      problems: included.filter((c) => !c.verdict?.explanation.trim()).map((c) => `${shown(c.text)} has no ruled verdict with an explanation.`),
    },
    {
      id: 'claimants',
      label: 'Every included claim has a claimant',
      problems: included.filter((c) => !c.claimant?.trim()).map((c) => `${shown(c.text)} has no claimant: say who made the claim.`),
    },
    {
      id: 'sources',
      label: 'Every included claim has at least one source',
      problems: included.filter((c) => c.sourceCount === 0).map((c) => `${shown(c.text)} has no source: add at least one.`),
    },
    ...evidenceItems(included),
    {
      // ClaimReview's claimReviewed: Google asks for a short summary (under ~75 characters); until
      // an editor writes one, the markup carries the whole quote.
      id: 'shortSummaries',
      label: `Every included claim has a short summary for search engines (up to ${SUMMARY_TARGET_CHARS} characters)`,
      problems: [],
      warnings: [
        ...included.filter((c) => !c.summary).map((c) => `${shown(c.text)} has no short summary: search engines will show the whole quote.`),
        ...included
          .filter((c) => c.summary && c.summary.length > SUMMARY_TARGET_CHARS)
          .map((c) => `The short summary of ${shown(c.text)} has ${c.summary!.length} characters: search engines may cut it.`),
      ],
    },
    {
      id: 'summary',
      label: 'The fact-check has a summary',
      problems: summary?.trim() ? [] : ['Write a summary of the fact-check.'],
    },
    {
      id: 'article',
      label: 'The article’s address, publisher and date are known',
      problems: articleProblems(article),
    },
  ];
}

/** The claims that count for the fact-check (accepted into the desk's work), in text order. */
export async function loadPublishClaims(client: DbClient, articleId: string): Promise<PublishClaim[]> {
  const rows = await client.claim.findMany({
    where: { articleId, status: { in: [...ACTIVE_STATUSES] } },
    orderBy: { start: 'asc' },
    select: publishClaimSelect,
  });
  return rows.map(({ _count, verdicts, ...c }) => ({ ...c, sourceCount: _count.sources, verdict: verdicts[0] ?? null }));
}

/**
 * Refuses with every problem as field errors keyed by item id. The message names the one problem
 * when there is one; otherwise only how many items fail, since the form lists the problems under
 * it (a message repeating the first would show it twice).
 */
export function assertChecklist(items: ChecklistItem[], doing: string) {
  const failing = items.filter((i) => i.problems.length);
  const problems = failing.flatMap((i) => i.problems);
  if (!problems.length) return;
  const n = failing.length;
  throw invalid(
    problems.length === 1
      ? `Cannot ${doing}: ${problems[0]}`
      : `Cannot ${doing}: ${n} checklist item${n === 1 ? '' : 's'} fail${n === 1 ? 's' : ''}.`,
    Object.fromEntries(failing.map((i) => [i.id, i.problems])),
  );
}
