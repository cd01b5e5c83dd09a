// Changes a claim's claimant through the real data layer, as a second person would, so a form
// still holding the old version meets a conflict. `{ claimId, claimant }`.
import { updateClaimAttribution } from '@/lib/data/claims';
import { db } from '@/lib/db';
import { script, userId } from './script';

script(async (args: { claimId: string; claimant: string }) => {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: args.claimId }, select: { version: true, cue: true } });
  const after = await updateClaimAttribution(await userId('editor'), {
    claimId: args.claimId,
    version: claim.version,
    claimant: args.claimant,
    cue: claim.cue ?? '',
  });
  return { version: after.version };
});
