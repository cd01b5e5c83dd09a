import type { ReactNode } from 'react';
import { AxisTitle, ChartFigure, Legend, type DataTable } from './chart-parts';
import { formatNumber, niceTicks, scale } from './chart-scale';

/** A line's values per category; null where it has none (the line breaks there). */
export type LineSeries = { name: string; values: (number | null)[] };
export type LineChartProps = {
  id: string;
  title: string;
  summary: string;
  categories: string[];
  series: LineSeries[];
  valueAxis: string;
  categoryAxis: string;
  table: DataTable;
};

const PLOT_HEIGHT = 220;
const STEP = 36;
const MIN_WIDTH = 640;
const LEFT = 64;
const RIGHT = 24;
const TOP = 48;
/** Solid, dashed, dotted: lines differ in stroke as well as in their markers. */
const DASHES = [undefined, '7 4', '2 3', '10 3 2 3'];

/** A marker of its own shape for each series: circle, square, triangle, diamond. */
export function Marker({ series, x, y }: { series: number; x: number; y: number }) {
  const shape = series % 4;
  if (shape === 0) return <circle cx={x} cy={y} r="4.5" className="chart-marker chart-marker-solid" />;
  if (shape === 1) return <rect x={x - 4.5} y={y - 4.5} width="9" height="9" className="chart-marker chart-marker-open" />;
  if (shape === 2) return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} className="chart-marker chart-marker-solid" />;
  return <path d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} className="chart-marker chart-marker-open" />;
}

/** Where everything goes: pure, so the tests can check it without rendering. */
export function lineLayout({ categories, series }: Pick<LineChartProps, 'categories' | 'series'>) {
  const rotate = categories.length > 12;
  // At least STEP between weeks (room for a value), and at least the width of the other charts.
  const step = Math.max(STEP, (MIN_WIDTH - LEFT - RIGHT) / Math.max(1, categories.length));
  const width = LEFT + RIGHT + categories.length * step;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const ticks = niceTicks(max);
  const topTick = ticks[ticks.length - 1] ?? 1;
  const bottom = TOP + PLOT_HEIGHT;
  const x = (i: number) => LEFT + step * (i + 0.5);
  const y = (v: number) => bottom - scale(v, topTick, PLOT_HEIGHT);
  const points = series.map((s, si) => s.values.flatMap((v, ci) => (v === null ? [] : [{ series: si, category: ci, value: v, x: x(ci), y: y(v) }])));
  // Runs of consecutive values: a week without a value breaks the line instead of bridging it.
  const paths = series.map((s) => {
    const runs: string[][] = [];
    s.values.forEach((v, ci) => {
      if (v === null) return;
      const run = ci > 0 && s.values[ci - 1] !== null ? runs[runs.length - 1] : undefined;
      if (run) run.push(`${x(ci)} ${y(v)}`);
      else runs.push([`${x(ci)} ${y(v)}`]);
    });
    return runs.filter((run) => run.length > 1).map((run) => `M${run.join('L')}`);
  });
  return { width, height: bottom + (rotate ? 88 : 56), bottom, rotate, ticks, topTick, x, y, points, paths };
}

/**
 * Where each point's value is written: the highest point of a week above it, the others below
 * (beside it when that would run into the axis), and a value already written for that week is not
 * written twice (two lines meeting at one point).
 */
export type ValueLabel = { key: string; x: number; y: number; anchor: 'middle' | 'start'; text: string };
type Point = { series: number; category: number; value: number; x: number; y: number };

export function valueLabels(points: Point[][], bottom: number): ValueLabel[] {
  const byCategory = new Map<number, Point[]>();
  for (const p of points.flat()) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  return [...byCategory.values()].flatMap((ps) => {
    const seen = new Set<string>();
    return [...ps]
      .sort((a, b) => b.value - a.value || a.series - b.series)
      .flatMap((p, rank): ValueLabel[] => {
        const text = formatNumber(p.value);
        if (seen.has(text)) return [];
        seen.add(text);
        if (rank === 0) return [{ key: `${p.series}-${p.category}`, x: p.x, y: p.y - 10, anchor: 'middle', text }];
        if (p.y + 22 > bottom) return [{ key: `${p.series}-${p.category}`, x: p.x + 9, y: p.y + 4, anchor: 'start', text }];
        return [{ key: `${p.series}-${p.category}`, x: p.x, y: p.y + 19, anchor: 'middle', text }];
      });
  });
}

/** Lines over the weeks with a marker of its own shape per series and every value written beside its point. */
export function LineChart(props: LineChartProps) {
  const { id, title, summary, categories, series, valueAxis, categoryAxis, table } = props;
  const l = lineLayout(props);
  const legend = series.map((s, si) => ({
    name: s.name,
    key: (x: number, y: number): ReactNode => (
      <>
        <line x1={x} x2={x + 24} y1={y} y2={y} strokeDasharray={DASHES[si % DASHES.length]} className="chart-line" />
        <Marker series={si} x={x + 12} y={y} />
      </>
    ),
  }));
  return (
    <ChartFigure id={id} title={title} summary={summary} width={l.width} height={l.height} table={table}>
      <Legend x={LEFT} y={16} entries={legend} />
      {l.ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={l.width - RIGHT} y1={l.y(t)} y2={l.y(t)} className="chart-grid" />
          <text x={LEFT - 8} y={l.y(t)} dy="0.35em" textAnchor="end" className="chart-tick">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {categories.map((c, ci) => (
        <text
          key={ci}
          x={l.x(ci)}
          y={l.bottom + 18}
          textAnchor={l.rotate ? 'end' : 'middle'}
          transform={l.rotate ? `rotate(-45 ${l.x(ci)} ${l.bottom + 18})` : undefined}
          className="chart-tick"
        >
          {c}
        </text>
      ))}
      {l.paths.map((runs, si) =>
        runs.map((d) => <path key={`${si}-${d}`} d={d} fill="none" strokeDasharray={DASHES[si % DASHES.length]} className="chart-line" />),
      )}
      {l.points.flat().map((p) => (
        <Marker key={`${p.series}-${p.category}`} series={p.series} x={p.x} y={p.y} />
      ))}
      {valueLabels(l.points, l.bottom).map((v) => (
        <text key={v.key} x={v.x} y={v.y} textAnchor={v.anchor} className="chart-value">
          {v.text}
        </text>
      ))}
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={l.bottom} className="chart-axis" />
      <line x1={LEFT} x2={l.width - RIGHT} y1={l.bottom} y2={l.bottom} className="chart-axis" />
      <AxisTitle x={LEFT + (l.width - LEFT - RIGHT) / 2} y={l.height - 10} text={categoryAxis} />
      <AxisTitle x={16} y={TOP + PLOT_HEIGHT / 2} text={valueAxis} vertical />
    </ChartFigure>
  );
}
