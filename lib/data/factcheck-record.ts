import 'server-only';
import type { Tx } from '@/lib/db';
import type { SavedRecord } from '@/lib/errors';
import { updateVersioned } from '@/lib/data/versioned';
import type { Prisma } from '@/lib/generated/prisma/client';

// A fact-check row as the publishing step reads and locks it (lib/data/factchecks.ts,
// lib/data/publish-view.ts).

export const factCheckSelect = {
  id: true,
  articleId: true,
  slug: true,
  summary: true,
  status: true,
  publishedAt: true,
  retractedAt: true,
  retractionReason: true,
  checkerNames: true,
  editorName: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.FactCheckSelect;

export type FactCheck = Prisma.FactCheckGetPayload<{ select: typeof factCheckSelect }>;

/** What a CONFLICT on a fact-check shows of it. */
export const savedFactCheck = (f: FactCheck): SavedRecord => ({
  entity: 'factcheck',
  id: f.id,
  version: f.version,
  articleId: f.articleId,
  status: f.status,
  summary: f.summary,
});

/** Applies `data` only if the fact-check is still at `version` (lib/data/versioned.ts). */
export function updateFactCheckVersioned(tx: Tx, id: string, version: number, data: Prisma.FactCheckUpdateManyMutationInput) {
  return updateVersioned(
    { id, version },
    {
      write: (where) => tx.factCheck.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
      read: () => tx.factCheck.findUnique({ where: { id }, select: factCheckSelect }),
      saved: savedFactCheck,
      what: 'this fact-check',
      missing: 'That fact-check',
    },
  );
}
