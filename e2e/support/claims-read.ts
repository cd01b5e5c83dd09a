// Reads a claim's workflow state straight from the database, for "nothing changed" checks.
import { db } from '@/lib/db';
import { script } from './script';

script(async ({ claimId }: { claimId: string }) => {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, version: true, assigneeId: true } });
  const verdicts = await db.verdict.findMany({ where: { claimId }, orderBy: { createdAt: 'asc' }, select: { kind: true, rating: true } });
  const events = await db.event.count({ where: { claimId } });
  return { ...claim, verdicts, events };
});
