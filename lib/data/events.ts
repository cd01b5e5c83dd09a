import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export type EventInput = {
  actorId: string | null;
  action: string; // "claim.status", "source.create", …
  entityType: 'article' | 'claim' | 'source' | 'note' | 'verdict' | 'factcheck' | 'correction' | 'user';
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

const row = (e: EventInput) => ({
  actorId: e.actorId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  articleId: e.articleId ?? null,
  claimId: e.claimId ?? null,
  before: json(e.before),
  after: json(e.after),
});

/** Appends to the history. Takes a transaction client on purpose: history and change commit together. */
export async function recordEvent(tx: Tx, e: EventInput): Promise<void> {
  await tx.event.create({ data: row(e) });
}

export async function recordEvents(tx: Tx, events: EventInput[]): Promise<void> {
  if (events.length > 0) await tx.event.createMany({ data: events.map(row) });
}
