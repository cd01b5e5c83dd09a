import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  ClaimantType,
  ClaimStatus,
  EventAction,
  EventEntity,
  FactCheckStatus,
  Rating,
  ReportStatus,
  Role,
  TipStatus,
} from '@/lib/generated/prisma/enums';
import { noteTouchedArticle } from '@/lib/data/touched';
import { fanOut } from '@/lib/data/fan-out';

// The history's closed vocabulary. The actions are the EventAction enum of prisma/schema.prisma
// (stored as "claim.span" etc.; the database refuses any other), and each action's before/after
// is typed here, so every recordEvent call and every summary in lib/data/history.ts is checked
// by the compiler against the same list.

type Span = { start: number; end: number; text: string };
/** Every workflow move (lib/workflow.ts): the status, and what else the move changed. */
type ClaimMove = {
  before: { status: ClaimStatus; assignee?: string | null };
  after: { status: ClaimStatus; assignee?: string | null; reason?: string };
};
type Attribution = { claimant: string | null; claimantType?: ClaimantType | null; claimantRole?: string | null; cue: string | null };
export type VerdictValues = { rating: Rating; explanation: string; attributionConfirmed: boolean };
/** A source's fields as the history keeps them (the date as YYYY-MM-DD). */
export type SourceFields = {
  url: string;
  title: string;
  publisher: string | null;
  type: string;
  stance: string;
  excerpt: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  /** Absent in events written before sources could say why they have no archived copy. */
  notArchivableReason?: string | null;
};
type Publication = { before: { status: FactCheckStatus }; after: { status: FactCheckStatus; slug?: string } };
/** An article's details as the history keeps them (the date as YYYY-MM-DD). */
export type ArticleDetails = {
  title: string;
  publisher: string | null;
  byline?: string | null;
  url: string | null;
  publishedAt: string | null;
  language?: string;
};

/** A transparency page as the history keeps it: its title and the Markdown written. */
export type SitePageFields = { title: string; body: string; version: number };

/** The other claim of a link, as the history keeps it. */
type ClaimLinkFields = { linkedClaimId: string; linkedText: string; article: string };

/** A claimant record as the history keeps it. */
export type ClaimantFields = { name: string; type: ClaimantType; role: string | null; sameAs: string | null; aliases: string[] };

/** A webhook as the history keeps it: never its secret. */
export type WebhookFields = { name: string; url: string; events: string[]; format: string; active: boolean };

/** A reader's report or tip as triage left it: its reference, what the reader wrote, and the decline reason or correction. */
type ReportTriage = {
  before: { status: ReportStatus };
  after: { status: ReportStatus; reference: string; whatIsWrong: string; reason?: string; whatChanged?: string };
};
type TipTriage = { before: { status: TipStatus }; after: { status: TipStatus; reference: string; claimText: string; reason?: string } };

/** A fact-check's bylines: who checked its claims, who edited it. */
export type Bylines = { checkers: string[]; editor: string | null };

/** Fails to compile unless T has a payload for exactly the actions of the enum. */
type Vocabulary<T extends Record<EventAction, { before?: unknown; after?: unknown }> & Record<Exclude<keyof T, EventAction>, never>> = T;

