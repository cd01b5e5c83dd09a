// The words people read for the desk's stored values, in one place. Client-safe: types only.
// Schemas (lib/validation) decide what is valid; this module only says how it reads.
import type { ClaimantType, ClaimStatus, NotificationKind, Rating, SourceType, Stance } from '@/lib/generated/prisma/enums';
import type { TransitionName } from '@/lib/workflow';
import type { ClaimSort } from '@/lib/validation/claim-lists';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  suggested: 'Suggested',
  open: 'Open',
  dismissed: 'Dismissed',
  researching: 'Researching',
  in_review: 'In review',
  ruled: 'Ruled',
};

/** The workflow's moves as buttons and messages name them. */
export const MOVE_LABELS: Record<TransitionName, string> = {
  accept: 'Accept',
  dismiss: 'Dismiss',
  assign: 'Assign',
  propose: 'Propose verdict',
  rule: 'Rule',
  sendBack: 'Send back',
};

export const CLAIMANT_TYPE_LABELS: Record<ClaimantType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  group: 'Group of people',
};

/** "Maria Romero, Council leader (person) · “Ms Romero” in the text": who a claim is attributed to, in one line. */
export function describeClaimant(c: { claimant: string | null; type: ClaimantType | null; role: string | null; mention: string | null }) {
  if (!c.claimant) return 'Not attributed';
  const who = c.role ? `${c.claimant}, ${c.role}` : c.claimant;
  const kind = c.type ? ` (${CLAIMANT_TYPE_LABELS[c.type].toLowerCase()})` : '';
  const asWritten = c.mention && c.mention !== c.claimant ? ` · “${c.mention}” in the text` : '';
  return `${who}${kind}${asWritten}`;
}

export const RATING_LABELS: Record<Rating, string> = {
  true_: 'True',
  mostly_true: 'Mostly true',
  mixed: 'Mixed',
  misleading: 'Misleading',
  mostly_false: 'Mostly false',
  false_: 'False',
  unverified: 'Unverified',
};

export const RATING_DESCRIPTIONS: Record<Rating, string> = {
  true_: 'Accurate, with nothing significant missing.',
  mostly_true: 'Accurate but needs clarification or context.',
  mixed: 'Partly accurate, partly not.',
  misleading: 'Contains accurate elements but gives a wrong impression.',
  mostly_false: 'Largely inaccurate, with an element of truth.',
  false_: 'Inaccurate.',
  unverified: 'Could not be independently verified.',
};

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  primary_document: 'Primary document',
  official_statement: 'Official statement',
  dataset: 'Dataset',
  news_report: 'News report',
  expert: 'Expert',
  social_post: 'Social media post',
  other: 'Other',
};

/** The workspace's wording; the reader's page words stances for readers. */
export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** The reader's page words stances for people who have not seen the workspace. */
export const READER_STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports the claim',
  contradicts: 'Contradicts the claim',
  context: 'Context',
};

export const CLAIM_SORT_LABELS: Record<ClaimSort, string> = {
  updated: 'Recently updated',
  score: 'Check-worthiness',
};

/** The inbox's kinds, as the preferences and emails name them. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: 'A claim assigned to me',
  sent_back: 'A claim sent back to me',
  proposal: 'A proposed verdict awaiting a ruling',
  ruled: 'A ruling on a claim I worked on',
  report: 'A reader’s error report',
  tip: 'A reader’s tip',
};
