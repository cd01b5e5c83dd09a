import type { DeskOverview } from '@/lib/data/desk-overview';
import { STATUS_LABELS } from '@/lib/labels';
import { BarChart } from './bar-chart';
import { durationUnit, formatNumber, weekLabel } from './chart-scale';
import { LineChart } from './line-chart';

// The overview's four charts, each a section with its heading and an empty state, turning the data
// layer's plain numbers into the charts' labels.

const WEEK_AXIS = 'Week starting (Monday, UTC)';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function StatusSection({ statuses }: Pick<DeskOverview, 'statuses'>) {
  const total = statuses.reduce((sum, s) => sum + s.count, 0);
  return (
    <section aria-labelledby="overview-status" className="overview-section">
      <h2 id="overview-status">Claims by status now</h2>
      {total === 0 ? (
        <p className="empty">No claims yet: import an article and accept its claims.</p>
      ) : (
        <BarChart
          id="chart-status"
          title="Claims by status now"
          summary={`${plural(total, 'claim')} from suggested to ruled: ${statuses.map((s) => `${STATUS_LABELS[s.status]} ${s.count}`).join(', ')}.`}
          categories={statuses.map((s) => STATUS_LABELS[s.status])}
          series={[{ name: 'Claims', values: statuses.map((s) => s.count) }]}
          valueAxis="Claims"
          categoryAxis="Status"
        />
      )}
    </section>
  );
}

export function StepsSection({ weekly, weeks }: Pick<DeskOverview, 'weekly' | 'weeks'>) {
  const sum = (step: 'accepted' | 'proposed' | 'ruled') => weekly.reduce((n, w) => n + w[step], 0);
  const totals = { accepted: sum('accepted'), proposed: sum('proposed'), ruled: sum('ruled') };
  const any = totals.accepted + totals.proposed + totals.ruled > 0;
  return (
    <section aria-labelledby="overview-steps" className="overview-section">
      <h2 id="overview-steps">Claims reaching each step, per week</h2>
      <p className="muted small">Each claim counts once per step, in the week it first got there.</p>
      {!any ? (
        <p className="empty">No claim was accepted, proposed for a verdict or ruled in the last {plural(weeks, 'week')}.</p>
      ) : (
        <BarChart
          id="chart-steps"
          title="Claims reaching each step, per week"
          summary={`Over the last ${plural(weeks, 'week')}: ${totals.accepted} accepted, ${totals.proposed} first proposed for a verdict, ${totals.ruled} first ruled.`}
          categories={weekly.map((w) => weekLabel(w.week))}
          series={[
            { name: 'Accepted', values: weekly.map((w) => w.accepted) },
            { name: 'Proposed', values: weekly.map((w) => w.proposed) },
            { name: 'Ruled', values: weekly.map((w) => w.ruled) },
          ]}
          valueAxis="Claims"
          categoryAxis={WEEK_AXIS}
          table={{
            head: ['Week starting', 'Accepted', 'Proposed', 'Ruled'],
            rows: weekly.map((w) => [weekLabel(w.week, true), w.accepted, w.proposed, w.ruled]),
          }}
        />
      )}
    </section>
  );
}

export function TimeToVerdictSection({ weekly, weeks }: Pick<DeskOverview, 'weekly' | 'weeks'>) {
  const ruled = weekly.filter((w) => w.medianHours !== null);
  const { unit, divisor } = durationUnit(Math.max(0, ...ruled.map((w) => w.p90Hours ?? 0)));
  const inUnit = (h: number | null) => (h === null ? null : h / divisor);
  const cell = (h: number | null) => (h === null ? 'No rulings' : `${formatNumber(h / divisor)} ${unit}`);
  return (
    <section aria-labelledby="overview-time" className="overview-section">
      <h2 id="overview-time">Time from import to verdict</h2>
      <p className="muted small">From the article’s import to the claim’s first ruling, over the claims first ruled that week.</p>
      {ruled.length === 0 ? (
        <p className="empty">No claim was ruled in the last {plural(weeks, 'week')}.</p>
      ) : (
        <LineChart
          id="chart-time"
          title={`Time from import to verdict, in ${unit}`}
          summary={`Median and 90th percentile per week of ruling, in ${unit}; ${plural(ruled.length, 'week')} of ${weeks} had rulings.`}
          categories={weekly.map((w) => weekLabel(w.week))}
          series={[
            { name: 'Median', values: weekly.map((w) => inUnit(w.medianHours)) },
            { name: '90th percentile', values: weekly.map((w) => inUnit(w.p90Hours)) },
          ]}
          valueAxis={`${unit[0]!.toUpperCase()}${unit.slice(1)} from import`}
          categoryAxis={WEEK_AXIS}
          table={{
            head: ['Week starting', 'Claims first ruled', 'Median', '90th percentile'],
            rows: weekly.map((w) => [weekLabel(w.week, true), w.ruled, cell(w.medianHours), cell(w.p90Hours)]),
          }}
        />
      )}
    </section>
  );
}

export function LoadSection({ load }: Pick<DeskOverview, 'load'>) {
  const name = (l: DeskOverview['load'][number]) => (l.user ? `${l.user.name}${l.user.active ? '' : ' (deactivated)'}` : 'Nobody (unassigned)');
  return (
    <section aria-labelledby="overview-load" className="overview-section">
      <h2 id="overview-load">Open load per journalist</h2>
      <p className="muted small">Claims in research or in review now, by the person they are assigned to.</p>
      {load.length === 0 ? (
        <p className="empty">No journalists yet, and no claim is in research or review.</p>
      ) : (
        <BarChart
          id="chart-load"
          title="Open load per journalist"
          summary={`Claims in research or review: ${load.map((l) => `${name(l)} ${l.total}`).join(', ')}.`}
          categories={load.map(name)}
          series={[{ name: 'Claims', values: load.map((l) => l.total) }]}
          valueAxis="Claims in research or review"
          categoryAxis="Person"
          table={{ head: ['Person', 'Researching', 'In review', 'Total'], rows: load.map((l) => [name(l), l.researching, l.inReview, l.total]) }}
        />
      )}
    </section>
  );
}
