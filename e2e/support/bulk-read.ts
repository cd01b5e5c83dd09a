// Reads claims' workflow state and their status-change events straight from the database, for the
// bulk triage spec. Args: { claimIds }. Returns one row per id, in the order asked.
import { db } from '@/lib/db';
import { script } from './script';

script(async ({ claimIds }: { claimIds: string[] }) => {
  const claims = await db.claim.findMany({
    where: { id: { in: claimIds } },
    select: { id: true, status: true, version: true, assignee: { select: { name: true } } },
  });
  const events = await db.event.findMany({
    where: { claimId: { in: claimIds }, entityType: 'claim' },
    orderBy: { id: 'asc' },
    select: { claimId: true, action: true },
  });
  return claimIds.map((id) => {
    const c = claims.find((x) => x.id === id)!;
    return {
      id,
      status: c.status,
      version: c.version,
      assignee: c.assignee?.name ?? null,
      events: events.filter((e) => e.claimId === id).map((e) => e.action),
    };
  });
});
