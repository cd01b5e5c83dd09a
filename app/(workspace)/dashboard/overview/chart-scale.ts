// Pure geometry and wording for the overview's charts: no React, so the numbers are easy to test.

/**
 * Axis ticks from 0 to a round number at or above `max`, about `count` steps of 1, 2 or 5 times a
 * power of ten. `integer` keeps the step at 1 or more (counts of claims have no halves).
 */
export function niceTicks(max: number, { count = 5, integer = false }: { count?: number; integer?: boolean } = {}): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  if (integer) step = Math.max(1, Math.round(step));
  const steps = Math.ceil(max / step - 1e-9);
  // toPrecision: 0.1 * 3 must print as 0.3, not 0.30000000000000004.
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** A position along an axis of `length` for a value on a scale from 0 to `top`. */
export const scale = (value: number, top: number, length: number) => (top > 0 ? (Math.max(0, value) / top) * length : 0);

/** Rough width of a label in the charts' 12px sans-serif, to size margins without measuring. */
export const textWidth = (text: string, size = 12) => Math.ceil(text.length * size * 0.56);

/** A label cut to fit a margin; the data table keeps the full text. */
export const fit = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "24 Nov" for the week starting 2026-11-24 (YYYY-MM-DD, read as a calendar date, no time zone). */
export function weekLabel(isoDate: string, withYear = false): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}${withYear ? ` ${y}` : ''}`;
}

/** Durations read in hours while short, in days once any of them reaches two days. */
export function durationUnit(maxHours: number): { unit: 'hours' | 'days'; divisor: number } {
  return maxHours >= 48 ? { unit: 'days', divisor: 24 } : { unit: 'hours', divisor: 1 };
}

/** A value as the charts print it: one decimal below 10, whole numbers above. */
export function formatNumber(v: number): string {
  const tenths = Math.round(v * 10) / 10;
  return Math.abs(tenths) < 10 && !Number.isInteger(tenths) ? tenths.toFixed(1) : String(Math.round(tenths));
}
