// The HTTP load harness shared by `npm run bench` (scripts/bench.mjs) and `npm run bench:lists`
// (scripts/bench-lists.mjs): autocannon against a URL, with the server's CPU time per request,
// and a bare Node http server (its own process) answering the same bytes as the baseline.
// Env: BENCH_DURATION (s per run, default 20), BENCH_CONNECTIONS (default 50).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, waitFor } from './bench-app.mjs';

export const DURATION = Number(process.env.BENCH_DURATION ?? 20);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** CPU time (ms) a process has used so far, from Linux's /proc; null elsewhere. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * autocannon against `url`. With `pid`, also the server's CPU time per request: unlike requests/s,
 * it hardly moves when other work shares the cores.
 */
export function load(url, duration = DURATION, pid = null, headers = {}) {
  const load1 = os.loadavg()[0];
  const cpu0 = pid ? cpuMs(pid) : null;
  return new Promise((resolve, reject) => {
    // Browsers ask for compressed pages; the app compresses each copy once per encoding.
    autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, headers: { 'accept-encoding': 'gzip', ...headers } }, (err, r) => {
      if (err) return reject(err);
      resolve({
        requestsPerSec: r.requests.average,
        p50: r.latency.p50,
        p97_5: r.latency.p97_5,
        p99: r.latency.p99,
        total: r.requests.total,
        errors: r.errors + r.timeouts + r.non2xx,
        load1: [load1, os.loadavg()[0]],
        cpuUsPerRequest: cpu0 === null ? null : ((cpuMs(pid) - cpu0) * 1000) / r.requests.total,
      });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const spread = (runs, k) => ({
  min: Math.min(...runs.map((r) => r[k])),
  median: median(runs.map((r) => r[k])),
  max: Math.max(...runs.map((r) => r[k])),
});
export const summary = (runs) => ({
  runs,
  requestsPerSec: spread(runs, 'requestsPerSec'),
  p97_5: spread(runs, 'p97_5'),
  p99: spread(runs, 'p99'),
  cpuUsPerRequest: runs.every((r) => r.cpuUsPerRequest !== null) ? spread(runs, 'cpuUsPerRequest') : null,
  errors: runs.reduce((n, r) => n + r.errors, 0),
});

/** A bare Node http server in its own process, answering every request with `body`. */
export async function startBare(body, contentType, dir, encoding = null) {
  const file = path.join(dir, `bare-${Math.random().toString(36).slice(2)}.bin`);
  writeFileSync(file, body);
  const port = await freePort(4300);
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':${JSON.stringify(contentType)},'content-length':b.length${encoding ? `,'content-encoding':${JSON.stringify(encoding)}` : ''}});s.end(b)}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/`);
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop: () => child.kill('SIGTERM') };
}
