// Shared by the benchmarks: the spread of repeated runs, and what else the machine was doing.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type Stats = { min: number; median: number; p95: number; max: number };

/** min / median / p95 / max of repeated runs (nearest rank). */
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { min: s[0]!, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

/** "load 1.23 0.98 0.80 (2 CPUs, AMD EPYC …, Node v20…)": the machine as the run saw it. */
export function loadLine(): string {
  let load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    /* not Linux: os.loadavg() */
  }
  return `load ${load} (${os.cpus().length} CPUs, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version})`;
}
