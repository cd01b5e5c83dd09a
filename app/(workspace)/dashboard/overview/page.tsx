import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { getDeskOverview } from '@/lib/data/desk-overview';
import { guard } from '@/lib/page-guard';
import { DEFAULT_OVERVIEW_WEEKS, OVERVIEW_WEEK_CHOICES, ZDeskOverviewQuerySchema } from '@/lib/validation/desk-overview';
import { fieldErrors } from '@/lib/validation/parse';
import { LoadSection, StatusSection, StepsSection, TimeToVerdictSection } from './overview-sections';
import './overview.css';

export const metadata = { title: 'Desk overview' };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Editors' overview of the desk's work; the period is a GET form, so every view is a link. */
export default async function DeskOverviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [sp, userId] = await Promise.all([searchParams, currentUserId()]);
  const raw = { weeks: first(sp.weeks) };
  // A hand-edited URL says what was wrong and falls back to the default period.
  const parsed = ZDeskOverviewQuerySchema.safeParse(raw);
  const errors = parsed.success ? null : Object.values(fieldErrors(parsed.error)).flat();
  const overview = await guard(getDeskOverview(userId, parsed.success ? raw : {}));
  // A period typed into the URL (5 weeks) is offered beside the usual ones, so the selector says what is shown.
  const choices = [...new Set<number>([...OVERVIEW_WEEK_CHOICES, overview.weeks])].sort((a, b) => a - b);

  return (
    <main id="main" className="overview">
      <p className="small">
        <Link href="/dashboard">← Dashboard</Link>
      </p>
      <h1>Desk overview</h1>
      {errors && (
        <p className="alert error" role="alert">
          {errors.join(' ')} Showing the last {DEFAULT_OVERVIEW_WEEKS} weeks instead.
        </p>
      )}
      <form method="get" action="/dashboard/overview" className="overview-period" aria-label="Period">
        <label htmlFor="overview-weeks">Show the last</label>
        <select id="overview-weeks" name="weeks" defaultValue={String(overview.weeks)}>
          {choices.map((n) => (
            <option key={n} value={n}>
              {n} weeks
            </option>
          ))}
        </select>
        <button type="submit">Show</button>
      </form>
      <p className="muted small">Weeks start on Monday (UTC); the current week counts so far. Counts of claims by status and load are as of now.</p>
      <StatusSection statuses={overview.statuses} />
      <StepsSection weekly={overview.weekly} weeks={overview.weeks} />
      <TimeToVerdictSection weekly={overview.weekly} weeks={overview.weeks} />
      <LoadSection load={overview.load} />
    </main>
  );
}
