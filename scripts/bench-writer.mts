// The writes of `npm run bench:reader`'s mixed runs (scripts/bench.mjs starts it next to the app,
// against the same database). Each write goes through the real data layer, then the real reader
// refresh (lib/public-cache.ts refreshReaderCopies, which reaches the app through NOTIFY), as the
// action pipeline would after the commit.
//   edit     a journalist changes the claimant of a published claim (workspace only)
//   publish  the same, then an editor publishes it as a new version with a note
// Args: <edit|publish> <pause between writes, ms>. Prints the number of writes and the CPU time it
// used when stopped.
import { db } from '@/lib/db';
import { updateClaimAttribution } from '@/lib/data/claims';
import { publishFactCheck } from '@/lib/data/factchecks';
import { refreshReaderCopies } from '@/lib/public-cache';
import { DEMO_ACCOUNTS } from '@/prisma/demo';

const [mode = 'edit', pause = '100'] = process.argv.slice(2);
let writes = 0;
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

const userId = async (role: string) =>
  (await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.find((a) => a.role === role)!.email }, select: { id: true } })).id;

async function main() {
  const [journalist, editor] = [await userId('journalist'), await userId('editor')];
  const fc = await db.factCheck.findFirstOrThrow({ where: { status: 'published' }, select: { articleId: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: fc.articleId, included: true, status: 'ruled' }, orderBy: { start: 'asc' } });
  console.log('ready');
  const cpu0 = process.cpuUsage();
  while (!stopping) {
    const { version, cue } = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, cue: true } });
    const claimant = `${claim.claimant} (${writes % 2 ? 'checked' : 'as reported'})`;
    await updateClaimAttribution(journalist, { claimId: claim.id, version, claimant, cue: cue ?? '' });
    if (mode === 'publish') {
      const { version: v } = await db.factCheck.findUniqueOrThrow({ where: { articleId: fc.articleId }, select: { version: true } });
      await publishFactCheck(editor, { articleId: fc.articleId, version: v, kind: 'update', note: `Benchmark write ${writes}.` });
    }
    await refreshReaderCopies([fc.articleId]);
    writes++;
    await new Promise((r) => setTimeout(r, Number(pause)));
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ mode, writes, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
