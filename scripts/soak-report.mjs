// The report of scripts/soak.mjs: what readers and editors saw, how long recovery took, and which
// acknowledged writes (if any) the database does not have.
const log = (...a) => console.error(...a);

/** Per second of the run: reader answers, editors' writes by outcome, and what /api/health said last. */
function timeline({ readers, writes, health }, seconds) {
  return Array.from({ length: seconds }, (_, second) => {
    const inSecond = (t) => Math.floor(t / 1000) === second;
    const reads = { ok: 0, failed: 0 };
    for (const r of Object.values(readers))
      for (const [status, n] of Object.entries(r.perSecond[second] ?? {})) reads[/^[23]\d\d$/.test(status) ? 'ok' : 'failed'] += n;
    const started = writes.filter((w) => inSecond(w.t));
    const acked = started.filter((w) => w.outcome === 'acked').length;
    return { second, reads, writes: { acked, failed: started.length - acked }, health: health.filter((h) => inSecond(h.t)).at(-1)?.status ?? null };
  });
}

export function summarise(config, { killedAt, readers, writes, health, stored, appLines }) {
  const s = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
  const acked = writes.filter((w) => w.outcome === 'acked');
  const lost = acked.filter((w) => !stored.has(w.body));
  const failed = writes.filter((w) => w.outcome !== 'acked');
  const failedButStored = failed.filter((w) => stored.has(w.body));
  const after = (list, pred) => list.find((x) => x.t > killedAt && pred(x));
  const firstDown = after(health, (h) => h.status !== 200);
  const firstUpAgain = firstDown && health.find((h) => h.t > firstDown.t && h.status === 200);
  const firstWrite = after(acked, () => true);
  const back = appLines.find((l) => l.t > killedAt && /PostgreSQL is back/.test(l.line));
  const lastReaderError = Math.max(-1, ...Object.values(readers).flatMap((r) => r.errorTimes));
  const result = {
    config,
    readers: Object.fromEntries(
      Object.entries(readers).map(([p, r]) => [p, { ok: r.ok, errors: r.errors, statuses: r.statuses, latencyMs: r.latencyMs }]),
    ),
    writes: {
      attempted: writes.length,
      acknowledged: acked.length,
      failed: failed.length,
      failedButCommitted: failedButStored.length,
      lost: lost.length,
    },
    failuresSeenByEditors: Object.fromEntries(
      [...new Set(failed.map((w) => w.outcome))].map((o) => [o, failed.filter((w) => w.outcome === o).length]),
    ),
    recovery: {
      postgresBackAfterMs: back ? back.t - killedAt : null,
      healthDownForMs: firstDown && firstUpAgain ? firstUpAgain.t - firstDown.t : null,
      healthOkAfterKillMs: firstUpAgain ? firstUpAgain.t - killedAt : null,
      firstAcknowledgedWriteAfterKillMs: firstWrite ? firstWrite.t - killedAt : null,
      lastReaderErrorAfterKillMs: lastReaderError > killedAt ? lastReaderError - killedAt : null,
    },
    lostWrites: lost.map((w) => w.body),
    timeline: timeline({ readers, writes, health }, config.seconds),
  };
  log(`\n[soak] readers:`);
  for (const [p, r] of Object.entries(result.readers))
    log(
      `  ${p}: ${r.ok} ok, ${r.errors} errors ${JSON.stringify(r.statuses)}, latency p50 ${r.latencyMs?.p50} ms, p99 ${r.latencyMs?.p99} ms, max ${r.latencyMs?.max} ms`,
    );
  const w = result.writes;
  log(`[soak] editors: ${w.attempted} writes, ${w.acknowledged} acknowledged, ${w.failed} failed (${w.failedButCommitted} of them committed anyway)`);
  log(`  failures: ${JSON.stringify(result.failuresSeenByEditors)}`);
  log(`[soak] committed writes lost: ${w.lost}${w.lost ? ` (${lost.map((x) => x.body).join(', ')})` : ''}`);
  const r = result.recovery;
  log(`[soak] recovery after the kill: PostgreSQL back ${s(r.postgresBackAfterMs)}, /api/health 200 again ${s(r.healthOkAfterKillMs)}`);
  log(`  first acknowledged write ${s(r.firstAcknowledgedWriteAfterKillMs)}, last reader error ${s(r.lastReaderErrorAfterKillMs)}`);
  log(`[soak] second by second (reads ok/failed, writes acknowledged/failed, /api/health):`);
  for (const x of result.timeline)
    log(`  ${String(x.second).padStart(3)} s  ${x.reads.ok}/${x.reads.failed}  ${x.writes.acked}/${x.writes.failed}  ${x.health ?? '-'}`);
  return result;
}
