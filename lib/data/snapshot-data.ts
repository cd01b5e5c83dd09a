import { z } from 'zod';
import { RATING_LABELS } from '@/lib/labels';
import { quote } from '@/lib/text';
import { ClaimantType, Rating, SourceType, Stance } from '@/lib/generated/prisma/enums';

// What a published snapshot holds (prisma/schema.prisma FactCheckSnapshot.data): everything
// readers see of a fact-check, as JSON. Pure: lib/data/snapshots.ts builds and stores it,
// lib/data/public.ts renders from it, and describeChanges says in words what differs between two
// versions, for the editor before publishing and for the corrections log readers see.

/** A calendar day as stored: YYYY-MM-DD (article dates and source access dates have no time). */
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ZSnapshotSource = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  type: z.enum(SourceType),
  stance: z.enum(Stance),
  excerpt: z.string().nullable(),
  accessedAt: ZDay.nullable(),
  archiveUrl: z.string().nullable(),
});

export const ZSnapshotClaim = z.object({
  id: z.string(),
  // Versions published before claims had numbers read as null: the page numbers those by position.
  number: z.number().int().positive().nullable().default(null),
  formerNumbers: z.array(z.number().int().positive()).default([]),
  /** The editor's short wording for claimReviewed; null where none was written. */
  summary: z.string().nullable().default(null),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  claimant: z.string(),
  // Versions published before these were recorded read as "not known".
  claimantType: z.enum(ClaimantType).nullable().default(null),
  claimantRole: z.string().nullable().default(null),
  /** From the claimant's record (e.g. Wikidata); versions published before records read as none. */
  claimantSameAs: z.string().nullable().default(null),
  verdict: z.object({ rating: z.enum(Rating), explanation: z.string(), attributionConfirmed: z.boolean() }),
  sources: z.array(ZSnapshotSource),
});

export const ZSnapshotData = z.object({
  v: z.literal(1),
  summary: z.string(),
  // Versions published before bylines were recorded name no one.
  bylines: z.object({ checkers: z.array(z.string()), editor: z.string().nullable() }).default({ checkers: [], editor: null }),
  article: z.object({
    title: z.string(),
    publisher: z.string().nullable(),
    // Versions published before bylines were stored name no author.
    byline: z.string().nullable().default(null),
    url: z.string().nullable(),
    publishedAt: ZDay.nullable(),
    language: z.string().default('en'),
    plainText: z.string(),
    links: z.array(z.object({ text: z.string(), href: z.string(), start: z.number().int(), end: z.number().int() })),
  }),
  claims: z.array(ZSnapshotClaim),
});

export type TSnapshotData = z.infer<typeof ZSnapshotData>;
type Claim = TSnapshotData['claims'][number];
type Source = Claim['sources'][number];

/**
 * The data in one canonical shape. PostgreSQL's jsonb reorders keys, so two copies of the same
 * data compare equal only after both went through the schema (which lists keys in its own order).
 */
export const canonical = (data: unknown): TSnapshotData => ZSnapshotData.parse(data);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sourceChanges(before: Source[], after: Source[]): string[] {
  const out: string[] = [];
  const old = new Map(before.map((s) => [s.id, s]));
  for (const s of after) {
    const o = old.get(s.id);
    old.delete(s.id);
    if (!o) out.push(`added the source ${quote(s.title)} (${s.url})`);
    else if (o.url !== s.url) out.push(`the source ${quote(o.title)} now links to ${s.url}`);
    else if (!same(o, s)) out.push(`edited the source ${quote(s.title)}`);
  }
  for (const o of old.values()) out.push(`removed the source ${quote(o.title)} (${o.url})`);
  return out;
}

function claimChanges(a: Claim, b: Claim): string[] {
  const out: string[] = [];
  if (a.text !== b.text) out.push(`the claim now reads ${quote(b.text, 160)}`);
  if (a.summary !== b.summary && b.summary) out.push(`its short summary now reads ${quote(b.summary, 80)}`);
  if (a.claimant !== b.claimant) out.push(`the claimant changed from ${a.claimant} to ${b.claimant}`);
  else if (a.claimantType !== b.claimantType || a.claimantRole !== b.claimantRole || a.claimantSameAs !== b.claimantSameAs)
    out.push(`the description of ${b.claimant} changed`);
  if (a.verdict.rating !== b.verdict.rating) {
    out.push(`the verdict changed from ${RATING_LABELS[a.verdict.rating]} to ${RATING_LABELS[b.verdict.rating]}`);
  }
  if (a.verdict.explanation !== b.verdict.explanation) out.push('the explanation was rewritten');
  if (a.verdict.attributionConfirmed !== b.verdict.attributionConfirmed) {
    out.push(b.verdict.attributionConfirmed ? 'the attribution is now confirmed' : 'the attribution is no longer confirmed');
  }
  return [...out, ...sourceChanges(a.sources, b.sources)];
}

function articleChanges(a: TSnapshotData['article'], b: TSnapshotData['article']): string[] {
  const fields = (['title', 'publisher', 'byline', 'url', 'publishedAt', 'language'] as const).filter((k) => a[k] !== b[k]);
  const out = fields.length ? [`The original article’s details changed (${fields.join(', ')}).`] : [];
  if (a.plainText !== b.plainText || !same(a.links, b.links)) out.push('The text of the original article changed.');
  return out;
}

/** Ends a line with a full stop, unless it already ends with one inside a closing quote. */
const sentence = (s: string) => (/[.!?]”?$/.test(s) ? s : `${s}.`);

export type Changes = {
  /** One sentence per change, in the order readers meet them on the page. */
  lines: string[];
  /** The claims that changed, were added or were removed. */
  claimIds: string[];
};

/** What a reader of `before` would find different in `after`, in words. Empty when nothing is. */
export function describeChanges(before: TSnapshotData, after: TSnapshotData): Changes {
  const lines: string[] = [];
  const claimIds: string[] = [];
  if (before.summary !== after.summary) lines.push('The summary was rewritten.');
  if (!same(before.bylines, after.bylines)) lines.push('The bylines changed.');
  lines.push(...articleChanges(before.article, after.article));
  const old = new Map(before.claims.map((c) => [c.id, c]));
  for (const c of after.claims) {
    const o = old.get(c.id);
    old.delete(c.id);
    const parts = o ? claimChanges(o, c) : null;
    if (parts && !parts.length) continue;
    claimIds.push(c.id);
    lines.push(sentence(parts ? `${quote(o!.text, 80)}: ${parts.join('; ')}` : `Added the claim ${quote(c.text, 80)}`));
  }
  for (const o of old.values()) {
    claimIds.push(o.id);
    lines.push(sentence(`Removed the claim ${quote(o.text, 80)}`));
  }
  return { lines, claimIds };
}
