import { AxisTitle, ChartFigure, FillPatterns, Legend, patternId, type DataTable } from './chart-parts';
import { fit, formatNumber, niceTicks, scale, textWidth } from './chart-scale';

export type BarSeries = { name: string; values: number[] };
export type BarChartProps = {
  /** Unique on the page: the chart's ids (title, patterns) start with it. */
  id: string;
  title: string;
  /** One or two sentences for screen readers; the table has every number. */
  summary: string;
  /** One row of bars per category, top to bottom. */
  categories: string[];
  /** One bar per series in each row; with several series, a legend names their fills. */
  series: BarSeries[];
  valueAxis: string;
  categoryAxis: string;
  /** The table under the chart; by default the category and one column per series. */
  table?: DataTable;
};

const WIDTH = 640;
const LABEL_CHARS = 26;

/** Where everything goes: pure, so the tests can check it without rendering. */
export function barLayout({ categories, series }: Pick<BarChartProps, 'categories' | 'series'>) {
  const labelWidth = Math.min(textWidth('x'.repeat(LABEL_CHARS)), Math.max(40, ...categories.map((c) => textWidth(fit(c, LABEL_CHARS)))));
  const left = 28 + labelWidth + 10;
  const right = 44; // room for the last bar's value
  const top = series.length > 1 ? 40 : 12;
  const barHeight = series.length > 1 ? 13 : 20;
  const barGap = 3;
  const rowGap = series.length > 1 ? 14 : 10;
  const rowHeight = series.length * barHeight + (series.length - 1) * barGap + rowGap;
  const plotWidth = WIDTH - left - right;
  const plotHeight = Math.max(1, categories.length) * rowHeight;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max, { integer: true });
  const topTick = ticks[ticks.length - 1] ?? 1;
  const bars = series.flatMap((s, si) =>
    categories.map((_, ci) => {
      const value = s.values[ci] ?? 0;
      const y = top + ci * rowHeight + rowGap / 2 + si * (barHeight + barGap);
      return { series: si, category: ci, value, x: left, y, width: scale(value, topTick, plotWidth), height: barHeight };
    }),
  );
  return { width: WIDTH, height: top + plotHeight + 46, left, top, plotWidth, plotHeight, rowHeight, ticks, topTick, bars };
}

/** Horizontal bars, one row per category: each bar has its value written at its end and, with several series, its own fill pattern. */
export function BarChart(props: BarChartProps) {
  const { id, title, summary, categories, series, valueAxis, categoryAxis } = props;
  const l = barLayout(props);
  const bottom = l.top + l.plotHeight;
  const table = props.table ?? {
    head: [categoryAxis, ...series.map((s) => s.name)],
    rows: categories.map((c, ci) => [c, ...series.map((s) => s.values[ci] ?? 0)]),
  };
  return (
    <ChartFigure id={id} title={title} summary={summary} width={l.width} height={l.height} table={table}>
      <FillPatterns chartId={id} />
      {series.length > 1 && (
        <Legend
          x={l.left}
          y={16}
          entries={series.map((s, si) => ({
            name: s.name,
            key: (x, y) => <rect x={x} y={y - 8} width="22" height="16" fill={`url(#${patternId(id, si)})`} className="chart-bar-edge" />,
          }))}
        />
      )}
      {l.ticks.map((t) => {
        const x = l.left + scale(t, l.topTick, l.plotWidth);
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={l.top} y2={bottom} className="chart-grid" />
            <text x={x} y={bottom + 16} textAnchor="middle" className="chart-tick">
              {t}
            </text>
          </g>
        );
      })}
      {categories.map((c, ci) => (
        <text key={ci} x={l.left - 8} y={l.top + ci * l.rowHeight + l.rowHeight / 2} dy="0.35em" textAnchor="end" className="chart-text">
          {fit(c, LABEL_CHARS)}
        </text>
      ))}
      {l.bars.map((b) => (
        <g key={`${b.series}-${b.category}`} className="chart-bar">
          {b.width > 0 && (
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${patternId(id, b.series)})`} className="chart-bar-edge" />
          )}
          <text x={b.x + b.width + 4} y={b.y + b.height / 2} dy="0.35em" className="chart-value">
            {formatNumber(b.value)}
          </text>
        </g>
      ))}
      <line x1={l.left} x2={l.left} y1={l.top} y2={bottom} className="chart-axis" />
      <line x1={l.left} x2={l.left + l.plotWidth} y1={bottom} y2={bottom} className="chart-axis" />
      <AxisTitle x={l.left + l.plotWidth / 2} y={bottom + 38} text={valueAxis} />
      <AxisTitle x={12} y={l.top + l.plotHeight / 2} text={categoryAxis} vertical />
    </ChartFigure>
  );
}