type Payloads = Vocabulary<{
  article_import: { after: { title: string; claims: number; links: number; extractorVersion: string } };
  article_version: {
    before: { version: number; length: number };
    after: { version: number; length: number; exact: number; moved: number; changed: number; orphaned: number; suggested: number };
  };
  article_details: { before: ArticleDetails; after: ArticleDetails };
  claim_reanchor: {
    before: { text: string };
    after: { anchor: 'changed' | 'orphaned' | 'confirmed' | 'left_out'; text: string | null; similarity?: number; version?: number };
  };
  claim_attribution: { before: Attribution; after: Attribution };
  claim_summary: { before: { summary: string | null }; after: { summary: string | null } };
  claim_primarySource: { before: { reason: string | null }; after: { reason: string | null } };
  claim_accept: ClaimMove;
  claim_dismiss: ClaimMove;
  claim_assign: ClaimMove;
  claim_propose: ClaimMove;
  claim_rule: ClaimMove;
  claim_sendBack: ClaimMove;
  claim_create: { after: Span & { status: ClaimStatus; splitFrom?: string } };
  claim_span: { before: Span; after: Span };
  claim_merge: { before: { first: Span; second: Span & { id: string } }; after: Span };
  claim_split: { before: Span; after: Span & { newClaimId: string } };
  claim_delete: { before: Span & { status: ClaimStatus }; after: { mergedInto: string } };
  claim_included: { before: { included: boolean }; after: { included: boolean } };
  /** Linked as the same claim as an earlier one ("Checked before?"): the other claim, as it read. */
  claim_link: { after: ClaimLinkFields };
  claim_unlink: { before: ClaimLinkFields };
  /** The linked claim's ruling taken over as this claim's proposal, with its sources. */
  claim_takeOver: { after: ClaimLinkFields & { rating: Rating; sources: number } };
  source_create: { after: SourceFields };
  source_update: { before: SourceFields; after: SourceFields };
  source_delete: { before: SourceFields };
  note_create: { after: { body: string } };
  verdict_propose: { after: VerdictValues };
  verdict_rule: { before?: VerdictValues; after: VerdictValues };
  factcheck_create: { after: { summary: string; slug: string } };
  factcheck_summary: { before: { summary: string }; after: { summary: string; slug: string } };
  factcheck_publish: Publication;
  factcheck_republish: Publication;
  /** A retraction: the reason readers see on the 410 page. */
  factcheck_unpublish: { before: { status: FactCheckStatus }; after: { status: FactCheckStatus; reason: string } };
  factcheck_bylines: { before: Bylines; after: Bylines };
  correction_create: { after: { whatChanged: string; reason: string } };
  user_create: { after: { email: string; role: Role } };
  user_role: { before: { role: Role }; after: { role: Role } };
  user_deactivate: { before: { active: boolean }; after: { active: boolean } };
  user_reactivate: { before: { active: boolean }; after: { active: boolean } };
  /** Only that it happened: never the temporary password, never a hash. */
  user_passwordReset: { after: { mustChangePassword: true } };
  /** Only that it happened and whether a reset required it: never a password, never a hash. */
  user_passwordChange: { before: { mustChangePassword: boolean }; after: { mustChangePassword: false } };
  user_rename: { before: { name: string }; after: { name: string } };
  /** A transparency page; entityId is its slug. No `before` when saving created it (the form showed the default). */
  sitepage_update: { before?: SitePageFields; after: SitePageFields };
  /** Accepted: the correction it became is the correction_create event beside it. */
  report_accept: ReportTriage;
  report_decline: ReportTriage;
  tip_article: TipTriage;
  tip_claim: TipTriage;
  tip_decline: TipTriage;
  webhook_create: { after: WebhookFields };
  webhook_update: { before: WebhookFields; after: WebhookFields };
  claimant_update: { before: ClaimantFields; after: ClaimantFields };
  /** Another record merged into this one (entityId): its claims and names now this one's. */
  claimant_merge: { before: { merged: ClaimantFields & { id: string } }; after: ClaimantFields & { claims: number } };
}>;

/** What an action is about: the part of its name before the underscore (a CHECK in the database too). */
type EntityOf<A extends EventAction> = A extends `${infer E extends EventEntity}_${string}` ? E : never;

/**
 * Which rows an event names. Everything readers could see change names its article (the action
 * pipeline refreshes readers' copies from it); every change to a claim or what hangs off it names
 * the claim (its timeline reads by claim). The database enforces both with CHECKs. Accounts and
 * the transparency pages, webhooks and claimant records belong to no article and name none. A reader's report names its
 * fact-check's article; a tip names the article or claim it became, if any.
 */
type Names<E extends EventEntity> = E extends 'user' | 'sitepage' | 'webhook' | 'claimant'
  ? unknown
  : E extends 'tip'
    ? { articleId?: string; claimId?: string }
    : E extends 'article' | 'factcheck'
      ? { articleId: string }
      : E extends 'correction' | 'report'
        ? { articleId: string; claimId: string | null }
        : { articleId: string; claimId: string };

export type EventInput = {
  [A in EventAction]: { action: A; actorId: string; entityId: string } & Names<EntityOf<A>> & Payloads[A];
}[EventAction];

/** Notes are internal: a note never changes what readers see. */
const INTERNAL: readonly EventEntity[] = ['note'];

const json = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));
const field = <K extends string>(e: EventInput, k: K): unknown => (k in e ? (e as Record<K, unknown>)[k] : undefined);

function row(e: EventInput) {
  return {
    actorId: e.actorId,
    action: e.action,
    entityType: e.action.slice(0, e.action.indexOf('_')) as EventEntity,
    entityId: e.entityId,
    articleId: (field(e, 'articleId') as string | undefined) ?? null,
    claimId: (field(e, 'claimId') as string | null | undefined) ?? null,
    before: json(field(e, 'before')),
    after: json(field(e, 'after')),
  };
}

/** Tells the action pipeline which articles readers may now see differently (lib/data/touched.ts). */
function report(rows: ReturnType<typeof row>[]) {
  for (const r of rows) if (r.articleId && !INTERNAL.includes(r.entityType)) noteTouchedArticle(r.articleId);
}

/**
 * Appends to the history. Takes a transaction client on purpose: history and change commit
 * together. Every change goes through here, so no mutation can forget to report its article, and
 * none can forget the people and webhooks that hear of it (lib/data/fan-out.ts), whose
 * notifications and deliveries commit with it too.
 */
export async function recordEvent(tx: Tx, e: EventInput): Promise<void> {
  await recordEvents(tx, [e]);
}

export async function recordEvents(tx: Tx, events: EventInput[]): Promise<void> {
  const rows = events.map(row);
  if (rows.length === 0) return;
  const written = await tx.event.createManyAndReturn({ data: rows, select: { id: true } });
  report(rows);
  // One INSERT … RETURNING gives the ids in the order of its VALUES, which are the events' order.
  await fanOut(
    tx,
    written.map((w, i) => ({ ...(events[i] as EventInput), id: w.id })),
  );
}
