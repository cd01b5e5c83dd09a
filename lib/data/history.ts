import 'server-only';
import { db } from '@/lib/db';
import { authorize } from '@/lib/auth/actor';
import { STATUS_LABELS } from '@/lib/workflow';
import { RATING_INFO } from '@/lib/ratings';
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from '@/lib/validation/sources';

type Json = Record<string, unknown> | null;
export type HistoryChange = { field: string; before?: string; after?: string };
export type HistoryEntry = { id: string; at: Date; actor: string; summary: string; changes: HistoryChange[] };

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  assignee: 'Assignee',
  reason: 'Reason',
  claimant: 'Claimant',
  cue: 'Cue',
  rating: 'Rating',
  explanation: 'Explanation',
  attributionConfirmed: 'Attribution confirmed',
  url: 'URL',
  title: 'Title',
  publisher: 'Publisher',
  type: 'Type',
  stance: 'Stance',
  excerpt: 'Excerpt',
  accessedAt: 'Accessed',
  archiveUrl: 'Archive URL',
  body: 'Note',
  whatChanged: 'What changed',
  text: 'Text',
  included: 'In the fact-check',
  start: 'Start',
  end: 'End',
};

const SUMMARIES: Record<string, string> = {
  'claim.attribution': 'Edited the attribution',
  'claim.accept': 'Accepted the claim',
  'claim.dismiss': 'Dismissed the claim',
  'claim.assign': 'Assigned the claim',
  'claim.propose': 'Put the claim in review',
  'claim.rule': 'Ruled on the claim',
  'claim.sendBack': 'Sent the claim back for more research',
  'claim.create': 'Added the claim from the text',
  'claim.span': 'Changed the claim’s span',
  'claim.merge': 'Merged claims',
  'claim.split': 'Split the claim',
  'claim.delete': 'Removed the claim',
  'claim.included': 'Changed whether the claim is in the fact-check',
  'source.create': 'Added a source',
  'source.update': 'Edited a source',
  'source.delete': 'Removed a source',
  'note.create': 'Wrote a note',
  'verdict.propose': 'Proposed a verdict',
  'verdict.rule': 'Ruled a verdict',
  'correction.create': 'Published a correction',
};

/** A stored value as a person would read it: labels for enums, yes/no for booleans. */
function show(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (field === 'status') return STATUS_LABELS[s as keyof typeof STATUS_LABELS] ?? s;
  if (field === 'rating') return RATING_INFO[s as keyof typeof RATING_INFO]?.label ?? s;
  if (field === 'type') return SOURCE_TYPE_LABELS[s as keyof typeof SOURCE_TYPE_LABELS] ?? s;
  if (field === 'stance') return STANCE_LABELS[s as keyof typeof STANCE_LABELS] ?? s;
  return s;
}

/** Before → after for every field that differs; fields only on one side show as added/removed. */
export function describeChanges(before: Json, after: Json): HistoryChange[] {
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

/** Every event on the claim and what hangs off it (sources, notes, verdicts, corrections), newest first. */
export async function getClaimHistory(userId: string | null, claimId: string, take = 500): Promise<HistoryEntry[]> {
  await authorize(userId, 'workspace.read');
  const events = await db.event.findMany({
    where: { claimId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    actor: e.actor?.name ?? 'The system',
    summary: SUMMARIES[e.action] ?? e.action,
    changes: describeChanges(asObject(e.before), asObject(e.after)),
  }));
}
