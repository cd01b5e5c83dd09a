// Fixtures for the claim research / workflow / list tests: people of every role and claims in a
// chosen status, written straight to the database so each test starts from a known state.
import { db, makeArticle, makeUser } from './db';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

export const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );

export async function people() {
  const journalist = await makeUser('journalist', 'Jo');
  const editor = await makeUser('editor', 'Ed');
  const admin = await makeUser('admin', 'Ada');
  return { journalist, editor, admin };
}

const TEXT = Array.from({ length: 400 }, (_, i) => `Sentence number ${String(i).padStart(3, '0')} is here.`).join(' ');

/** An article with room for 400 non-overlapping claims (one per sentence). */
export async function article(importedById: string) {
  return makeArticle(importedById, TEXT);
}

let slot = 0;
/** A claim on the next free sentence of `articleId`. */
export async function makeClaim(
  articleId: string,
  data: { status?: ClaimStatus; assigneeId?: string | null; score?: number; updatedAt?: Date } = {},
) {
  const i = slot++ % 400;
  const start = i * 29; // each sentence is 28 characters plus a space
  const text = TEXT.slice(start, start + 28);
  return db.claim.create({
    data: {
      articleId,
      start,
      end: start + 28,
      text,
      status: data.status ?? 'open',
      assigneeId: data.assigneeId ?? null,
      score: data.score ?? 0,
      ...(data.updatedAt ? { updatedAt: data.updatedAt } : {}),
    },
    select: { id: true, version: true, status: true, articleId: true },
  });
}

/** Everything a refused call must leave untouched. */
export async function snapshot(claimId: string) {
  const [claim, sources, notes, verdicts, events, corrections] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { status: true, version: true, assigneeId: true, claimant: true, cue: true } }),
    db.source.findMany({ where: { claimId }, orderBy: { id: 'asc' } }),
    db.note.count({ where: { claimId } }),
    db.verdict.count({ where: { claimId } }),
    db.event.count(),
    db.correction.count(),
  ]);
  return { claim, sources, notes, verdicts, events, corrections };
}

export const SOURCE = { url: 'https://example.org/report', title: 'Ministry statement', type: 'official_statement', stance: 'context' } as const;
