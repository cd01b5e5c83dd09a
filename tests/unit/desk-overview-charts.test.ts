// The desk overview's charts (app/(workspace)/dashboard/overview): server-rendered SVG whose every
// bar and point carries its value as text, whose series differ in more than colour, and which emit
// no style attribute (the Content-Security-Policy refuses them). Rendered with react-dom/server.
// A .ts file with createElement: the unit project collects tests/unit/**/*.test.ts only.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart, barLayout } from '@/app/(workspace)/dashboard/overview/bar-chart';
import { LineChart, lineLayout, valueLabels } from '@/app/(workspace)/dashboard/overview/line-chart';
import { durationUnit, fit, formatNumber, niceTicks, weekLabel } from '@/app/(workspace)/dashboard/overview/chart-scale';

const texts = (html: string) => [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('chart scales and wording', () => {
  it('ticks run from 0 to a round number at or above the largest value', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7, { integer: true })).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(42)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('words weeks, durations and long names the way the charts print them', () => {
    expect(weekLabel('2026-11-30')).toBe('30 Nov');
    expect(weekLabel('2026-01-05', true)).toBe('5 Jan 2026');
    expect(durationUnit(47.9)).toEqual({ unit: 'hours', divisor: 1 });
    expect(durationUnit(48)).toEqual({ unit: 'days', divisor: 24 });
    expect([formatNumber(2.25), formatNumber(9.96), formatNumber(12.4), formatNumber(3)]).toEqual(['2.3', '10', '12', '3']);
    expect(fit('Maria Romero-Villanueva de la Torre', 12)).toBe('Maria Romer…');
  });
});

describe('BarChart', () => {
  const statuses = { categories: ['Suggested', 'Open', 'Ruled'], series: [{ name: 'Claims', values: [4, 0, 2] }] };
  const render = (props: Partial<Parameters<typeof BarChart>[0]> = {}) =>
    renderToStaticMarkup(
      createElement(BarChart, {
        id: 'c1',
        title: 'Claims by status now',
        summary: 'Six claims.',
        valueAxis: 'Claims',
        categoryAxis: 'Status',
        ...statuses,
        ...props,
      }),
    );

  it('draws bars in proportion to their values on a scale that starts at zero', () => {
    const l = barLayout(statuses);
    const [suggested, open, ruled] = l.bars;
    expect(l.ticks).toEqual([0, 1, 2, 3, 4]);
    expect(suggested!.width).toBeCloseTo(l.plotWidth);
    expect(open!.width).toBe(0);
    expect(ruled!.width).toBeCloseTo(l.plotWidth / 2);
    expect(suggested!.y).toBeLessThan(open!.y);
  });

  it('labels every bar with its value, the categories and both axes', () => {
    const t = texts(render());
    for (const label of ['Suggested', 'Open', 'Ruled', '4', '0', '2', 'Claims', 'Status']) expect(t).toContain(label);
  });

  it('is one image named by its title and summary, with the numbers in a table, and no style attribute', () => {
    const html = render();
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="c1-title c1-desc"');
    expect(html).toMatch(/<title id="c1-title">Claims by status now<\/title>/);
    expect(html).toMatch(/<desc id="c1-desc">Six claims.<\/desc>/);
    expect(html).toMatch(/<details class="chart-data"><summary>[^<]+<\/summary><table>/);
    expect(html).toMatch(/<th scope="row">Suggested<\/th><td>4<\/td>/);
    expect(html).not.toMatch(/style=/i);
  });

  it('gives each series its own fill pattern and a legend naming it', () => {
    const html = render({
      categories: ['23 Nov', '30 Nov'],
      series: [
        { name: 'Accepted', values: [3, 1] },
        { name: 'Proposed', values: [2, 0] },
        { name: 'Ruled', values: [1, 1] },
      ],
    });
    const fills = new Set([...html.matchAll(/fill="url\(#(c1-fill-\d)\)"/g)].map((m) => m[1]));
    expect([...fills].sort()).toEqual(['c1-fill-0', 'c1-fill-1', 'c1-fill-2']);
    for (const id of fills) expect(html).toContain(`<pattern id="${id}"`);
    expect(texts(html)).toEqual(expect.arrayContaining(['Accepted', 'Proposed', 'Ruled', '23 Nov', '30 Nov']));
    expect(html).not.toMatch(/style=/i);
  });

  it('cuts a long name to fit the margin and keeps it whole in the table', () => {
    const name = 'Maria Romero-Villanueva de la Torre y Castillo';
    const html = render({ categories: [name], series: [{ name: 'Claims', values: [1] }] });
    expect(texts(html)).toContain(fit(name, 26));
    expect(html).toContain(`<th scope="row">${name}</th>`);
  });
});

describe('LineChart', () => {
  const weeks = ['16 Nov', '23 Nov', '30 Nov'];
  const series = [
    { name: 'Median', values: [2, null, 5] },
    { name: '90th percentile', values: [6, null, 5] },
  ];
  const table = { head: ['Week starting', 'Median', '90th percentile'], rows: [['16 Nov 2026', '2 days', '6 days']] };
  const render = () =>
    renderToStaticMarkup(
      createElement(LineChart, {
        id: 't1',
        title: 'Time to verdict',
        summary: 'Two weeks.',
        categories: weeks,
        series,
        valueAxis: 'Days',
        categoryAxis: 'Week',
        table,
      }),
    );

  it('places points by value and breaks the line over a week without values', () => {
    const l = lineLayout({ categories: weeks, series });
    expect(l.points[0]!.map((p) => p.category)).toEqual([0, 2]);
    expect(l.y(0)).toBe(l.bottom);
    expect(l.points[1]![0]!.y).toBeLessThan(l.points[0]![0]!.y); // 6 is higher than 2
    expect(l.paths).toEqual([[], []]); // no two consecutive weeks: points only
    const joined = lineLayout({ categories: weeks, series: [{ name: 'Median', values: [1, 2, null] }] });
    expect(joined.paths[0]).toHaveLength(1);
  });

  it('writes each value once: the higher above its point, the lower below, equal values not twice', () => {
    const l = lineLayout({ categories: weeks, series });
    const labels = valueLabels(l.points, l.bottom);
    expect(labels.map((v) => v.text).sort()).toEqual(['2', '5', '6']);
    const six = labels.find((v) => v.text === '6')!;
    const two = labels.find((v) => v.text === '2')!;
    expect(six.y).toBeLessThan(l.points[1]![0]!.y);
    expect(two.y).toBeGreaterThan(l.points[0]![0]!.y);
  });

  it('draws a different marker shape and stroke per series, labels its axes, and emits no style attribute', () => {
    const html = render();
    expect(html).toMatch(/<circle[^>]*class="chart-marker/);
    expect(html).toMatch(/<rect[^>]*class="chart-marker/);
    expect(html).toContain('stroke-dasharray="7 4"');
    expect(texts(html)).toEqual(expect.arrayContaining(['Median', '90th percentile', 'Days', 'Week', ...weeks]));
    expect(html).toContain('aria-labelledby="t1-title t1-desc"');
    expect(html).not.toMatch(/style=/i);
  });
});
