// The pieces every overview chart shares: the figure with its accessible name and data table, the
// fill patterns and the legend. Server-rendered SVG: no client JavaScript, and no style attributes
// (the Content-Security-Policy forbids them), only SVG presentation attributes and CSS classes.
import type { ReactNode } from 'react';
import { textWidth } from './chart-scale';

export type DataTable = { head: string[]; rows: (string | number)[][] };

/**
 * The chart as one image named by its title and summary, and the same numbers as a table under
 * a disclosure: screen readers and people who cannot tell the shapes apart read the table.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  table: DataTable;
  children: ReactNode;
}) {
  const { id, title, summary, width, height, table, children } = props;
  return (
    <figure className="chart">
      <svg
        className="chart-svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {children}
      </svg>
      <details className="chart-data">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** How many series can be told apart by their fill alone. */
export const PATTERN_COUNT = 4;
export const patternId = (chartId: string, i: number) => `${chartId}-fill-${i % PATTERN_COUNT}`;

/** Solid, diagonal hatching, dots, cross-hatching: series differ in texture, not only in colour. */
export function FillPatterns({ chartId }: { chartId: string }) {
  return (
    <defs>
      <pattern id={patternId(chartId, 0)} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="chart-ink" />
      </pattern>
      <pattern id={patternId(chartId, 1)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="chart-paper" />
        <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="chart-ink-line" />
      </pattern>
      <pattern id={patternId(chartId, 2)} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="chart-paper" />
        <circle cx="2.5" cy="2.5" r="1.4" className="chart-ink" />
      </pattern>
      <pattern id={patternId(chartId, 3)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="chart-paper" />
        <line x1="0" y1="0" x2="0" y2="6" strokeWidth="1.5" className="chart-ink-line" />
        <line x1="0" y1="0" x2="6" y2="0" strokeWidth="1.5" className="chart-ink-line" />
      </pattern>
    </defs>
  );
}

/** A row of legend entries at the top of a chart; each entry draws its own key (a swatch, a line and marker). */
export function Legend({ x, y, entries }: { x: number; y: number; entries: { name: string; key: (x: number, y: number) => ReactNode }[] }) {
  // Each entry starts where the ones before it end: the key, its name, and a gap.
  const starts = entries.map((_, i) => entries.slice(0, i).reduce((at, e) => at + 30 + textWidth(e.name) + 18, x));
  return (
    <g className="chart-legend">
      {entries.map((e, i) => (
        <g key={e.name}>
          {e.key(starts[i]!, y)}
          <text x={starts[i]! + 30} y={y} dy="0.35em" className="chart-text">
            {e.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The title of an axis, horizontal or turned to read upwards beside a vertical axis. */
export function AxisTitle({ x, y, text, vertical = false }: { x: number; y: number; text: string; vertical?: boolean }) {
  return (
    <text x={x} y={y} textAnchor="middle" className="chart-axis-title" transform={vertical ? `rotate(-90 ${x} ${y})` : undefined}>
      {text}
    </text>
  );
}
