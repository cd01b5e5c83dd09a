import 'server-only';
import type { DbClient } from '@/lib/db';
import type { EventAction, EventEntity } from '@/lib/generated/prisma/enums';
import { RATING_LABELS, SOURCE_TYPE_LABELS, STANCE_LABELS, STATUS_LABELS } from '@/lib/labels';

// A claim's timeline in words. Events are written by lib/data/events.ts in the vocabulary it
// types; this reads them back for people.

type Json = Record<string, unknown> | null;
type HistoryChange = { field: string; before?: string; after?: string };
export type HistoryEntry = { id: string; at: Date; actor: string; summary: string; changes: HistoryChange[] };

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  assignee: 'Assignee',
  reason: 'Reason',
  claimant: 'Claimant',
  claimantType: 'Claimant type',
  claimantRole: 'Claimant’s role',
  cue: 'Cue',
  rating: 'Rating',
  explanation: 'Explanation',
  attributionConfirmed: 'Attribution confirmed',
  url: 'URL',
  title: 'Title',
  publisher: 'Publisher',
  byline: 'Byline',
  type: 'Type',
  stance: 'Stance',
  excerpt: 'Excerpt',
  accessedAt: 'Accessed',
  archiveUrl: 'Archive URL',
  body: 'Note',
  whatChanged: 'What changed',
  summary: 'Summary',
  notArchivableReason: 'Why it cannot be archived',
  checkers: 'Checked by',
  editor: 'Edited by',
  text: 'Text',
  included: 'In the fact-check',
  start: 'Start',
  end: 'End',
  anchor: 'Its words in the article',
  similarity: 'Similarity to the words before',
  version: 'Article version',
  publishedAt: 'Date',
  reference: 'Reference',
  whatIsWrong: 'What the reader said is wrong',
  claimText: 'The reader’s claim',
  events: 'Events',
  format: 'Format',
  active: 'Active',
  name: 'Name',
  linkedClaimId: 'Linked claim',
  linkedText: 'Its words',
  article: 'In the article',
  sources: 'Sources copied',
  aliases: 'Other names',
  sameAs: 'Same as',
  claims: 'Claims moved here',
  merged: 'Merged record',
};

/** One line per action: a new action does not compile until it is given one. */
const SUMMARIES: Record<EventAction, string> = {
  article_import: 'Imported the article',
  article_version: 'Imported a new version of the article',
  article_details: 'Edited the article’s details',
  claim_reanchor: 'Checked the claim’s words against a new version of the article',
  claim_attribution: 'Edited the attribution',
  claim_summary: 'Edited the claim’s short summary',
  claim_primarySource: 'Explained why the claim has no primary source',
  claim_accept: 'Accepted the claim',
  claim_dismiss: 'Dismissed the claim',
  claim_assign: 'Assigned the claim',
  claim_propose: 'Put the claim in review',
  claim_rule: 'Ruled on the claim',
  claim_sendBack: 'Sent the claim back for more research',
  claim_create: 'Added the claim from the text',
  claim_span: 'Changed the claim’s span',
  claim_merge: 'Merged claims',
  claim_split: 'Split the claim',
  claim_delete: 'Removed the claim',
  claim_included: 'Changed whether the claim is in the fact-check',
  source_create: 'Added a source',
  source_update: 'Edited a source',
  source_delete: 'Removed a source',
  note_create: 'Wrote a note',
  verdict_propose: 'Proposed a verdict',
  verdict_rule: 'Ruled a verdict',
  factcheck_create: 'Started the fact-check',
  factcheck_summary: 'Edited the fact-check’s summary',
  factcheck_publish: 'Published the fact-check',
  factcheck_republish: 'Republished the fact-check',
  factcheck_unpublish: 'Unpublished the fact-check',
  factcheck_bylines: 'Edited the bylines',
  correction_create: 'Published a correction',
  user_create: 'Created the account',
  user_role: 'Changed the role',
  user_deactivate: 'Deactivated the account',
  user_reactivate: 'Reactivated the account',
  user_passwordReset: 'Reset the password',
  user_passwordChange: 'Changed the password',
  user_rename: 'Changed the name',
  sitepage_update: 'Edited a transparency page',
  report_accept: 'Accepted a reader’s error report as a correction',
  report_decline: 'Declined a reader’s error report',
  tip_article: 'Turned a reader’s tip into an article',
  tip_claim: 'Turned a reader’s tip into a claim',
  tip_decline: 'Declined a reader’s tip',
  claim_link: 'Linked it as the same claim as an earlier one',
  claim_unlink: 'Removed the link to an earlier claim',
  claim_takeOver: 'Took over the linked claim’s verdict as a proposal, with its sources',
  webhook_create: 'Registered a webhook',
  webhook_update: 'Changed a webhook',
  claimant_update: 'Changed the claimant’s record',
  claimant_merge: 'Merged another claimant’s record into this one',
};

/** An action's line in words ("Assigned the claim"): the history's, webhooks' and Slack's. */
export const summaryOf = (action: EventAction): string => SUMMARIES[action];

const ENUM_LABELS: Record<string, Record<string, string>> = {
  status: STATUS_LABELS,
  rating: RATING_LABELS,
  type: SOURCE_TYPE_LABELS,
  stance: STANCE_LABELS,
  anchor: { changed: 'changed', orphaned: 'gone', confirmed: 'confirmed by a reviewer', left_out: 'left out of the fact-check by a reviewer' },
};

/** A stored value as a person would read it: labels for enums, yes/no for booleans. */
function show(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return ENUM_LABELS[field]?.[s] ?? s;
}

/** Before → after for every field that differs; fields only on one side show as added/removed. */
function describeChanges(before: Json, after: Json): HistoryChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const out: HistoryChange[] = [];
  for (const k of keys) {
    const b = before?.[k];
    const a = after?.[k];
    if (before && after && JSON.stringify(b) === JSON.stringify(a)) continue;
    out.push({ field: FIELD_LABELS[k] ?? k, before: before ? show(k, b) : undefined, after: after ? show(k, a) : undefined });
  }
  return out;
}

const asObject = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

type EventRow = { id: bigint; at: Date; action: EventAction; before: unknown; after: unknown; actor: { name: string } | null };
const eventSelect = { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } } as const;

const toEntries = (events: EventRow[]): HistoryEntry[] =>
  events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    actor: e.actor?.name ?? 'The system',
    summary: SUMMARIES[e.action],
    changes: describeChanges(asObject(e.before), asObject(e.after)),
  }));

/**
 * Every event on the claim and what hangs off it (sources, notes, verdicts, corrections), newest
 * first. No authorization here: the caller (lib/data/claim-page.ts) has authorized the read.
 */
export async function claimHistory(client: DbClient, claimId: string, take = 500): Promise<HistoryEntry[]> {
  return toEntries(await client.event.findMany({ where: { claimId }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take, select: eventSelect }));
}

/** Every event on one record that belongs to no claim (a claimant record), newest first; the caller authorizes. */
export async function entityHistory(client: DbClient, entityType: EventEntity, entityId: string, take = 200): Promise<HistoryEntry[]> {
  return toEntries(
    await client.event.findMany({ where: { entityType, entityId }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take, select: eventSelect }),
  );
}
